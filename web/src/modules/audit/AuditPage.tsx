import {
  Alert,
  Box,
  Button,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconListSearch, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';
import { type Formatters, useFormat, zonedMidnightToIso } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { FactsTable, JsonBlock } from '../../platform/ui/facts';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import type { AuditSearch } from './routes';

type AuditEvent = Schemas['AuditEvent'];
type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

const route = getRouteApi('/app/audit');

/** The tamper-evident audit log: filters, pages, CSV, and a check of the hash chain. */
export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [draft, setDraft] = useState<AuditSearch>(search);
  const [details, setDetails] = useState<AuditEvent | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const filters = toQuery(search, fmt);
  const { query: list, pages } = usePagedQuery({
    queryKey: ['audit', 'list'],
    filters,
    limit: 50,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { ...filters, ...paging } } })),
  });
  const verify = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/audit-events/verify')) });
  const filtered = Object.values(search).some(Boolean);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v?.trim() || undefined]));
    void navigate({ search: clean as AuditSearch, replace: true });
  };
  const clear = () => {
    setDraft({});
    void navigate({ search: {}, replace: true });
  };
  const field = (key: keyof AuditSearch) => ({
    value: draft[key] ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [key]: e.currentTarget.value }),
  });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/audit-events"
              query={filters}
              filename="audit-events"
              onError={setExportError}
            />
            <Button
              leftSection={<IconShieldCheck size={16} />}
              onClick={() => verify.mutate()}
              loading={verify.isPending}
              data-testid="audit-verify"
            >
              {t('audit.verify')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <ProblemAlert error={exportError ?? verify.error} />
        {verify.data ? (
          <Alert
            color={verify.data.ok ? 'green' : 'red'}
            variant="light"
            role="status"
            title={verify.data.ok ? t('audit.verifyOkTitle') : t('audit.verifyBadTitle')}
            data-testid="audit-verify-result"
          >
            {verify.data.ok
              ? t('audit.verifyOk', { count: verify.data.checked })
              : t('audit.verifyBad', {
                  seq: verify.data.firstBad?.seq ?? 0,
                  reason: t(`audit.reasons.${verify.data.firstBad?.reason ?? 'hash_mismatch'}`),
                  count: verify.data.checked,
                })}
          </Alert>
        ) : null}
        <Box component="form" onSubmit={apply} role="search" aria-label={t('common.filters')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            <TextInput label={t('audit.action')} placeholder="partner.updated" {...field('action')} />
            <TextInput label={t('audit.actor')} placeholder="usr_…" {...field('actorId')} />
            <TextInput label={t('audit.objectType')} placeholder="partner" {...field('objectType')} />
            <TextInput label={t('audit.objectId')} placeholder="ptr_…" {...field('objectId')} />
            <TextInput label={t('audit.from')} type="date" {...field('from')} />
            <TextInput label={t('audit.to')} type="date" {...field('to')} />
          </SimpleGrid>
          <Group mt="sm" gap="xs">
            <Button type="submit" variant="light">
              {t('common.applyFilters')}
            </Button>
            {filtered ? (
              <Button variant="subtle" onClick={clear}>
                {t('common.clearFilters')}
              </Button>
            ) : null}
          </Group>
        </Box>
        <PagedTable
          query={list}
          pages={pages}
          minWidth={760}
          testId="audit-table"
          empty={{
            title: filtered ? t('audit.noMatchTitle') : t('audit.emptyTitle'),
            description: filtered ? t('audit.noMatchText') : t('audit.emptyText'),
            icon: <IconListSearch size={24} />,
          }}
          head={
            <>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('audit.when')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.object')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </>
          }
        >
          {(e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text size="sm">{fmt.number(e.seq)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.dateTime(e.occurredAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {e.actorKind}
                </Text>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {e.actorId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{e.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {e.objectType}
                </Text>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {e.objectId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setDetails(e)}
                  aria-label={t('audit.detailsFor', { seq: e.seq })}
                >
                  {t('audit.details')}
                </Button>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      <Modal
        opened={details !== null}
        onClose={() => setDetails(null)}
        title={details ? t('audit.detailsTitle', { seq: details.seq, action: details.action }) : ''}
        size="xl"
        centered
      >
        {details ? <EventDetails event={details} fmt={fmt} /> : null}
      </Modal>
    </>
  );
}

function EventDetails({ event, fmt }: { event: AuditEvent; fmt: Formatters }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('audit.when'), fmt.dateTime(event.occurredAt)],
    [t('audit.actor'), `${event.actorKind} ${event.actorId}`],
    [t('audit.object'), `${event.objectType} ${event.objectId}`],
    [t('audit.requestId'), event.requestId ?? '—'],
    [t('audit.ip'), event.ip ?? '—'],
    [t('audit.hash'), event.hash],
  ];
  return (
    <Stack>
      <FactsTable facts={facts} labelWidth={140} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['before', 'after'] as const).map((k) => (
          <JsonBlock key={k} label={t(`audit.${k}`)} value={event[k]} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function toQuery(s: AuditSearch, fmt: Formatters): AuditQuery {
  const nextDay = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return {
    sort: '-seq',
    ...(s.action ? { 'filter[action]': s.action } : {}),
    ...(s.actorId ? { 'filter[actorId]': s.actorId } : {}),
    ...(s.objectType ? { 'filter[objectType]': s.objectType } : {}),
    ...(s.objectId ? { 'filter[objectId]': s.objectId } : {}),
    // Dates are whole days where the user is: from its midnight, to the next day's midnight.
    ...(s.from ? { 'filter[from]': zonedMidnightToIso(s.from, fmt.timeZone) } : {}),
    ...(s.to ? { 'filter[to]': zonedMidnightToIso(nextDay(s.to), fmt.timeZone) } : {}),
  };
}
