import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  Modal,
  PasswordInput,
  PinInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toDataURL } from 'qrcode';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, csrf, unwrap } from '../../platform/api/client';
import { meQuery, useMe } from '../../platform/auth/session';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

/** Password change, two-factor enrolment (QR code, recovery codes once) and signing out everywhere. */
export function SecurityPage() {
  return (
    <Stack gap="lg" maw={720}>
      <ChangePassword />
      <TwoFactor />
      <SignOutEverywhere />
    </Stack>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/account/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
    },
  });
  const fieldErrors = fieldErrorsOf(change.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(newPassword !== repeat);
    if (newPassword === repeat) change.mutate();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="password-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="password-heading">
            {t('security.passwordTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('security.passwordHelp')}
          </Text>
          <ProblemAlert error={change.error} />
          {change.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('security.passwordChanged')}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('security.currentPassword')}
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            required
            error={fieldErrors.currentPassword}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordInput
              label={t('auth.newPassword')}
              description={t('auth.passwordRule')}
              value={newPassword}
              onChange={(e) => setNew(e.currentTarget.value)}
              autoComplete="new-password"
              required
              error={fieldErrors.newPassword}
            />
            <PasswordInput
              label={t('auth.repeatPassword')}
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              autoComplete="new-password"
              required
              error={mismatch ? t('auth.passwordsDiffer') : undefined}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('security.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function TwoFactor() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const enabled = me.user?.totpEnabled ?? false;
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disableOpen, setDisableOpen] = useState(false);
  const [password, setPassword] = useState('');

  const begin = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/account/totp/setup')),
    onSuccess: (s) => {
      setSetup(s);
      setCode('');
    },
  });
  useEffect(() => {
    if (!setup) return;
    let live = true;
    void toDataURL(setup.otpauthUrl, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [setup]);
  const confirm = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/api/v1/account/totp/enable', { body: { code: value } })),
    onSuccess: (r) => {
      setRecoveryCodes(r.recoveryCodes);
      setSetup(null);
      setQr(null);
    },
    onError: () => setCode(''),
  });
  const disable = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/account/totp/disable', { body: { password } })),
    onSuccess: async () => {
      setDisableOpen(false);
      setPassword('');
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
  const finish = async () => {
    setRecoveryCodes(null);
    await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="totp-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="totp-heading">
            {t('security.totpTitle')}
          </Title>
          <Badge
            color={enabled || recoveryCodes ? 'green' : 'gray'}
            variant="light"
            data-testid="totp-status"
          >
            {enabled || recoveryCodes ? t('security.totpOn') : t('security.totpOff')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('security.totpHelp')}
        </Text>

        {recoveryCodes ? (
          <Stack data-testid="recovery-codes">
            <Alert color="yellow" variant="light" title={t('security.recoveryTitle')}>
              {t('security.recoveryHelp')}
            </Alert>
            <List spacing={4} listStyleType="none" ff="monospace" aria-label={t('security.recoveryTitle')}>
              {recoveryCodes.map((c) => (
                <List.Item key={c}>
                  <Code>{c}</Code>
                </List.Item>
              ))}
            </List>
            <Group>
              <CopyButton value={recoveryCodes.join('\n')} timeout={2000}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t('common.copied') : t('security.copyRecovery')}
                  </Button>
                )}
              </CopyButton>
              <Button onClick={() => void finish()} data-testid="recovery-done">
                {t('security.recoverySaved')}
              </Button>
            </Group>
          </Stack>
        ) : enabled ? (
          <Group>
            <Button
              variant="default"
              color="red"
              onClick={() => setDisableOpen(true)}
              data-testid="totp-disable"
            >
              {t('security.totpDisable')}
            </Button>
          </Group>
        ) : setup ? (
          <Stack data-testid="totp-setup">
            <Text size="sm">{t('security.totpScan')}</Text>
            <Group align="flex-start" gap="lg">
              {qr ? (
                <Image src={qr} alt={t('security.qrAlt')} w={200} h={200} radius="sm" bg="white" />
              ) : (
                <div style={{ width: 200, height: 200 }} />
              )}
              <Stack gap={4} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {t('security.totpManual')}
                </Text>
                <Code
                  block
                  data-testid="totp-secret"
                  style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                >
                  {setup.secret}
                </Code>
              </Stack>
            </Group>
            <ProblemAlert error={confirm.error} />
            <Stack gap={4}>
              <Text component="label" size="sm" fw={500} id="totp-confirm-label">
                {t('security.totpEnterCode')}
              </Text>
              <PinInput
                length={6}
                type="number"
                oneTimeCode
                value={code}
                onChange={setCode}
                onComplete={(value) => confirm.mutate(value)}
                ariaLabel={t('auth.codeDigit')}
                aria-labelledby="totp-confirm-label"
                error={Boolean(fieldErrorsOf(confirm.error).code)}
                disabled={confirm.isPending}
                data-testid="totp-confirm-code"
              />
            </Stack>
            <Group>
              <Button
                onClick={() => confirm.mutate(code)}
                loading={confirm.isPending}
                disabled={code.length !== 6}
              >
                {t('security.totpConfirm')}
              </Button>
              <Button variant="subtle" onClick={() => setSetup(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <ProblemAlert error={begin.error} />
            <Group>
              <Button onClick={() => begin.mutate()} loading={begin.isPending} data-testid="totp-begin">
                {t('security.totpBegin')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      <Modal
        opened={disableOpen}
        onClose={() => setDisableOpen(false)}
        title={t('security.totpDisable')}
        centered
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            disable.mutate();
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('security.totpDisableHelp')}</Text>
            <ProblemAlert error={disable.error} />
            <PasswordInput
              label={t('auth.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              data-autofocus
              error={fieldErrorsOf(disable.error).password}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDisableOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={disable.isPending}>
                {t('security.totpDisable')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const all = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout-all')),
    onSuccess: async () => {
      csrf.clear();
      queryClient.clear();
      await navigate({ to: '/login', search: { reason: 'signedOut' } });
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sessions-heading">
      <Stack>
        <Title order={2} size="h4" id="sessions-heading">
          {t('security.sessionsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('security.sessionsHelp')}
        </Text>
        <ProblemAlert error={all.error} />
        <Group>
          <Button variant="default" onClick={() => all.mutate()} loading={all.isPending}>
            {t('security.signOutEverywhere')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
