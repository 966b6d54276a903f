import {
  Alert,
  Anchor,
  Button,
  Group,
  PasswordInput,
  PinInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, csrf, unwrap } from '../../platform/api/client';
import { ApiError, isApiError } from '../../platform/api/problem';
import { meQuery } from '../../platform/auth/session';
import { isLocale, setLocale } from '../../platform/i18n';
import { AnchorLink } from '../../platform/ui/links';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';

const route = getRouteApi('/public/login');

type Credentials = { email: string; password: string; totpCode?: string; recoveryCode?: string };

/**
 * Sign in. Accounts with two-factor on get a second step: the API answers 401 `mfa_required`,
 * then the 6-digit code (or a recovery code) is sent along with the same credentials.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');

  useEffect(() => {
    document.title = `${t('auth.signInTitle')} · ${t('app.name')}`;
  }, [t]);

  const login = useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body }), { publicCall: true }),
    onSuccess: async (session) => {
      csrf.set(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, session.me);
      if (isLocale(session.me.user.locale)) await setLocale(session.me.user.locale);
      await navigate({ to: search.redirect ?? '/' });
    },
    onError: (err) => {
      if (isApiError(err, 'mfa_required')) setStep('code');
      if (step === 'code') setCode('');
    },
  });

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (step === 'password') login.mutate({ email, password });
    else if (useRecovery) login.mutate({ email, password, recoveryCode: recoveryCode.trim() });
    else login.mutate({ email, password, totpCode: code });
  };

  // mfa_required is the expected answer that opens the code step, not an error to show.
  const shownError =
    login.error instanceof ApiError && login.error.code === 'mfa_required' ? null : login.error;
  const fieldErrors = fieldErrorsOf(shownError);

  if (step === 'code') {
    return (
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h3">
            {t('auth.codeTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {useRecovery ? t('auth.recoveryHelp') : t('auth.codeHelp')}
          </Text>
          <ProblemAlert error={shownError} />
          {useRecovery ? (
            <TextInput
              label={t('auth.recoveryCode')}
              value={recoveryCode}
              onChange={(e) => setRecoveryCode(e.currentTarget.value)}
              autoComplete="one-time-code"
              autoFocus
              required
              error={fieldErrors.recoveryCode}
              data-testid="recovery-code"
            />
          ) : (
            <Stack gap={4}>
              <Text component="label" size="sm" fw={500} id="totp-label">
                {t('auth.code')}
              </Text>
              <PinInput
                length={6}
                type="number"
                oneTimeCode
                autoFocus
                value={code}
                onChange={setCode}
                onComplete={(value) => login.mutate({ email, password, totpCode: value })}
                ariaLabel={t('auth.codeDigit')}
                aria-labelledby="totp-label"
                error={Boolean(fieldErrors.totpCode)}
                data-testid="totp-code"
              />
            </Stack>
          )}
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.verify')}
          </Button>
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setUseRecovery((v) => !v);
                login.reset();
              }}
            >
              {useRecovery ? t('auth.useAuthenticator') : t('auth.useRecoveryCode')}
            </Anchor>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setStep('password');
                setCode('');
                login.reset();
              }}
            >
              {t('common.back')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1} size="h3">
          {t('auth.signInTitle')}
        </Title>
        {search.reason === 'expired' ? (
          <Alert color="blue" variant="light">
            {t('auth.sessionExpired')}
          </Alert>
        ) : null}
        {search.reason === 'signedOut' ? (
          <Alert color="green" variant="light" data-testid="signed-out">
            {t('auth.signedOut')}
          </Alert>
        ) : null}
        <ProblemAlert error={shownError} />
        <TextInput
          label={t('auth.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          autoComplete="username"
          required
          autoFocus
          error={fieldErrors.email}
          data-testid="login-email"
        />
        <PasswordInput
          label={t('auth.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          error={fieldErrors.password}
          data-testid="login-password"
        />
        <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
        <AnchorLink to="/forgot-password" size="sm" ta="center">
          {t('auth.forgotPassword')}
        </AnchorLink>
      </Stack>
    </form>
  );
}
