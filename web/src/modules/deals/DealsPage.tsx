import {
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsSort,
  IconBriefcase,
  IconFilter,
  IconPlus,
  IconSearch,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { QueryState } from '../../platform/ui/QueryState';
import { PartnerPicker } from '../partners/PartnerPicker';
import {
  conflictLevels,
  type Deal,
  type DealListQuery,
  dealKeys,
  dealStages,
  dealStates,
  openDealStates,
  productLinesQuery,
} from './api';
import { ConflictBadge, ProtectionEnd, StageBadge, StateBadge } from './parts';
import { type DealsSearch, hasFilters, toApiQuery } from './search';

const route = getRouteApi('/app/deals');
const BOARD_LIMIT = 200;

/**
 * Deals for staff (every partner's) and partners (their own side): a table or a board (columns
 * by stage or by state), both driven by the same filters in the URL, with CSV export of
 * everything that matches.
 */
export function DealsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [exportError, setExportError] = useState<unknown>(null);
  const staff = me.current?.kind !== 'partner';
  const view = search.view ?? 'table';

  useEffect(() => {
    if ((debounced || undefined) !== search.q) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const setFilter = (patch: Partial<DealsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filters = toApiQuery(search);

  return (
    <>
      <PageHeader
        title={t('deals.title')}
        description={staff ? t('deals.description') : t('deals.descriptionPartner')}
        actions={
          <>
            <ExportCsvButton path="/api/v1/deals" query={filters} filename="deals" onError={setExportError} />
            {can(me, 'deals.register') ? (
              <ButtonLink to="/deals/new" leftSection={<IconPlus size={16} />} data-testid="deal-new">
                {t('deals.register')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={exportError} />
      <Filters search={search} text={text} setText={setText} onChange={setFilter} staff={staff} />
      <Group justify="space-between" mb="sm" gap="sm">
        <SegmentedControl
          aria-label={t('deals.views.label')}
          value={view}
          onChange={(v) => setFilter({ view: v === 'board' ? 'board' : undefined })}
          data={[
            { value: 'table', label: t('deals.views.table') },
            { value: 'board', label: t('deals.views.board') },
          ]}
          data-testid="deal-view"
        />
        {view === 'board' ? (
          <SegmentedControl
            aria-label={t('deals.groupBy.label')}
            value={search.group ?? 'stage'}
            onChange={(v) => setFilter({ group: v === 'state' ? 'state' : undefined })}
            data={[
              { value: 'stage', label: t('deals.groupBy.stage') },
              { value: 'state', label: t('deals.groupBy.state') },
            ]}
            data-testid="deal-group"
          />
        ) : null}
      </Group>
      {view === 'board' ? (
        <DealBoard search={search} staff={staff} />
      ) : (
        <DealTable search={search} filters={filters} staff={staff} onClear={() => setText('')} />
      )}
    </>
  );
}

function Filters({
  search,
  text,
  setText,
  onChange,
  staff,
}: {
  search: DealsSearch;
  text: string;
  setText: (v: string) => void;
  onChange: (patch: Partial<DealsSearch>) => void;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const lines = useQuery(productLinesQuery);
  // On a phone the filters fold away behind one button (with the count of those in use).
  const phone = useMediaQuery('(max-width: 36em)');
  const [open, { toggle }] = useDisclosure(false);
  const active = [
    search.state?.length,
    search.stage,
    search.partner,
    search.conflict,
    search.productLine,
    search.closeFrom,
    search.closeTo,
  ].filter(Boolean).length;
  return (
    <Group mb="md" align="flex-end" gap="sm" role="search" aria-label={t('common.filters')} wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('deals.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={{ base: '100%', xs: 240 }}
        data-testid="deal-search"
      />
      {phone ? (
        <Button
          variant="default"
          leftSection={<IconFilter size={16} />}
          onClick={toggle}
          aria-expanded={open}
          data-testid="deal-filters-toggle"
        >
          {t('deals.filtersButton', { count: active })}
        </Button>
      ) : null}
      {phone && !open ? null : (
        <>
          <MultiSelect
            label={t('deals.fields.state')}
            placeholder={search.state?.length ? undefined : t('deals.any')}
            data={dealStates.map((s) => ({ value: s, label: t(`deals.states.${s}`) }))}
            value={search.state ?? []}
            onChange={(v) => onChange({ state: v.length ? (v as DealsSearch['state']) : undefined })}
            clearable
            w={{ base: '100%', xs: 240 }}
            comboboxProps={{ withinPortal: true }}
            data-testid="filter-state"
          />
          <Select
            label={t('deals.fields.stage')}
            placeholder={t('deals.any')}
            data={dealStages.map((s) => ({ value: s, label: t(`deals.stages.${s}`) }))}
            value={search.stage ?? null}
            onChange={(v) => onChange({ stage: (v ?? undefined) as DealsSearch['stage'] })}
            clearable
            w={{ base: '100%', xs: 170 }}
            data-testid="filter-stage"
          />
          {staff ? (
            <div style={{ width: 220, maxWidth: '100%' }}>
              <PartnerPicker
                label={t('deals.fields.partner')}
                value={search.partner ?? null}
                onChange={(v) => onChange({ partner: v ?? undefined })}
              />
            </div>
          ) : null}
          <Select
            label={t('deals.fields.conflict')}
            placeholder={t('deals.any')}
            data={conflictLevels.map((c) => ({ value: c, label: t(`deals.conflictLevels.${c}`) }))}
            value={search.conflict ?? null}
            onChange={(v) => onChange({ conflict: (v ?? undefined) as DealsSearch['conflict'] })}
            clearable
            w={{ base: '100%', xs: 180 }}
            data-testid="filter-conflict"
          />
          <Select
            label={t('deals.fields.productLine')}
            placeholder={t('deals.any')}
            data={(lines.data?.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={search.productLine ?? null}
            onChange={(v) => onChange({ productLine: v ?? undefined })}
            clearable
            searchable
            w={{ base: '100%', xs: 190 }}
            data-testid="filter-product-line"
          />
          <TextInput
            type="date"
            label={t('deals.fields.closeFrom')}
            value={search.closeFrom ?? ''}
            onChange={(e) => onChange({ closeFrom: e.currentTarget.value || undefined })}
            w={{ base: '100%', xs: 160 }}
            data-testid="filter-close-from"
          />
          <TextInput
            type="date"
            label={t('deals.fields.closeTo')}
            value={search.closeTo ?? ''}
            onChange={(e) => onChange({ closeTo: e.currentTarget.value || undefined })}
            w={{ base: '100%', xs: 160 }}
            data-testid="filter-close-to"
          />
        </>
      )}
    </Group>
  );
}

function DealTable({
  search,
  filters,
  staff,
  onClear,
}: {
  search: DealsSearch;
  filters: DealListQuery;
  staff: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const navigate = route.useNavigate();
  const { query: list, pages } = usePagedQuery({
    queryKey: dealKeys.lists,
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/deals', { params: { query: { ...filters, ...paging } } })),
  });
  const sortHeader = (field: 'title' | 'amount_minor' | 'created_at', label: string) => {
    const current = search.sort ?? '-created_at';
    const active = current === field || current === `-${field}`;
    const desc = current === `-${field}`;
    const Icon = !active ? IconArrowsSort : desc ? IconSortDescending : IconSortAscending;
    return (
      <Table.Th aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() =>
            void navigate({
              search: (prev) => ({ ...prev, sort: active && !desc ? `-${field}` : field }),
              replace: true,
            })
          }
          aria-label={
            active
              ? t(desc ? 'directory.directory.sortedDesc' : 'directory.directory.sortedAsc', {
                  column: label,
                })
              : t('directory.directory.sortBy', { column: label })
          }
        >
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={700}>
              {label}
            </Text>
            <Icon size={14} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <PagedTable
      query={list}
      pages={pages}
      testId="deals-table"
      highlightOnHover
      minWidth={staff ? 1100 : 980}
      empty={
        hasFilters(search)
          ? {
              title: t('deals.noMatchTitle'),
              description: t('deals.noMatchText'),
              icon: <IconSearch size={24} />,
              action: (
                <ButtonLink variant="default" to="/deals" search={{ view: search.view }} onClick={onClear}>
                  {t('common.clearFilters')}
                </ButtonLink>
              ),
            }
          : {
              title: t('deals.emptyTitle'),
              description: t('deals.emptyText'),
              icon: <IconBriefcase size={24} />,
              action: can(me, 'deals.register') ? (
                <ButtonLink to="/deals/new" leftSection={<IconPlus size={16} />}>
                  {t('deals.register')}
                </ButtonLink>
              ) : undefined,
            }
      }
      head={
        <>
          {sortHeader('title', t('deals.fields.title'))}
          <Table.Th>{t('deals.fields.customer')}</Table.Th>
          {staff ? <Table.Th>{t('deals.fields.partner')}</Table.Th> : null}
          <Table.Th>{t('deals.fields.state')}</Table.Th>
          <Table.Th>{t('deals.fields.stage')}</Table.Th>
          {sortHeader('amount_minor', t('deals.fields.amount'))}
          <Table.Th>{t('deals.fields.closeDate')}</Table.Th>
          <Table.Th>{t('deals.fields.conflict')}</Table.Th>
          <Table.Th>{t('deals.fields.protectionEnds')}</Table.Th>
        </>
      }
    >
      {(d) => (
        <Table.Tr key={d.id} data-testid="deal-row">
          <Table.Td>
            <AnchorLink to="/deals/$dealId" params={{ dealId: d.id }} fw={500}>
              {d.title}
            </AnchorLink>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{d.customer.name}</Text>
            {d.customer.domain ? (
              <Text size="xs" c="dimmed">
                {d.customer.domain}
              </Text>
            ) : null}
          </Table.Td>
          {staff ? (
            <Table.Td>
              <Text size="sm">{d.partnerName}</Text>
            </Table.Td>
          ) : null}
          <Table.Td>
            <StateBadge state={d.state} />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t(`deals.stages.${d.stage}`)}</Text>
          </Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {fmt.money(d.amountMinor, d.currency)}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {d.expectedCloseDate ? fmt.date(d.expectedCloseDate) : '—'}
          </Table.Td>
          <Table.Td>
            <ConflictBadge level={d.conflict.level} />
          </Table.Td>
          <Table.Td>
            <ProtectionEnd deal={d} compact />
          </Table.Td>
        </Table.Tr>
      )}
    </PagedTable>
  );
}

/**
 * The board: one column per stage (open registrations) or per state. Cards are links (Tab,
 * Enter); moving a deal between stages happens on the deal page, where the change is recorded.
 */
function DealBoard({ search, staff }: { search: DealsSearch; staff: boolean }) {
  const { t } = useTranslation();
  const group = search.group ?? 'stage';
  const byStage = group === 'stage';
  const query: DealListQuery = {
    ...toApiQuery(search),
    limit: BOARD_LIMIT,
    ...(byStage && !search.state?.length ? { 'filter[state]': openDealStates.join(',') } : {}),
  };
  const board = useQuery({
    queryKey: dealKeys.board(query),
    queryFn: () => unwrap(api.GET('/api/v1/deals', { params: { query } })),
  });
  const columns: readonly string[] = byStage ? dealStages : (search.state ?? dealStates);
  return (
    <QueryState
      query={board}
      isEmpty={(d) => d.data.length === 0}
      empty={{
        title: hasFilters(search) ? t('deals.noMatchTitle') : t('deals.emptyTitle'),
        description: hasFilters(search) ? t('deals.noMatchText') : t('deals.emptyText'),
        icon: <IconBriefcase size={24} />,
      }}
    >
      {(page) => (
        <Stack gap="xs">
          {byStage ? (
            <Text size="sm" c="dimmed">
              {t('deals.boardHintStage')}
            </Text>
          ) : null}
          {page.nextCursor ? (
            <Text size="sm" c="dimmed">
              {t('deals.boardTruncated', { count: BOARD_LIMIT })}
            </Text>
          ) : null}
          <ScrollArea type="auto" offsetScrollbars data-testid="deal-board">
            <SimpleGrid cols={columns.length} spacing="sm" miw={columns.length * 190}>
              {columns.map((col) => {
                const deals = page.data.filter((d) => (byStage ? d.stage : d.state) === col);
                const name = byStage
                  ? t(`deals.stages.${col as Deal['stage']}`)
                  : t(`deals.states.${col as Deal['state']}`);
                return (
                  <Paper
                    key={col}
                    withBorder
                    p="xs"
                    component="section"
                    aria-label={t('deals.boardColumn', { name, count: deals.length })}
                    data-testid={`board-column-${col}`}
                  >
                    <Group justify="space-between" mb="xs" wrap="nowrap">
                      <Title order={2} size="h5">
                        {name}
                      </Title>
                      <Text size="sm" c="dimmed" aria-hidden>
                        {deals.length}
                      </Text>
                    </Group>
                    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {deals.length === 0 ? (
                        <Text component="li" size="sm" c="dimmed">
                          {t('deals.boardEmptyColumn')}
                        </Text>
                      ) : (
                        deals.map((d) => <DealCard key={d.id} deal={d} staff={staff} showState={byStage} />)
                      )}
                    </Stack>
                  </Paper>
                );
              })}
            </SimpleGrid>
          </ScrollArea>
        </Stack>
      )}
    </QueryState>
  );
}

function DealCard({ deal, staff, showState }: { deal: Deal; staff: boolean; showState: boolean }) {
  const fmt = useFormat();
  const { t } = useTranslation();
  return (
    <li>
      <Card
        renderRoot={(props) => <Link to="/deals/$dealId" params={{ dealId: deal.id }} {...props} />}
        withBorder
        padding="xs"
        radius="sm"
        data-testid="deal-card"
      >
        <Text size="sm" fw={600} lineClamp={2}>
          {deal.title}
        </Text>
        <Text size="sm">{deal.customer.name}</Text>
        <Text size="sm" fw={500}>
          {fmt.money(deal.amountMinor, deal.currency)}
        </Text>
        {staff ? (
          <Text size="xs" c="dimmed">
            {deal.partnerName}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('deals.fields.closeDate')}: {deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : '—'}
        </Text>
        <Group gap={4} mt={4}>
          {showState ? <StateBadge state={deal.state} /> : <StageBadge stage={deal.stage} />}
          <ConflictBadge level={deal.conflict.level} />
        </Group>
      </Card>
    </li>
  );
}
