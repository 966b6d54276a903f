import { Badge, Button, Grid, Group, Modal, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconBuildingStore, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type PartnerListQuery, partnerKeys, partnerStatuses, partnerTypes } from './api';
import { PartnerForm } from './PartnerForm';
import { StatusBadge } from './StatusBadge';

const route = getRouteApi('/app/partners');
const sorts = ['-created_at', 'created_at', 'name', '-name'] as const;

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

  useEffect(() => {
    if ((debounced || undefined) !== search.q) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const filters: PartnerListQuery = {
    sort: search.sort ?? '-created_at',
    ...(search.q ? { q: search.q } : {}),
    ...(search.type ? { 'filter[type]': search.type } : {}),
    ...(search.status ? { 'filter[status]': search.status } : {}),
    ...(search.country ? { 'filter[country]': search.country } : {}),
  };
  const { query: list, pages } = usePagedQuery({
    queryKey: [...partnerKeys.all, 'list'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/partners', { params: { query: { ...filters, ...paging } } })),
  });
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const filtered = Boolean(search.q || search.type || search.status || search.country);

  const create = useMutation({
    mutationFn: (body: Parameters<typeof createBody>[0]) =>
      unwrap(api.POST('/api/v1/partners', { body: createBody(body) })),
    onSuccess: async (partner) => {
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      createModal.close();
      await navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
    },
  });

  const setFilter = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

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
      <Grid mb="md" role="search" aria-label={t('common.filters')} gap="sm">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            label={t('common.search')}
            placeholder={t('partners.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('partners.type')}
            placeholder={t('common.all')}
            data={partnerTypes.map((v) => ({ value: v, label: t(`partnerTypes.${v}`) }))}
            value={search.type ?? null}
            onChange={(v) => setFilter({ type: (v as (typeof partnerTypes)[number]) ?? undefined })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('partners.status')}
            placeholder={t('common.all')}
            data={partnerStatuses.map((v) => ({ value: v, label: t(`partnerStatuses.${v}`) }))}
            value={search.status ?? null}
            onChange={(v) => setFilter({ status: (v as (typeof partnerStatuses)[number]) ?? undefined })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('partners.country')}
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
            data={sorts.map((s) => ({ value: s, label: t(`partners.sort.${s}`) }))}
            value={search.sort ?? '-created_at'}
            onChange={(v) => setFilter({ sort: (v as (typeof sorts)[number]) ?? undefined })}
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
        minWidth={640}
        testId="partners-table"
        highlightOnHover
        head={
          <>
            <Table.Th>{t('partners.name')}</Table.Th>
            <Table.Th>{t('partners.types')}</Table.Th>
            <Table.Th>{t('partners.country')}</Table.Th>
            <Table.Th>{t('partners.status')}</Table.Th>
            <Table.Th>{t('common.created')}</Table.Th>
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <AnchorLink to="/partners/$partnerId" params={{ partnerId: p.id }} fw={500}>
                {p.name}
              </AnchorLink>
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
              <Text size="sm">{fmt.date(p.createdAt)}</Text>
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      <Modal opened={createOpen} onClose={createModal.close} title={t('partners.new')} size="lg" centered>
        <PartnerForm
          onSubmit={(v) => create.mutate(v)}
          pending={create.isPending}
          error={create.error}
          submitLabel={t('partners.create')}
          onCancel={createModal.close}
        />
      </Modal>
    </>
  );
}

function createBody(v: import('./PartnerForm').PartnerFormValues) {
  return {
    name: v.name,
    types: v.types,
    status: v.status,
    ...(v.country ? { country: v.country } : {}),
    ...(v.website ? { website: v.website } : {}),
  };
}
