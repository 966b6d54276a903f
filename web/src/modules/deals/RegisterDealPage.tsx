import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { useMe } from '../../platform/auth/session';
import { countryOptions } from '../../platform/i18n/countries';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmDialog } from '../../platform/ui/dialogs';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { PartnerPicker } from '../partners/PartnerPicker';
import {
  type CreateDealBody,
  currencyCodes,
  type Deal,
  dealKeys,
  dealQuery,
  dealStages,
  editableStates,
  fromMinor,
  type Product,
  productSearchQuery,
  toMinor,
} from './api';

type Line = {
  productId: string;
  productName: string;
  listPrices: Record<string, number>;
  quantity: number;
  /** Unit price typed by the user (decimal, in the deal's currency); null = the list price. */
  price: number | null;
};

type FormState = {
  partnerId: string | null;
  title: string;
  customer: { name: string; website: string; country: string | null };
  address: { line1: string; line2: string; city: string; region: string; postalCode: string };
  contact: { name: string; email: string; phone: string; title: string };
  lines: Line[];
  /** Decimal amount typed by the user; null = the line total. */
  amount: number | null;
  currency: string;
  expectedCloseDate: string;
  stage: Deal['stage'];
  notes: string;
};

const emptyState = (): FormState => ({
  partnerId: null,
  title: '',
  customer: { name: '', website: '', country: null },
  address: { line1: '', line2: '', city: '', region: '', postalCode: '' },
  contact: { name: '', email: '', phone: '', title: '' },
  lines: [],
  amount: null,
  currency: 'EUR',
  expectedCloseDate: '',
  stage: 'prospecting',
  notes: '',
});

function stateOf(deal: Deal): FormState {
  const a = deal.customer.address;
  const c = deal.contact;
  const lineTotal = deal.lineItems.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  return {
    partnerId: deal.partnerId,
    title: deal.title,
    customer: {
      name: deal.customer.name,
      website: deal.customer.website ?? '',
      country: deal.customer.country,
    },
    address: {
      line1: a.line1 ?? '',
      line2: a.line2 ?? '',
      city: a.city ?? '',
      region: a.region ?? '',
      postalCode: a.postalCode ?? '',
    },
    contact: { name: c.name ?? '', email: c.email ?? '', phone: c.phone ?? '', title: c.title ?? '' },
    lines: deal.lineItems.map((l) => ({
      productId: l.productId,
      productName: l.productName,
      listPrices: {},
      quantity: l.quantity,
      price: fromMinor(l.unitPriceMinor, deal.currency),
    })),
    amount:
      deal.amountMinor === lineTotal && deal.lineItems.length > 0
        ? null
        : fromMinor(deal.amountMinor, deal.currency),
    currency: deal.currency,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    stage: deal.stage,
    notes: deal.notes,
  };
}

/** Unit price in minor units: typed, else the list price in the currency, else unknown. */
const unitMinor = (l: Line, currency: string): number | null =>
  l.price !== null ? toMinor(l.price, currency) : (l.listPrices[currency] ?? null);

const trimmed = <T extends Record<string, string>>(o: T) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (v.trim()) out[k] = v.trim();
  return Object.keys(out).length ? out : undefined;
};

function toBody(s: FormState): Omit<CreateDealBody, 'submit' | 'partnerId'> {
  const address = trimmed(s.address);
  const contact = trimmed(s.contact);
  return {
    title: s.title.trim() || s.customer.name.trim(),
    customer: {
      name: s.customer.name.trim(),
      website: s.customer.website.trim() || null,
      country: s.customer.country,
      ...(address ? { address } : {}),
    },
    ...(contact ? { contact } : {}),
    lineItems: s.lines.map((l) => {
      const unit = unitMinor(l, s.currency);
      return {
        productId: l.productId,
        quantity: l.quantity,
        ...(unit !== null ? { unitPriceMinor: unit } : {}),
      };
    }),
    ...(s.amount !== null ? { amountMinor: toMinor(s.amount, s.currency) } : {}),
    currency: s.currency,
    expectedCloseDate: s.expectedCloseDate || null,
    stage: s.stage,
    notes: s.notes,
  };
}

const editRoute = getRouteApi('/app/deals/$dealId/edit');

