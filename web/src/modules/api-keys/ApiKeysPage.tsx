import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { can, type Me, useMe } from '../../platform/auth/session';
import { useFormat, zonedMidnightToIso } from '../../platform/i18n/format';
import { ConfirmMutationDialog, ShownOnce } from '../../platform/ui/dialogs';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { PartnerPicker } from '../partners/PartnerPicker';

type ApiKey = Schemas['ApiKey'];
type Scope = Schemas['CreateApiKeyInput']['scopes'][number];
const keys = { all: ['api-keys'] as const };

/** What a scope allows, in the UI language; a permission newer than the catalogue shows by name only. */
function permissionText(scope: string): string | undefined {
  const key = `permissions.${scope}`;
  return i18next.exists(key) ? i18next.t(key as 'permissions.partners.read') : undefined;
}

/** The workspace's API keys: scopes and last use; create (secret shown once) and revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const [status, setStatus] = useState<'active' | 'revoked' | 'all'>('active');
  const [createOpen, setCreateOpen] = useState(false);
  const [revokeFor, setRevokeFor] = useState<ApiKey | null>(null);
  const filters = { sort: '-created_at' as const, ...(status === 'all' ? {} : { 'filter[status]': status }) };
  const { query: list, pages } = usePagedQuery({
    queryKey: keys.all,
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/api-keys', { params: { query: { ...filters, ...paging } } })),
  });
  const manage = can(me, 'apikeys.manage');

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 18rem' }}>
          <Title order={2} size="h3">
            {t('apiKeys.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('apiKeys.description')}
          </Text>
        </Stack>
        {manage ? (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreateOpen(true)}
            data-testid="apikey-new"
          >
            {t('apiKeys.create')}
          </Button>
        ) : null}
      </Group>
      <SegmentedControl
        aria-label={t('apiKeys.status')}
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        data={[
          { value: 'active', label: t('apiKeys.statuses.active') },
          { value: 'revoked', label: t('apiKeys.statuses.revoked') },
          { value: 'all', label: t('common.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <PagedTable
        query={list}
        pages={pages}
        minWidth={760}
        testId="apikeys-table"
        empty={{
          title: status === 'revoked' ? t('apiKeys.emptyRevokedTitle') : t('apiKeys.emptyTitle'),
          description: t('apiKeys.emptyText'),
          icon: <IconKey size={24} />,
          action: manage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreateOpen(true)}>
              {t('apiKeys.create')}
            </Button>
          ) : undefined,
        }}
        head={
          <>
            <Table.Th>{t('apiKeys.name')}</Table.Th>
            <Table.Th>{t('apiKeys.scopes')}</Table.Th>
            <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
            <Table.Th>{t('common.created')}</Table.Th>
            <Table.Th>{t('apiKeys.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {(k) => (
          <Table.Tr key={k.id} data-testid="apikey-row">
            <Table.Td>
              <Text size="sm" fw={500}>
                {k.name}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                sbk_…{k.hint}
              </Text>
              {k.partnerId ? (
                <Badge size="xs" variant="outline" color="gray">
                  {t('apiKeys.partnerScoped')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Group gap={4} maw={320}>
                {k.scopes.map((s) => (
                  <Tooltip key={s} label={permissionText(s) ?? s} withArrow>
                    <Badge variant="light" color="gray" size="sm" tt="none">
                      {s}
                    </Badge>
                  </Tooltip>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{k.lastUsedAt ? fmt.relative(k.lastUsedAt) : t('apiKeys.neverUsed')}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.date(k.createdAt)}</Text>
              {k.expiresAt ? (
                <Text size="xs" c="dimmed">
                  {t('apiKeys.expires', { date: fmt.date(k.expiresAt) })}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Badge color={k.revokedAt ? 'gray' : 'green'} variant="light" data-testid="apikey-status">
                {k.revokedAt ? t('apiKeys.statuses.revoked') : t('apiKeys.statuses.active')}
              </Badge>
            </Table.Td>
            <Table.Td>
              {manage && !k.revokedAt ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => setRevokeFor(k)}
                  aria-label={t('apiKeys.revokeFor', { name: k.name })}
                  data-testid="apikey-revoke"
                >
                  {t('apiKeys.revoke')}
                </Button>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {createOpen ? <CreateKey me={me} onClose={() => setCreateOpen(false)} /> : null}
      {revokeFor ? <RevokeKey apiKey={revokeFor} onClose={() => setRevokeFor(null)} /> : null}
    </Stack>
  );
}

function CreateKey({ me, onClose }: { me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  // A key never gets more than its creator holds; the API checks this too.
  const grantable = me.permissions as Scope[];
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [expires, setExpires] = useState('');
  const isVendor = me.current?.kind === 'vendor';
  const create = useMutation({
    mutationFn: (body: Schemas['CreateApiKeyInput']) => unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
  const fieldErrors = fieldErrorsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      name: name.trim(),
      scopes,
      ...(partnerId ? { partnerId } : {}),
      ...(expires ? { expiresAt: zonedMidnightToIso(expires, fmt.timeZone) } : {}),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('apiKeys.create')} size="lg" centered>
      {create.data ? (
        <Stack data-testid="apikey-created">
          <ShownOnce
            label={t('apiKeys.secret')}
            value={create.data.secret}
            warning={t('apiKeys.secretOnce')}
          />
          <Text size="sm" c="dimmed">
            {t('apiKeys.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="apikey-done">
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ProblemAlert error={create.error} />
            <TextInput
              label={t('apiKeys.name')}
              description={t('apiKeys.nameHelp')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              data-autofocus
              error={fieldErrors.name}
              data-testid="apikey-name"
            />
            <Checkbox.Group
              label={t('apiKeys.scopes')}
              description={t('apiKeys.scopesHelp')}
              value={scopes}
              onChange={(v) => setScopes(v as Scope[])}
              error={fieldErrors.scopes}
              withAsterisk
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {grantable.map((s) => (
                  <Checkbox
                    key={s}
                    value={s}
                    label={s}
                    description={t(`permissions.${s}`)}
                    data-testid={`scope-${s}`}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Group gap="xs">
              <Button size="compact-sm" variant="subtle" onClick={() => setScopes(grantable)}>
                {t('apiKeys.selectAll')}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setScopes([])}>
                {t('apiKeys.selectNone')}
              </Button>
            </Group>
            {isVendor ? (
              <PartnerPicker
                label={t('apiKeys.partner')}
                description={t('apiKeys.partnerHelp')}
                value={partnerId}
                onChange={setPartnerId}
                error={fieldErrors.partnerId}
              />
            ) : null}
            <TextInput
              label={t('apiKeys.expiresAt')}
              description={t('apiKeys.expiresHelp')}
              type="date"
              value={expires}
              onChange={(e) => setExpires(e.currentTarget.value)}
              error={fieldErrors.expiresAt}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="apikey-submit">
                {t('apiKeys.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function RevokeKey({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmMutationDialog
      onClose={onClose}
      title={t('apiKeys.revokeTitle')}
      confirmLabel={t('apiKeys.revoke')}
      mutationFn={() =>
        unwrap(api.DELETE('/api/v1/api-keys/{apiKeyId}', { params: { path: { apiKeyId: apiKey.id } } }))
      }
      invalidate={keys.all}
    >
      <Text size="sm">{t('apiKeys.revokeText', { name: apiKey.name })}</Text>
    </ConfirmMutationDialog>
  );
}
