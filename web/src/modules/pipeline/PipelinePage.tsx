import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding, IconChartFunnel, IconPlus, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { EditorModal, SaveForm, useSaveForm } from '../../platform/ui/forms';
import { currencyCodes, currencyDigits, fromMinor, toMinor } from '../../platform/ui/money';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EditDeleteActions } from '../../platform/ui/RowActions';
import { allLinesQuery } from '../catalog/ProductsPage';
import { ImportDialog, type ImportKind } from './ImportDialog';

type Account = Schemas['Account'];
type Opportunity = Schemas['VendorOpportunity'];
type Status = Opportunity['status'];

const statuses: Status[] = ['open', 'won', 'lost'];

export const pipelineKeys = {
  all: ['pipeline'] as const,
  accounts: ['pipeline', 'accounts'] as const,
  opportunities: ['pipeline', 'opportunities'] as const,
};

/** Staff: the vendor's own accounts and opportunities, with CSV import and export. */
export function PipelinePage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = can(me, 'deals.manage');
  const [tab, setTab] = useState<string | null>('opportunities');
  return (
    <>
      <PageHeader title={t('pipeline.title')} description={t('pipeline.description')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="opportunities" leftSection={<IconChartFunnel size={16} />}>
            {t('pipeline.opportunities')}
          </Tabs.Tab>
          <Tabs.Tab value="accounts" leftSection={<IconBuilding size={16} />}>
            {t('pipeline.accounts')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="opportunities">
          <OpportunitiesTab manage={manage} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts">
          <AccountsTab manage={manage} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Toolbar({
  manage,
  newLabel,
  onNew,
  onImport,
  exportButton,
  testPrefix,
}: {
  manage: boolean;
  newLabel: string;
  onNew: () => void;
  onImport: () => void;
  exportButton: React.ReactNode;
  testPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end">
      {exportButton}
      {manage ? (
        <>
          <Button
            variant="default"
            leftSection={<IconUpload size={16} />}
            onClick={onImport}
            data-testid={`${testPrefix}-import`}
          >
            {t('pipeline.importCsv')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid={`${testPrefix}-new`}>
            {newLabel}
          </Button>
        </>
      ) : null}
    </Group>
  );
}

/** The edit/delete cell of an account or opportunity row. */
function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <EditDeleteActions
        editLabel={t('pipeline.edit', { name })}
        deleteLabel={t('pipeline.delete', { name })}
        onEdit={onEdit}
        onDelete={onDelete}
      />
    </Table.Td>
  );
}

/** The country filter of both tables (any country when cleared). */
function CountryFilter({
  label,
  countries,
  value,
  onChange,
}: {
  label: string;
  countries: { value: string; label: string }[];
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('pipeline.anyCountry')}
      data={countries}
      value={value}
      onChange={onChange}
      searchable
      clearable
    />
  );
}

// --- Accounts ------------------------------------------------------------------------------------

function AccountsTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [country, setCountry] = useState<string | null>(null);
  const [strategic, setStrategic] = useState('');
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Account | null>(null);
  const [importing, setImporting] = useState<ImportKind | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = {
    sort: 'name' as const,
    ...(debounced ? { q: debounced } : {}),
    ...(country ? { 'filter[country]': country } : {}),
    ...(strategic ? { 'filter[strategic]': strategic as 'true' | 'false' } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...pipelineKeys.accounts, 'page'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/accounts', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <Stack gap="sm">
      <Toolbar
        manage={manage}
        newLabel={t('pipeline.newAccount')}
        onNew={() => setEditing('new')}
        onImport={() => setImporting('accounts')}
        exportButton={
          <ExportCsvButton
            path="/api/v1/accounts"
            query={filters}
            filename="accounts"
            onError={setExportError}
          />
        }
        testPrefix="account"
      />
      <ProblemAlert error={exportError} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('pipeline.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <CountryFilter
          label={t('pipeline.country')}
          countries={countries}
          value={country}
          onChange={setCountry}
        />
        <Select
          label={t('pipeline.strategicShort')}
          data={[
            { value: '', label: t('pipeline.anyStrategic') },
            { value: 'true', label: t('pipeline.onlyStrategic') },
            { value: 'false', label: t('pipeline.notStrategic') },
          ]}
          value={strategic}
          onChange={(v) => setStrategic(v ?? '')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <PagedTable
        query={query}
        pages={pages}
        minWidth={760}
        testId="accounts-table"
        empty={{
          title: t('pipeline.emptyAccountsTitle'),
          description: t('pipeline.emptyAccountsText'),
          icon: <IconBuilding size={24} />,
        }}
        head={
          <>
            <Table.Th>{t('pipeline.name')}</Table.Th>
            <Table.Th>{t('pipeline.externalRef')}</Table.Th>
            <Table.Th>{t('pipeline.domain')}</Table.Th>
            <Table.Th>{t('pipeline.country')}</Table.Th>
            <Table.Th>{t('pipeline.owner')}</Table.Th>
            <Table.Th>{t('pipeline.strategicShort')}</Table.Th>
            {manage ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </>
        }
      >
        {(a) => (
          <Table.Tr key={a.id}>
            <Table.Td fw={500}>{a.name}</Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {a.externalRef ?? ''}
              </Text>
            </Table.Td>
            <Table.Td>{a.domain ?? ''}</Table.Td>
            <Table.Td>{fmt.country(a.country)}</Table.Td>
            <Table.Td>{a.ownerName ?? ''}</Table.Td>
            <Table.Td>{a.strategic ? t('pipeline.yes') : t('pipeline.no')}</Table.Td>
            {manage ? (
              <RowActions name={a.name} onEdit={() => setEditing(a)} onDelete={() => setDeleting(a)} />
            ) : null}
          </Table.Tr>
        )}
      </PagedTable>
      <EditorModal
        editing={editing}
        onClose={() => setEditing(null)}
        newTitle={t('pipeline.newAccount')}
        editTitle={t('pipeline.editAccount')}
        size="lg"
      >
        {(account) => <AccountForm account={account} onDone={() => setEditing(null)} />}
      </EditorModal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('pipeline.deleteAccountTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/accounts/{accountId}', { params: { path: { accountId: deleting.id } } }),
            )
          }
          invalidate={pipelineKeys.all}
          onClose={() => setDeleting(null)}
        >
          {t('pipeline.deleteAccountText', { name: deleting.name })}
        </ConfirmMutationDialog>
      ) : null}
      {importing ? (
        <ImportDialog kind={importing} onClose={() => setImporting(null)} invalidate={pipelineKeys.all} />
      ) : null}
    </Stack>
  );
}