/** Register a deal (partners; staff on a partner's behalf): save a draft or submit at once. */
export function RegisterDealPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const staff = me.current?.kind !== 'partner';
  const create = useMutation({
    mutationFn: ({ state, submit }: { state: FormState; submit: boolean }) =>
      unwrap(
        api.POST('/api/v1/deals', {
          body: {
            ...toBody(state),
            ...(staff && state.partnerId ? { partnerId: state.partnerId } : {}),
            submit,
          } as CreateDealBody,
        }),
      ),
    onSuccess: async (deal) => {
      queryClient.setQueryData(dealKeys.detail(deal.id), deal);
      await queryClient.invalidateQueries({ queryKey: dealKeys.lists });
      await navigate({ to: '/deals/$dealId', params: { dealId: deal.id } });
    },
  });
  return (
    <>
      <PageHeader title={t('deals.form.newTitle')} description={t('deals.form.newDescription')} />
      <DealForm
        initial={emptyState()}
        staff={staff}
        pending={create.isPending ? (create.variables?.submit ? 'submit' : 'draft') : null}
        error={create.error}
        onSave={(state, submit) => create.mutate({ state, submit })}
      />
    </>
  );
}

/** Edit a draft or a returned registration, then save or (re)submit it. */
export function EditDealPage() {
  const { dealId } = editRoute.useParams();
  const query = useQuery(dealQuery(dealId));
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <EditDeal deal={query.data} />;
}

