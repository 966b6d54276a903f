import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { PartnerPicker } from '../partners/PartnerPicker';
import { type AccountPlanQuery, cosellKeys, type PlanStatus, planStatuses } from './api';
import { isStaff } from './parts';

export const statusColor: Record<PlanStatus, string> = { draft: 'gray', active: 'teal', closed: 'dark' };

/** Joint account plans: staff see and start all; a partner sees its own. */
export function AccountPlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const staff = isStaff(me);
  const create = staff && can(me, 'cosell.write');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters: AccountPlanQuery = {
    ...(debounced ? { q: debounced } : {}),
    ...(status ? { 'filter[status]': status } : {}),
    ...(partnerId ? { 'filter[partner]': partnerId } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...cosellKeys.plans, 'page'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/account-plans', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <>
      <PageHeader
        title={t('cosell.plans.title')}
        description={t('cosell.plans.description')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/account-plans"
              query={filters}
              filename="account-plans"
              onError={setExportError}
            />
            {create ? (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setCreating(true)}
                data-testid="plan-new"
              >
                {t('cosell.plans.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="sm">
        <ProblemAlert error={exportError} />
        <SimpleGrid cols={{ base: 1, sm: staff ? 3 : 2 }}>
          <TextInput
            label={t('cosell.plans.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Select
            label={t('cosell.plans.status')}
            placeholder={t('cosell.plans.anyStatus')}
            data={planStatuses.map((s) => ({ value: s, label: t(`cosell.plans.statuses.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as PlanStatus | null)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {staff ? (
            <PartnerPicker label={t('cosell.plans.partner')} value={partnerId} onChange={setPartnerId} />
          ) : null}
        </SimpleGrid>
        <PagedTable
          query={query}
          pages={pages}
          testId="account-plans"
          empty={{
            title: t('cosell.plans.emptyTitle'),
            description: t('cosell.plans.empty'),
            icon: <IconTargetArrow size={28} />,
          }}
          head={
            <>
              <Table.Th>{t('cosell.plans.planTitle')}</Table.Th>
              <Table.Th>{t('cosell.plans.account')}</Table.Th>
              {staff ? <Table.Th>{t('cosell.plans.partner')}</Table.Th> : null}
              <Table.Th>{t('cosell.plans.status')}</Table.Th>
              <Table.Th ta="right">{t('cosell.plans.goalsCount')}</Table.Th>
              <Table.Th ta="right">{t('cosell.plans.openActions')}</Table.Th>
              <Table.Th>{t('cosell.plans.updated')}</Table.Th>
            </>
          }
        >
          {(p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <AnchorLink to="/account-plans/$accountPlanId" params={{ accountPlanId: p.id }} size="sm">
                  {p.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{p.accountName}</Table.Td>
              {staff ? <Table.Td>{p.partnerName}</Table.Td> : null}
              <Table.Td>
                <Badge variant="light" color={statusColor[p.status]}>
                  {t(`cosell.plans.statuses.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{fmt.number(p.goalCount)}</Table.Td>
              <Table.Td ta="right">{fmt.number(p.openActionCount)}</Table.Td>
              <Table.Td>{fmt.date(p.updatedAt)}</Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
      {creating ? <NewPlanDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}

function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [accountSearch, setAccountSearch] = useState('');
  const [debounced] = useDebouncedValue(accountSearch, 250);
  const accounts = useQuery({
    queryKey: ['pipeline', 'accounts', 'options', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts', {
          params: { query: { limit: 20, sort: 'name', ...(debounced ? { q: debounced } : {}) } },
        }),
      ),
  });
  const [accountId, setAccountId] = useState<string | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/account-plans', {
          body: { accountId: accountId ?? '', partnerId: partnerId ?? '', title },
        }),
      ),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: cosellKeys.plans });
      await navigate({ to: '/account-plans/$accountPlanId', params: { accountPlanId: plan.id } });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('cosell.plans.newTitle')} centered>
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('cosell.plans.account')}
            required
            searchable
            data={(accounts.data?.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={accountId}
            onChange={setAccountId}
            searchValue={accountSearch}
            onSearchChange={setAccountSearch}
            filter={({ options }) => options}
            nothingFoundMessage={accounts.isFetching ? t('common.loading') : t('common.nothingFound')}
            error={errors.accountId}
            comboboxProps={{ withinPortal: true }}
            data-testid="plan-account"
          />
          <PartnerPicker
            label={t('cosell.plans.partner')}
            value={partnerId}
            onChange={setPartnerId}
            required
            error={errors.partnerId}
          />
          <TextInput
            label={t('cosell.plans.planTitle')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            data-testid="plan-title"
          />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!accountId || !partnerId || !title.trim()}
              data-testid="plan-create"
            >
              {t('cosell.plans.create')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('cosell.plans.description')}
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}
