import { Box, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconMail, IconRotateClockwise } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type MailStatus, mailKeys, mailStatuses, useDevMailbox, useRetryMail } from './api';
import { DevMailboxNote, MailStatusBadge } from './parts';

const route = getRouteApi('/app/mail');

/** The workspace's outgoing mail (the dev mailbox when the server has no SMTP): filter, read, retry. */
export function MailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const dev = useDevMailbox();
  const retry = useRetryMail();
  const [recipient, setRecipient] = useState(search.to ?? '');
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = {
    sort: '-created_at' as const,
    ...(search.status ? { 'filter[status]': search.status } : {}),
    ...(search.to ? { 'filter[to]': search.to } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: mailKeys.list,
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/mail', { params: { query: { ...filters, ...paging } } })),
  });
  const filtered = Boolean(search.status || search.to);
  const setSearch = (patch: typeof search) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const applyRecipient = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ to: recipient.trim() || undefined });
  };

  return (
    <>
      <PageHeader
        title={dev ? t('mail.devTitle') : t('mail.title')}
        description={t('mail.description')}
        actions={
          <ExportCsvButton path="/api/v1/mail" query={filters} filename="mail" onError={setExportError} />
        }
      />
      <Stack gap="md">
        {dev ? <DevMailboxNote /> : null}
        <ProblemAlert error={exportError ?? retry.error} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label={t('mail.status')}
            value={search.status ?? 'all'}
            onChange={(v) => setSearch({ status: v === 'all' ? undefined : (v as MailStatus) })}
            data={[
              { value: 'all', label: t('common.all') },
              ...mailStatuses.map((s) => ({ value: s, label: t(`mail.statuses.${s}`) })),
            ]}
          />
          <Box component="form" onSubmit={applyRecipient} role="search" aria-label={t('common.filters')}>
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('mail.recipient')}
                placeholder="name@example.com"
                type="email"
                value={recipient}
                onChange={(e) => setRecipient(e.currentTarget.value)}
                w={260}
                data-testid="mail-recipient"
              />
              <Button type="submit" variant="light">
                {t('common.applyFilters')}
              </Button>
              {filtered ? (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setRecipient('');
                    void navigate({ search: {}, replace: true });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              ) : null}
            </Group>
          </Box>
        </Group>
        <PagedTable
          query={query}
          pages={pages}
          minWidth={900}
          testId="mail-table"
          empty={
            filtered
              ? { title: t('mail.noMatchTitle'), description: t('mail.noMatchText') }
              : {
                  title: t('mail.emptyTitle'),
                  description: t('mail.emptyText'),
                  icon: <IconMail size={24} />,
                }
          }
          head={
            <>
              <Table.Th>{t('mail.subject')}</Table.Th>
              <Table.Th>{t('mail.to')}</Table.Th>
              <Table.Th>{t('mail.template')}</Table.Th>
              <Table.Th>{t('mail.status')}</Table.Th>
              <Table.Th>{t('mail.attempts')}</Table.Th>
              <Table.Th>{t('mail.createdAt')}</Table.Th>
              <Table.Th>{t('mail.sentAt')}</Table.Th>
            </>
          }
        >
          {(m) => (
            <Table.Tr key={m.id} data-testid="mail-row">
              <Table.Td>
                <AnchorLink
                  to="/mail/$mailId"
                  params={{ mailId: m.id }}
                  size="sm"
                  fw={500}
                  aria-label={t('mail.open', { subject: m.subject })}
                  data-testid="mail-link"
                >
                  {m.subject}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {m.to}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.template}</Text>
                <Text size="xs" c="dimmed">
                  {m.locale}
                </Text>
              </Table.Td>
              <Table.Td>
                <MailStatusBadge status={m.status} />
                {m.lastError ? (
                  <Text size="xs" c="dimmed" lineClamp={2} maw={240}>
                    {m.lastError}
                  </Text>
                ) : null}
                {m.status === 'failed' ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconRotateClockwise size={14} />}
                    onClick={() => retry.mutate(m.id)}
                    loading={retry.isPending && retry.variables === m.id}
                    aria-label={t('mail.retryFor', { to: m.to })}
                  >
                    {t('mail.retry')}
                  </Button>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.number(m.attempts)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.dateTime(m.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.sentAt ? fmt.dateTime(m.sentAt) : '—'}</Text>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
    </>
  );
}