function EditDeal({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [deleteOpen, deleteDialog] = useDisclosure(false);
  const save = useMutation({
    mutationFn: async ({ state, submit }: { state: FormState; submit: boolean }) => {
      const updated = await unwrap(
        api.PATCH('/api/v1/deals/{dealId}', {
          params: { path: { dealId: deal.id } },
          headers: ifMatch(deal.version),
          body: toBody(state),
        }),
      );
      if (!submit) return updated;
      return unwrap(api.POST('/api/v1/deals/{dealId}/submit', { params: { path: { dealId: deal.id } } }));
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(dealKeys.detail(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: dealKeys.all });
      await navigate({ to: '/deals/$dealId', params: { dealId: updated.id } });
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/deals/{dealId}', { params: { path: { dealId: deal.id } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: dealKeys.detail(deal.id) });
      await queryClient.invalidateQueries({ queryKey: dealKeys.all });
      await navigate({ to: '/deals' });
    },
  });
  const initial = useMemo(() => stateOf(deal), [deal]);
  const editable = editableStates.includes(deal.state);
  return (
    <>
      <PageHeader
        title={t('deals.form.editTitle')}
        description={
          <AnchorLink to="/deals/$dealId" params={{ dealId: deal.id }}>
            {deal.title}
          </AnchorLink>
        }
        actions={
          deal.state === 'draft' ? (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={deleteDialog.open}
            >
              {t('deals.form.delete')}
            </Button>
          ) : undefined
        }
      />
      {editable ? (
        <DealForm
          initial={initial}
          staff={me.current?.kind !== 'partner'}
          lockPartner
          partnerName={deal.partnerName}
          pending={save.isPending ? (save.variables?.submit ? 'submit' : 'draft') : null}
          error={save.error}
          onSave={(state, submit) => save.mutate({ state, submit })}
        />
      ) : (
        <Alert color="yellow">
          {t('deals.form.notEditable', { state: t(`deals.states.${deal.state}`) })}
        </Alert>
      )}
      <ConfirmDialog
        opened={deleteOpen}
        onClose={deleteDialog.close}
        title={t('deals.form.deleteTitle')}
        confirmLabel={t('common.delete')}
        onConfirm={() => remove.mutate()}
        pending={remove.isPending}
        error={remove.error}
      >
        <Text size="sm">{t('deals.form.deleteText', { title: deal.title })}</Text>
      </ConfirmDialog>
    </>
  );
}

function DealForm({
  initial,
  staff,
  lockPartner = false,
  partnerName,
  pending,
  error,
  onSave,
}: {
  initial: FormState;
  staff: boolean;
  lockPartner?: boolean;
  partnerName?: string;
  pending: 'draft' | 'submit' | null;
  error: unknown;
  onSave: (state: FormState, submit: boolean) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [s, setS] = useState<FormState>(initial);
  const [submitIntent, setSubmitIntent] = useState(false);
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const errors = fieldErrorsOf(error);
  const set = (patch: Partial<FormState>) => setS((prev) => ({ ...prev, ...patch }));
  const lineTotal = s.lines.reduce((sum, l) => sum + (unitMinor(l, s.currency) ?? 0) * l.quantity, 0);
  const amountShown = s.amount ?? fromMinor(lineTotal, s.currency);
  const digits = Math.max(0, Math.round(Math.log10(toMinor(1, s.currency))));
  const separators = useMemo(() => {
    const parts = new Intl.NumberFormat(fmt.locale).formatToParts(12345.6);
    return {
      thousandSeparator: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimalSeparator: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
  }, [fmt.locale]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSave(s, submitIntent);
  };
  const setLine = (i: number, patch: Partial<Line>) =>
    setS((prev) => ({ ...prev, lines: prev.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  return (
    <form onSubmit={submit} noValidate data-testid="deal-form">
      <Stack>
        {staff ? (
          <Fieldset legend={t('deals.form.onBehalf')}>
            {lockPartner ? (
              <Text size="sm">{partnerName}</Text>
            ) : (
              <PartnerPicker
                label={t('deals.fields.partner')}
                description={t('deals.form.onBehalfHelp')}
                value={s.partnerId}
                onChange={(v) => set({ partnerId: v })}
                required
                error={errors.partnerId}
              />
            )}
          </Fieldset>
        ) : null}
        <Fieldset legend={t('deals.form.customerSection')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('deals.fields.customer')}
                required
                value={s.customer.name}
                onChange={(e) => set({ customer: { ...s.customer, name: e.currentTarget.value } })}
                error={errors['customer.name']}
                data-testid="deal-customer-name"
              />
              <TextInput
                label={t('deals.fields.website')}
                placeholder="www.example.com"
                value={s.customer.website}
                onChange={(e) => set({ customer: { ...s.customer, website: e.currentTarget.value } })}
                error={errors['customer.website']}
                data-testid="deal-customer-website"
              />
              <Select
                label={t('deals.fields.country')}
                data={countries}
                searchable
                clearable
                value={s.customer.country}
                onChange={(v) => set({ customer: { ...s.customer, country: v } })}
                error={errors['customer.country']}
                comboboxProps={{ withinPortal: true }}
                data-testid="deal-customer-country"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {(['line1', 'line2', 'city', 'region', 'postalCode'] as const).map((k) => (
                <TextInput
                  key={k}
                  label={t(`deals.fields.${k}`)}
                  value={s.address[k]}
                  onChange={(e) => set({ address: { ...s.address, [k]: e.currentTarget.value } })}
                  error={errors[`customer.address.${k}`]}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('deals.fields.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('deals.fields.contactName')}
              value={s.contact.name}
              onChange={(e) => set({ contact: { ...s.contact, name: e.currentTarget.value } })}
              error={errors['contact.name']}
            />
            <TextInput
              label={t('deals.fields.contactTitle')}
              value={s.contact.title}
              onChange={(e) => set({ contact: { ...s.contact, title: e.currentTarget.value } })}
              error={errors['contact.title']}
            />
            <TextInput
              type="email"
              label={t('deals.fields.contactEmail')}
              value={s.contact.email}
              onChange={(e) => set({ contact: { ...s.contact, email: e.currentTarget.value } })}
              error={errors['contact.email']}
              data-testid="deal-contact-email"
            />
            <TextInput
              type="tel"
              label={t('deals.fields.contactPhone')}
              value={s.contact.phone}
              onChange={(e) => set({ contact: { ...s.contact, phone: e.currentTarget.value } })}
              error={errors['contact.phone']}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('deals.form.productsSection')}>
          <Stack gap="sm">
            <ProductPicker
              exclude={s.lines.map((l) => l.productId)}
              onPick={(p) =>
                set({
                  lines: [
                    ...s.lines,
                    {
                      productId: p.id,
                      productName: p.name,
                      listPrices: p.listPrices,
                      quantity: 1,
                      price: null,
                    },
                  ],
                })
              }
              error={errors.lineItems}
            />
            {s.lines.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('deals.form.noProducts')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table data-testid="deal-form-lines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('deals.fields.product')}</Table.Th>
                      <Table.Th w={120}>{t('deals.fields.quantity')}</Table.Th>
                      <Table.Th w={170}>{t('deals.fields.unitPrice')}</Table.Th>
                      <Table.Th ta="right">{t('deals.fields.lineTotal')}</Table.Th>
                      <Table.Th w={48}>
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.lines.map((l, i) => {
                      const unit = unitMinor(l, s.currency);
                      return (
                        <Table.Tr key={l.productId} data-testid="deal-form-line">
                          <Table.Td>{l.productName}</Table.Td>
                          <Table.Td>
                            <NumberInput
                              aria-label={`${t('deals.fields.quantity')}: ${l.productName}`}
                              min={1}
                              allowDecimal={false}
                              value={l.quantity}
                              onChange={(v) => setLine(i, { quantity: Math.max(1, Number(v) || 1) })}
                              error={errors[`lineItems.${i}.quantity`]}
                            />
                          </Table.Td>
                          <Table.Td>
                            <NumberInput
                              aria-label={`${t('deals.fields.unitPrice')}: ${l.productName}`}
                              min={0}
                              decimalScale={digits}
                              {...separators}
                              value={l.price ?? (unit !== null ? fromMinor(unit, s.currency) : '')}
                              onChange={(v) => setLine(i, { price: v === '' ? null : Number(v) })}
                              description={
                                unit === null
                                  ? t('deals.form.listPriceMissing', { currency: s.currency })
                                  : undefined
                              }
                              error={errors[`lineItems.${i}.unitPriceMinor`]}
                            />
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {unit !== null ? fmt.money(unit * l.quantity, s.currency) : '—'}
                          </Table.Td>
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('deals.form.removeLine', { name: l.productName })}
                              onClick={() => set({ lines: s.lines.filter((_, j) => j !== i) })}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('deals.form.dealSection')}>
          <Stack gap="sm">
            <TextInput
              label={t('deals.fields.title')}
              placeholder={s.customer.name}
              value={s.title}
              onChange={(e) => set({ title: e.currentTarget.value })}
              error={errors.title}
              data-testid="deal-title"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('deals.fields.currency')}
                data={currencyCodes}
                searchable
                allowDeselect={false}
                value={s.currency}
                onChange={(v) => v && set({ currency: v })}
                error={errors.currency}
                comboboxProps={{ withinPortal: true }}
                data-testid="deal-currency"
              />
              <NumberInput
                label={t('deals.fields.amount')}
                description={t('deals.form.amountHelp')}
                min={0}
                decimalScale={digits}
                fixedDecimalScale
                {...separators}
                value={amountShown}
                onChange={(v) => set({ amount: v === '' ? null : Number(v) })}
                error={errors.amountMinor}
                rightSectionWidth={0}
                data-testid="deal-amount"
              />
              <TextInput
                type="date"
                label={t('deals.fields.closeDate')}
                value={s.expectedCloseDate}
                onChange={(e) => set({ expectedCloseDate: e.currentTarget.value })}
                error={errors.expectedCloseDate}
                data-testid="deal-close-date"
              />
            </SimpleGrid>
            {s.amount !== null && s.lines.length > 0 ? (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('deals.form.linesTotal', { amount: fmt.money(lineTotal, s.currency) })}
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={() => set({ amount: null })}>
                  {t('deals.form.useTotal')}
                </Button>
              </Group>
            ) : null}
            <Select
              label={t('deals.fields.stage')}
              data={dealStages.map((v) => ({ value: v, label: t(`deals.stages.${v}`) }))}
              allowDeselect={false}
              value={s.stage}
              onChange={(v) => v && set({ stage: v as Deal['stage'] })}
              error={errors.stage}
              w={{ base: '100%', sm: 260 }}
              data-testid="deal-stage-select"
            />
            <Textarea
              label={t('deals.fields.notes')}
              autosize
              minRows={3}
              value={s.notes}
              onChange={(e) => set({ notes: e.currentTarget.value })}
              error={errors.notes}
            />
          </Stack>
        </Fieldset>
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            loading={pending === 'draft'}
            disabled={pending !== null}
            onClick={() => setSubmitIntent(false)}
            data-testid="deal-save-draft"
          >
            {t('deals.form.saveDraft')}
          </Button>
          <Button
            type="submit"
            loading={pending === 'submit'}
            disabled={pending !== null}
            onClick={() => setSubmitIntent(true)}
            data-testid="deal-submit"
          >
            {t('deals.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Searches the catalogue (active products) and adds the picked one as a line. */
function ProductPicker({
  exclude,
  onPick,
  error,
}: {
  exclude: string[];
  onPick: (p: Product) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const list = useQuery(productSearchQuery(debounced));
  const products = (list.data?.data ?? []).filter((p) => !exclude.includes(p.id));
  const options = products.map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }));
  return (
    <Select
      label={t('deals.form.addProduct')}
      placeholder={t('deals.form.pickProduct')}
      searchable
      data={options}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(v) => {
        const p = products.find((x) => x.id === v);
        if (p) {
          onPick(p);
          setSearch('');
        }
      }}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid="deal-product-picker"
    />
  );
}
