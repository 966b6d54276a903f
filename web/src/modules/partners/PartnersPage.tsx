import { Badge, Button, Checkbox, Group, Modal, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import {
  IconArrowsSort,
  IconBuildingStore,
  IconPlus,
  IconSearch,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type Partner, partnerKeys, type SortField } from './api';
import { BulkActions } from './BulkActions';
import { DirectoryFilters } from './DirectoryFilters';
import { PartnerForm, type PartnerFormBody } from './PartnerForm';
import { SavedViews } from './SavedViews';
import { StatusBadge } from './StatusBadge';
import { type DirectorySearch, hasFilters, toApiQuery } from './search';

const route = getRouteApi('/app/partners');

/**
 * The partner directory: search, filters on every attribute, sortable columns, saved views,
 * row selection with bulk actions, CSV export of everything that matches.
 */
export function PartnersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [createOpen, createModal] = useDisclosure(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [selected, setSelected] = useState<Record<string, string>>({});

  useEffect(() => {
    if ((debounced || undefined) !== search.q) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const filters = toApiQuery(search);
  const { query: list, pages } = usePagedQuery({
    queryKey: [...partnerKeys.all, 'list'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/partners', { params: { query: { ...filters, ...paging } } })),
  });
  const filtered = hasFilters(search);
  const mayBulk = can(me, 'partners.update');

  const create = useMutation({
    mutationFn: (body: PartnerFormBody) =>
      unwrap(api.POST('/api/v1/partners', { body: body as Schemas['CreatePartnerInput'] })),
    onSuccess: async (partner) => {
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      createModal.close();
      await navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
    },
  });

  const setFilter = (patch: Partial<DirectorySearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const pickView = (s: DirectorySearch) => {
    setText(s.q ?? '');
    void navigate({ search: () => s, replace: true });
  };

  const pageRows = list.data?.data ?? [];
  const allSelected = pageRows.length > 0 && pageRows.every((p) => selected[p.id]);
  const toggle = (p: Partner) =>
    setSelected((s) => {
      const next = { ...s };
      if (next[p.id]) delete next[p.id];
      else next[p.id] = p.name;
      return next;
    });
  const toggleAll = () =>
    setSelected((s) => {
      const next = { ...s };
      for (const p of pageRows) {
        if (allSelected) delete next[p.id];
        else next[p.id] = p.name;
      }
      return next;
    });

  const sortHeader = (field: SortField, label: string) => {
    const current = search.sort ?? '-created_at';
    const active = current === field || current === `-${field}`;
    const desc = current === `-${field}`;
    const Icon = !active ? IconArrowsSort : desc ? IconSortDescending : IconSortAscending;
    return (
      <Table.Th aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() =>
            setFilter({ sort: (active && !desc ? `-${field}` : field) as DirectorySearch['sort'] })
          }
          aria-label={
            active
              ? t(desc ? 'directory.directory.sortedDesc' : 'directory.directory.sortedAsc', {
                  column: label,
                })
              : t('directory.directory.sortBy', { column: label })
          }
          data-testid={`sort-${field}`}
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
    <>
      <PageHeader
        title={t('partners.title')}
        description={t('partners.description')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/partners"
              query={filters}
              filename="partners"
              onError={setExportError}
            />
            {can(me, 'partners.create') ? (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={createModal.open}
                data-testid="partner-new"
              >
                {t('partners.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={exportError} />
      <Group mb="md" align="flex-end" gap="sm" role="search" aria-label={t('common.filters')} wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('directory.directory.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={280}
          data-testid="partner-search"
        />
        <DirectoryFilters search={search} onChange={setFilter} />
        <SavedViews search={search} onPick={pickView} />
      </Group>
      {mayBulk ? (
        <BulkActions selected={Object.keys(selected)} names={selected} onClear={() => setSelected({})} />
      ) : null}
      <PagedTable
        query={list}
        pages={pages}
        empty={
          filtered
            ? {
                title: t('partners.noMatchTitle'),
                description: t('partners.noMatchText'),
                icon: <IconSearch size={24} />,
                action: (
                  <ButtonLink variant="default" onClick={() => setText('')} to="/partners" search={{}}>
                    {t('common.clearFilters')}
                  </ButtonLink>
                ),
              }
            : {
                title: t('partners.emptyTitle'),
                description: t('partners.emptyText'),
                icon: <IconBuildingStore size={24} />,
                action: can(me, 'partners.create') ? (
                  <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
                    {t('partners.new')}
                  </Button>
                ) : undefined,
              }
        }
        minWidth={900}
        testId="partners-table"
        highlightOnHover
        head={
          <>
            {mayBulk ? (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('directory.directory.selectAll')}
                  checked={allSelected}
                  indeterminate={!allSelected && pageRows.some((p) => selected[p.id])}
                  onChange={toggleAll}
                />
              </Table.Th>
            ) : null}
            {sortHeader('name', t('directory.fields.name'))}
            <Table.Th>{t('directory.fields.types')}</Table.Th>
            {sortHeader('country', t('directory.fields.country'))}
            {sortHeader('status', t('directory.fields.status'))}
            <Table.Th>{t('directory.fields.tags')}</Table.Th>
            {sortHeader('updated_at', t('directory.fields.updated'))}
            {sortHeader('created_at', t('directory.fields.created'))}
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id} data-testid="partner-row">
            {mayBulk ? (
              <Table.Td>
                <Checkbox
                  aria-label={t('directory.directory.selectRow', { name: p.name })}
                  checked={Boolean(selected[p.id])}
                  onChange={() => toggle(p)}
                />
              </Table.Td>
            ) : null}
            <Table.Td>
              <AnchorLink to="/partners/$partnerId" params={{ partnerId: p.id }} fw={500}>
                {p.name}
              </AnchorLink>
              {p.legalName && p.legalName !== p.name ? (
                <Text size="xs" c="dimmed">
                  {p.legalName}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {p.types.map((ty) => (
                  <Badge key={ty} variant="outline" size="sm" color="gray">
                    {t(`partnerTypes.${ty}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>{fmt.country(p.country)}</Table.Td>
            <Table.Td>
              <StatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} data-testid="partner-tags-cell">
                {p.tags.map((tag) => (
                  <Badge key={tag} variant="light" size="sm" color="gray" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.date(p.updatedAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{fmt.date(p.createdAt)}</Text>
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      <Modal opened={createOpen} onClose={createModal.close} title={t('partners.new')} size="xl" centered>
        {createOpen ? (
          <PartnerForm
            onSubmit={(v) => create.mutate(v)}
            pending={create.isPending}
            error={create.error}
            submitLabel={t('partners.create')}
            onCancel={createModal.close}
            withInitialState
          />
        ) : null}
      </Modal>
    </>
  );
}