function AccountForm({ account, onDone }: { account: Account | null; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const [name, setName] = useState(account?.name ?? '');
  const [externalRef, setExternalRef] = useState(account?.externalRef ?? '');
  const [website, setWebsite] = useState(account?.website ?? '');
  const [country, setCountry] = useState<string | null>(account?.country ?? null);
  const [industry, setIndustry] = useState(account?.industry ?? '');
  const [ownerName, setOwnerName] = useState(account?.ownerName ?? '');
  const [strategic, setStrategic] = useState(account?.strategic ?? false);
  const form = useSaveForm({
    mutationFn: () => {
      const body = {
        name,
        externalRef: externalRef.trim() || null,
        website: website.trim() || null,
        country,
        industry: industry.trim() || null,
        ownerName: ownerName.trim() || null,
        strategic,
      };
      return account
        ? unwrap(
            api.PATCH('/api/v1/accounts/{accountId}', {
              params: { path: { accountId: account.id }, header: ifMatch(account.version) as never },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/accounts', { body }));
    },
    invalidate: pipelineKeys.all,
    onDone,
  });
  const { errors } = form;
  return (
    <SaveForm form={form} onCancel={onDone} submitLabel={account ? t('pipeline.save') : t('pipeline.create')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('pipeline.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <TextInput
          label={t('pipeline.externalRef')}
          description={t('pipeline.externalRefHelp')}
          value={externalRef}
          onChange={(e) => setExternalRef(e.currentTarget.value)}
          error={errors.externalRef}
        />
        <TextInput
          label={t('pipeline.website')}
          value={website}
          onChange={(e) => setWebsite(e.currentTarget.value)}
          error={errors.website}
        />
        <Select
          label={t('pipeline.country')}
          data={countries}
          value={country}
          onChange={setCountry}
          error={errors.country}
          searchable
          clearable
        />
        <TextInput
          label={t('pipeline.industry')}
          value={industry}
          onChange={(e) => setIndustry(e.currentTarget.value)}
          error={errors.industry}
        />
        <TextInput
          label={t('pipeline.owner')}
          value={ownerName}
          onChange={(e) => setOwnerName(e.currentTarget.value)}
          error={errors.ownerName}
        />
      </SimpleGrid>
      <Checkbox
        label={t('pipeline.strategic')}
        checked={strategic}
        onChange={(e) => setStrategic(e.currentTarget.checked)}
      />
    </SaveForm>
  );
}

// --- Vendor opportunities ------------------------------------------------------------------------

function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  const color = status === 'won' ? 'green' : status === 'lost' ? 'gray' : 'blue';
  return (
    <Badge color={color} variant="light">
      {t(`pipeline.statuses.${status}`)}
    </Badge>
  );
}

function OpportunitiesTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const lines = useQuery(allLinesQuery);
  const lineById = new Map((lines.data?.data ?? []).map((l) => [l.id, l]));
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [status, setStatus] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [lineId, setLineId] = useState('');
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Opportunity | null>(null);
  const [importing, setImporting] = useState<ImportKind | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters = {
    sort: '-created_at' as const,
    ...(debounced ? { q: debounced } : {}),
    ...(status ? { 'filter[status]': status as Status } : {}),
    ...(country ? { 'filter[country]': country } : {}),
    ...(lineId ? { 'filter[productLineId]': lineId } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...pipelineKeys.opportunities, 'page'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/vendor-opportunities', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <Stack gap="sm">
      <Toolbar
        manage={manage}
        newLabel={t('pipeline.newOpportunity')}
        onNew={() => setEditing('new')}
        onImport={() => setImporting('opportunities')}
        exportButton={
          <ExportCsvButton
            path="/api/v1/vendor-opportunities"
            query={filters}
            filename="vendor-opportunities"
            onError={setExportError}
          />
        }
        testPrefix="opportunity"
      />
      <ProblemAlert error={exportError} />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput label={t('pipeline.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Select
          label={t('pipeline.status')}
          data={[
            { value: '', label: t('pipeline.anyStatus') },
            ...statuses.map((s) => ({ value: s, label: t(`pipeline.statuses.${s}`) })),
          ]}
          value={status}
          onChange={(v) => setStatus(v ?? '')}
          allowDeselect={false}
        />
        <CountryFilter
          label={t('pipeline.customerCountry')}
          countries={countries}
          value={country}
          onChange={setCountry}
        />
        <Select
          label={t('pipeline.productLines')}
          data={[
            { value: '', label: t('pipeline.anyProductLine') },
            ...(lines.data?.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` })),
          ]}
          value={lineId}
          onChange={(v) => setLineId(v ?? '')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <PagedTable
        query={query}
        pages={pages}
        minWidth={900}
        testId="opportunities-table"
        empty={{
          title: t('pipeline.emptyOpportunitiesTitle'),
          description: t('pipeline.emptyOpportunitiesText'),
          icon: <IconChartFunnel size={24} />,
        }}
        head={
          <>
            <Table.Th>{t('pipeline.opportunityName')}</Table.Th>
            <Table.Th>{t('pipeline.customer')}</Table.Th>
            <Table.Th>{t('pipeline.amount')}</Table.Th>
            <Table.Th>{t('pipeline.stage')}</Table.Th>
            <Table.Th>{t('pipeline.status')}</Table.Th>
            <Table.Th>{t('pipeline.expectedClose')}</Table.Th>
            <Table.Th>{t('pipeline.productLines')}</Table.Th>
            {manage ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </>
        }
      >
        {(o) => (
          <Table.Tr key={o.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {o.name}
              </Text>
              {o.externalRef ? (
                <Text size="xs" c="dimmed" ff="monospace">
                  {o.externalRef}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{o.customerName}</Text>
              <Text size="xs" c="dimmed">
                {[o.customerDomain, fmt.country(o.customerCountry)].filter(Boolean).join(' · ')}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.money(o.amountMinor, o.currency)}</Table.Td>
            <Table.Td>{o.stage}</Table.Td>
            <Table.Td>
              <StatusBadge status={o.status} />
            </Table.Td>
            <Table.Td>{o.expectedCloseDate ? fmt.date(`${o.expectedCloseDate}T12:00:00Z`) : ''}</Table.Td>
            <Table.Td>{o.productLineIds.map((id) => lineById.get(id)?.code ?? '?').join(', ')}</Table.Td>
            {manage ? (
              <RowActions name={o.name} onEdit={() => setEditing(o)} onDelete={() => setDeleting(o)} />
            ) : null}
          </Table.Tr>
        )}
      </PagedTable>
      <EditorModal
        editing={editing}
        onClose={() => setEditing(null)}
        newTitle={t('pipeline.newOpportunity')}
        editTitle={t('pipeline.editOpportunity')}
        size="xl"
      >
        {(opportunity) => (
          <OpportunityForm
            opportunity={opportunity}
            lines={(lines.data?.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
            onDone={() => setEditing(null)}
          />
        )}
      </EditorModal>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('pipeline.deleteOpportunityTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/vendor-opportunities/{vendorOpportunityId}', {
                params: { path: { vendorOpportunityId: deleting.id } },
              }),
            )
          }
          invalidate={pipelineKeys.all}
          onClose={() => setDeleting(null)}
        >
          {t('pipeline.deleteOpportunityText', { name: deleting.name })}
        </ConfirmMutationDialog>
      ) : null}
      {importing ? (
        <ImportDialog kind={importing} onClose={() => setImporting(null)} invalidate={pipelineKeys.all} />
      ) : null}
    </Stack>
  );
}

function OpportunityForm({
  opportunity,
  lines,
  onDone,
}: {
  opportunity: Opportunity | null;
  lines: { value: string; label: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const accounts = useQuery({
    queryKey: [...pipelineKeys.accounts, 'picker'],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: 200, sort: 'name' } } })),
  });
  const o = opportunity;
  const [name, setName] = useState(o?.name ?? '');
  const [externalRef, setExternalRef] = useState(o?.externalRef ?? '');
  const [customerName, setCustomerName] = useState(o?.customerName ?? '');
  const [customerWebsite, setCustomerWebsite] = useState(o?.customerWebsite ?? '');
  const [customerCountry, setCustomerCountry] = useState<string | null>(o?.customerCountry ?? null);
  const [accountId, setAccountId] = useState<string | null>(o?.accountId ?? null);
  const [currency, setCurrency] = useState<string>(o?.currency ?? 'EUR');
  const [amount, setAmount] = useState<number | string>(o ? fromMinor(o.amountMinor, o.currency) : '');
  const [stage, setStage] = useState(o?.stage ?? 'prospecting');
  const [status, setStatus] = useState<Status>(o?.status ?? 'open');
  const [expectedCloseDate, setClose] = useState(o?.expectedCloseDate ?? '');
  const [productLineIds, setLineIds] = useState<string[]>(o?.productLineIds ?? []);
  const [ownerName, setOwnerName] = useState(o?.ownerName ?? '');
  const form = useSaveForm({
    mutationFn: () => {
      const body = {
        name,
        externalRef: externalRef.trim() || null,
        customerName,
        customerWebsite: customerWebsite.trim() || null,
        customerCountry,
        accountId,
        currency,
        amountMinor: amount === '' ? 0 : toMinor(Number(amount), currency),
        stage,
        status,
        expectedCloseDate: expectedCloseDate || null,
        productLineIds,
        ownerName: ownerName.trim() || null,
      };
      return o
        ? unwrap(
            api.PATCH('/api/v1/vendor-opportunities/{vendorOpportunityId}', {
              params: { path: { vendorOpportunityId: o.id }, header: ifMatch(o.version) as never },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/vendor-opportunities', { body }));
    },
    invalidate: pipelineKeys.all,
    onDone,
  });
  const { errors } = form;
  return (
    <SaveForm form={form} onCancel={onDone} submitLabel={o ? t('pipeline.save') : t('pipeline.create')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('pipeline.opportunityName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <TextInput
          label={t('pipeline.externalRef')}
          description={t('pipeline.externalRefHelp')}
          value={externalRef}
          onChange={(e) => setExternalRef(e.currentTarget.value)}
          error={errors.externalRef}
        />
        <TextInput
          label={t('pipeline.customerName')}
          value={customerName}
          onChange={(e) => setCustomerName(e.currentTarget.value)}
          error={errors.customerName}
          required
        />
        <TextInput
          label={t('pipeline.customerWebsite')}
          value={customerWebsite}
          onChange={(e) => setCustomerWebsite(e.currentTarget.value)}
          error={errors.customerWebsite}
        />
        <Select
          label={t('pipeline.customerCountry')}
          data={countries}
          value={customerCountry}
          onChange={setCustomerCountry}
          error={errors.customerCountry}
          searchable
          clearable
        />
        <Select
          label={t('pipeline.account')}
          placeholder={t('pipeline.noAccount')}
          data={(accounts.data?.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={accountId}
          onChange={setAccountId}
          error={errors.accountId}
          searchable
          clearable
        />
        <Group grow align="flex-start" gap="xs">
          <NumberInput
            label={t('pipeline.amount')}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={currencyDigits(currency)}
            thousandSeparator=","
            error={errors.amountMinor}
          />
          <Select
            label={t('pipeline.currency')}
            data={currencyCodes}
            value={currency}
            onChange={(v) => setCurrency(v ?? 'EUR')}
            error={errors.currency}
            searchable
            allowDeselect={false}
          />
        </Group>
        <TextInput
          label={t('pipeline.stage')}
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value)}
          error={errors.stage}
        />
        <Select
          label={t('pipeline.status')}
          data={statuses.map((s) => ({ value: s, label: t(`pipeline.statuses.${s}`) }))}
          value={status}
          onChange={(v) => setStatus((v as Status | null) ?? 'open')}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('pipeline.expectedClose')}
          value={expectedCloseDate}
          onChange={(e) => setClose(e.currentTarget.value)}
          error={errors.expectedCloseDate}
        />
        <MultiSelect
          label={t('pipeline.productLines')}
          data={lines}
          value={productLineIds}
          onChange={setLineIds}
          error={
            errors.productLineIds ??
            Object.entries(errors).find(([k]) => k.startsWith('productLineIds.'))?.[1]
          }
          searchable
        />
        <TextInput
          label={t('pipeline.owner')}
          value={ownerName}
          onChange={(e) => setOwnerName(e.currentTarget.value)}
          error={errors.ownerName}
        />
      </SimpleGrid>
    </SaveForm>
  );
}
