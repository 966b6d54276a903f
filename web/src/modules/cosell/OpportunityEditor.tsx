import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconThumbDown, IconTrash, IconTrophy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { currencyCodes, currencyDigits, fromMinor, toMinor } from '../../platform/ui/money';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type Deal, type DealStage, dealKeys, dealStages, productSearchQuery } from '../deals/api';
import { cosellKeys } from './api';
import { isStaff, SectionTitle } from './parts';

/**
 * The shared opportunity fields (stage, amount, close date, next steps) that vendor and partner
 * reps keep current once a registration is approved; staff close the deal as won or lost.
 */
export function OpportunityEditor({ deal }: { deal: Deal; dealId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const writable = deal.state === 'approved' && can(me, 'cosell.write');
  const staffCloses = writable && isStaff(me);
  const [stage, setStage] = useState<DealStage>(deal.stage);
  const [currency, setCurrency] = useState(deal.currency);
  const [amount, setAmount] = useState<number | string>(fromMinor(deal.amountMinor, deal.currency));
  const [closeDate, setCloseDate] = useState(deal.expectedCloseDate ?? '');
  const [nextSteps, setNextSteps] = useState(deal.nextSteps);
  const [closing, setClosing] = useState<'won' | 'lost' | null>(null);
  const [items, setItems] = useState<Item[]>(() =>
    deal.lineItems.map((li, i) => ({
      key: i,
      productId: li.productId,
      quantity: li.quantity,
      name: li.productName,
    })),
  );
  const [itemsDirty, setItemsDirty] = useState(false);
  const [amountDirty, setAmountDirty] = useState(false);
  const editItems = (next: Item[]) => {
    setItems(next);
    setItemsDirty(true);
  };

  const refresh = async (updated: Deal) => {
    queryClient.setQueryData(dealKeys.detail(updated.id), updated);
    await queryClient.invalidateQueries({ queryKey: dealKeys.lists });
    await queryClient.invalidateQueries({ queryKey: cosellKeys.activities(updated.id) });
  };
  const save = useMutation({
    mutationFn: () => {
      const amountMinor = toMinor(Number(amount) || 0, currency);
      return unwrap(
        api.PATCH('/api/v1/deals/{dealId}/opportunity', {
          params: { path: { dealId: deal.id }, header: ifMatch(deal.version) },
          body: {
            ...(stage !== deal.stage ? { stage } : {}),
            ...(currency !== deal.currency ? { currency } : {}),
            ...((amountDirty && amountMinor !== deal.amountMinor) ||
            (!itemsDirty && currency !== deal.currency)
              ? { amountMinor }
              : {}),
            ...(itemsDirty
              ? {
                  lineItems: items
                    .filter((i) => i.productId)
                    .map((i) => ({
                      productId: i.productId,
                      quantity: Math.max(1, Math.round(Number(i.quantity) || 1)),
                    })),
                }
              : {}),
            ...((closeDate || null) !== deal.expectedCloseDate
              ? { expectedCloseDate: closeDate || null }
              : {}),
            ...(nextSteps !== deal.nextSteps ? { nextSteps } : {}),
          },
        }),
      );
    },
    onSuccess: async (updated) => {
      setAmount(fromMinor(updated.amountMinor, updated.currency));
      setItemsDirty(false);
      setAmountDirty(false);
      await refresh(updated);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Stack gap="md">
      <SectionTitle
        actions={
          staffCloses ? (
            <Group gap="xs">
              <Button
                leftSection={<IconTrophy size={16} />}
                onClick={() => setClosing('won')}
                data-testid="close-won"
              >
                {t('cosell.opportunity.won')}
              </Button>
              <Button
                color="red"
                variant="light"
                leftSection={<IconThumbDown size={16} />}
                onClick={() => setClosing('lost')}
                data-testid="close-lost"
              >
                {t('cosell.opportunity.lost')}
              </Button>
            </Group>
          ) : null
        }
      >
        {t('cosell.opportunity.title')}
      </SectionTitle>
      {deal.closedAt && (deal.state === 'won' || deal.state === 'lost') ? (
        <Alert variant="light" color={deal.state === 'won' ? 'teal' : 'gray'}>
          {t('cosell.opportunity.closed', {
            state: t(`deals.states.${deal.state}`),
            date: fmt.date(deal.closedAt),
          })}
        </Alert>
      ) : deal.state !== 'approved' ? (
        <Alert variant="light" color="gray">
          {t('cosell.opportunity.readOnly')}
        </Alert>
      ) : null}
      <form onSubmit={submit} data-testid="opportunity-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('cosell.opportunity.stage')}
              data={dealStages.map((s) => ({ value: s, label: t(`deals.stages.${s}`) }))}
              value={stage}
              onChange={(v) => v && setStage(v as DealStage)}
              allowDeselect={false}
              disabled={!writable}
              error={errors.stage}
              comboboxProps={{ withinPortal: true }}
              data-testid="opportunity-stage"
            />
            <TextInput
              type="date"
              label={t('cosell.opportunity.closeDate')}
              value={closeDate}
              onChange={(e) => setCloseDate(e.currentTarget.value)}
              disabled={!writable}
              error={errors.expectedCloseDate}
            />
            <NumberInput
              label={t('cosell.opportunity.amount')}
              min={0}
              decimalScale={currencyDigits(currency)}
              thousandSeparator
              value={amount}
              onChange={(v) => {
                setAmount(v);
                setAmountDirty(true);
              }}
              disabled={!writable}
              error={errors.amountMinor}
              data-testid="opportunity-amount"
            />
            <Select
              label={t('cosell.opportunity.currency')}
              data={currencyCodes}
              value={currency}
              onChange={(v) => v && setCurrency(v)}
              searchable
              allowDeselect={false}
              disabled={!writable}
              error={errors.currency}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <LineItemsEditor
            items={items}
            onChange={editItems}
            disabled={!writable}
            currency={deal.currency}
            prices={deal.lineItems}
            errors={errors}
          />
          <Textarea
            label={t('cosell.opportunity.nextSteps')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            value={nextSteps}
            onChange={(e) => setNextSteps(e.currentTarget.value)}
            disabled={!writable}
            error={errors.nextSteps}
            data-testid="opportunity-next-steps"
          />
          <ProblemAlert error={save.error} />
          {writable ? (
            <Group justify="flex-end" gap="sm">
              {save.isSuccess ? (
                <Text size="sm" fw={500} role="status">
                  {t('cosell.opportunity.saved')}
                </Text>
              ) : null}
              <Button type="submit" loading={save.isPending} data-testid="opportunity-save">
                {t('cosell.opportunity.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      {closing ? (
        <CloseDialog
          deal={deal}
          outcome={closing}
          onClose={() => setClosing(null)}
          onClosed={async (updated) => {
            await refresh(updated);
            setClosing(null);
          }}
        />
      ) : null}
    </Stack>
  );
}

function CloseDialog({
  deal,
  outcome,
  onClose,
  onClosed,
}: {
  deal: Deal;
  outcome: 'won' | 'lost';
  onClose: () => void;
  onClosed: (deal: Deal) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState<number | string>(fromMinor(deal.amountMinor, deal.currency));
  const close = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/deals/{dealId}/close', {
          params: { path: { dealId: deal.id } },
          body: {
            outcome,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
            ...(outcome === 'won' ? { amountMinor: toMinor(Number(amount) || 0, deal.currency) } : {}),
          },
        }),
      ),
    onSuccess: onClosed,
  });
  const errors = fieldErrorsOf(close.error);
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        outcome === 'won' ? t('cosell.opportunity.closeWonTitle') : t('cosell.opportunity.closeLostTitle')
      }
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          close.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('cosell.opportunity.closeBody')}</Text>
          {outcome === 'won' ? (
            <NumberInput
              label={`${t('cosell.opportunity.finalAmount')} (${deal.currency})`}
              min={0}
              decimalScale={currencyDigits(deal.currency)}
              thousandSeparator
              value={amount}
              onChange={setAmount}
              error={errors.amountMinor}
            />
          ) : null}
          <Textarea
            label={t('cosell.opportunity.reason')}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-autofocus
          />
          <ProblemAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={outcome === 'won' ? undefined : 'red'}
              loading={close.isPending}
              data-testid="close-confirm"
            >
              {outcome === 'won' ? t('cosell.opportunity.confirmWon') : t('cosell.opportunity.confirmLost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Item = { key: number; productId: string; quantity: number | string; name: string };

/** The deal's products: pick from the active catalogue, set quantities; prices come from the list. */
function LineItemsEditor({
  items,
  onChange,
  disabled,
  currency,
  prices,
  errors,
}: {
  items: Item[];
  onChange: (items: Item[]) => void;
  disabled: boolean;
  currency: string;
  prices: Deal['lineItems'];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const products = useQuery({ ...productSearchQuery(''), enabled: !disabled });
  const options = [
    ...new Map(
      [
        ...items.filter((i) => i.productId).map((i) => [i.productId, i.name] as const),
        ...(products.data?.data ?? []).map((p) => [p.id, p.name] as const),
      ].map(([value, label]) => [value, { value, label }]),
    ).values(),
  ];
  const unit = (productId: string) => prices.find((p) => p.productId === productId)?.unitPriceMinor;
  const nextKey = () => items.reduce((m, i) => Math.max(m, i.key), 0) + 1;
  return (
    <Stack gap={6} data-testid="opportunity-products">
      <Text fw={500} size="sm">
        {t('cosell.opportunity.products')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cosell.opportunity.noProducts')}
        </Text>
      ) : null}
      {items.map((item, index) => {
        const price = unit(item.productId);
        return (
          <Group key={item.key} gap="xs" align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 1, minWidth: 0 }}
              label={t('cosell.opportunity.product', { n: index + 1 })}
              data={options}
              value={item.productId || null}
              onChange={(v, option) =>
                onChange(
                  items.map((i) =>
                    i.key === item.key ? { ...i, productId: v ?? '', name: option?.label ?? '' } : i,
                  ),
                )
              }
              searchable
              disabled={disabled}
              error={errors[`lineItems.${index}.productId`]}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              w={90}
              label={t('cosell.opportunity.quantity')}
              min={1}
              allowDecimal={false}
              value={item.quantity}
              onChange={(v) => onChange(items.map((i) => (i.key === item.key ? { ...i, quantity: v } : i)))}
              disabled={disabled}
              error={errors[`lineItems.${index}.quantity`]}
            />
            {price !== undefined ? (
              <Text size="sm" c="dimmed" pb={8} visibleFrom="sm">
                {fmt.money(price, currency)}
              </Text>
            ) : null}
            {disabled ? null : (
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('cosell.opportunity.removeProduct', { name: item.name || String(index + 1) })}
                onClick={() => onChange(items.filter((i) => i.key !== item.key))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {disabled ? null : (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...items, { key: nextKey(), productId: '', quantity: 1, name: '' }])}
            data-testid="opportunity-add-product"
          >
            {t('cosell.opportunity.addProduct')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
