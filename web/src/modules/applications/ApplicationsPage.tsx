import { Grid, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { ApplicationStatusBadge, applicationKeys } from './parts';
import { applicationStatuses, queueSorts, vettingDecisions } from './routes';

const route = getRouteApi('/app/applications');

/** The review queue: every application, filtered; “In review” is the manual review queue. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [exportError, setExportError] = useState<unknown>(null);
  useEffect(() => {
    if ((debounced || undefined) !== search.q) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const filters = {
    sort: search.sort ?? '-created_at',
    ...(search.q ? { q: search.q } : {}),
    ...(search.status ? { 'filter[status]': search.status } : {}),
    ...(search.decision ? { 'filter[decision]': search.decision } : {}),
    ...(search.programId ? { 'filter[programId]': search.programId } : {}),
    ...(search.country ? { 'filter[country]': search.country } : {}),
  };
  const { query: list, pages } = usePagedQuery({
    queryKey: [...applicationKeys.all, 'list'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/applications', { params: { query: { ...filters, ...paging } as never } })),
  });
  const programs = useQuery({
    queryKey: ['programs', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/programs', { params: { query: { limit: 200 } } })),
  });
  const programName = (id: string) => programs.data?.data.find((p) => p.id === id)?.name ?? '';
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const filtered = Boolean(
    search.q || search.status || search.decision || search.programId || search.country,
  );
  const setFilter = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <>
      <PageHeader
        title={t('applications.queue.title')}
        description={t('applications.queue.description')}
        actions={
          <ExportCsvButton
            path="/api/v1/applications"
            query={filters}
            filename="applications"
            onError={setExportError}
          />
        }
      />
      <ProblemAlert error={exportError} />
      <Grid mb="md" role="search" aria-label={t('common.filters')} gap="sm">
        <Grid.Col span={{ base: 12, md: 2 }}>
          <TextInput
            label={t('common.search')}
            placeholder={t('applications.queue.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('applications.queue.status')}
            placeholder={t('common.all')}
            data={applicationStatuses.map((s) => ({ value: s, label: t(`applications.statuses.${s}`) }))}
            value={search.status ?? null}
            onChange={(v) => setFilter({ status: (v as (typeof applicationStatuses)[number]) ?? undefined })}
            clearable
            data-testid="queue-status"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('applications.queue.decision')}
            placeholder={t('common.all')}
            data={vettingDecisions.map((d) => ({ value: d, label: t(`applications.decisions.${d}`) }))}
            value={search.decision ?? null}
            onChange={(v) => setFilter({ decision: (v as (typeof vettingDecisions)[number]) ?? undefined })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('applications.queue.program')}
            placeholder={t('common.all')}
            data={(programs.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={search.programId ?? null}
            onChange={(v) => setFilter({ programId: v ?? undefined })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('applications.queue.country')}
            placeholder={t('common.all')}
            data={countries}
            value={search.country ?? null}
            onChange={(v) => setFilter({ country: v ?? undefined })}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('common.sortBy')}
            data={queueSorts.map((s) => ({ value: s, label: t(`applications.queue.sort.${s}`) }))}
            value={search.sort ?? '-created_at'}
            onChange={(v) => setFilter({ sort: (v as (typeof queueSorts)[number]) ?? undefined })}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
      <PagedTable
        query={list}
        pages={pages}
        empty={
          filtered
            ? {
                title: t('applications.queue.noMatchTitle'),
                description: t('applications.queue.noMatchText'),
                icon: <IconSearch size={24} />,
                action: (
                  <ButtonLink variant="default" onClick={() => setText('')} to="/applications" search={{}}>
                    {t('common.clearFilters')}
                  </ButtonLink>
                ),
              }
            : {
                title: t('applications.queue.emptyTitle'),
                description: t('applications.queue.emptyText'),
                icon: <IconInbox size={24} />,
              }
        }
        minWidth={760}
        testId="applications-table"
        highlightOnHover
        head={
          <>
            <Table.Th>{t('applications.queue.company')}</Table.Th>
            <Table.Th>{t('applications.queue.program')}</Table.Th>
            <Table.Th>{t('applications.queue.country')}</Table.Th>
            <Table.Th>{t('applications.queue.status')}</Table.Th>
            <Table.Th>{t('applications.queue.decision')}</Table.Th>
            <Table.Th>{t('applications.queue.received')}</Table.Th>
          </>
        }
      >
        {(a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <AnchorLink to="/applications/$applicationId" params={{ applicationId: a.id }} fw={500}>
                {a.companyName}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {a.email}
              </Text>
            </Table.Td>
            <Table.Td>{programName(a.programId)}</Table.Td>
            <Table.Td>{fmt.country(a.country)}</Table.Td>
            <Table.Td>
              <ApplicationStatusBadge status={a.status} />
            </Table.Td>
            <Table.Td>{a.decision ? t(`applications.decisions.${a.decision}`) : '—'}</Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.dateTime(a.createdAt)}</Text>
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </>
  );
}
