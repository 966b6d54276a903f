import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat, zonedMidnightToIso } from '../../platform/i18n/format';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { AnchorLink } from '../../platform/ui/links';
import { currencyCodes, currencyDigits, toMinor } from '../../platform/ui/money';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { PartnerPicker } from '../partners/PartnerPicker';
import {
  cosellKeys,
  manualTouchpointKinds,
  marketplaces,
  type TouchpointKind,
  type TouchpointQuery,
  touchpointKinds,
} from './api';
import { isStaff } from './parts';

const kindColor: Partial<Record<TouchpointKind, string>> = {
  registration: 'blue',
  cosell_activity: 'grape',
  marketplace_transaction: 'orange',
  meeting: 'teal',
};

/** Every recorded partner interaction (staff: all partners; a partner: its own), with CSV export. */
export function TouchpointsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const staff = isStaff(me);
  const [kind, setKind] = useState<TouchpointKind | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [recording, setRecording] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const filters: TouchpointQuery = {
    ...(kind ? { 'filter[kind]': kind } : {}),
    ...(partnerId ? { 'filter[partner]': partnerId } : {}),
    ...(from ? { 'filter[from]': zonedMidnightToIso(from, fmt.timeZone) } : {}),
    ...(to ? { 'filter[to]': zonedMidnightToIso(nextDay(to), fmt.timeZone) } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...cosellKeys.touchpoints, 'page'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/touchpoints', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <>
      <PageHeader
        title={t('cosell.touchpoints.title')}
        description={t('cosell.touchpoints.description')}
        actions={
          <>
            <ExportCsvButton
              path="/api/v1/touchpoints"
              query={filters}
              filename="touchpoints"
              onError={setExportError}
            />
            {can(me, 'cosell.write') ? (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setRecording(true)}
                data-testid="touchpoint-new"
              >
                {t('cosell.touchpoints.record')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="sm">
        <ProblemAlert error={exportError} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: staff ? 4 : 3 }}>
          <Select
            label={t('cosell.touchpoints.kind')}
            placeholder={t('cosell.touchpoints.anyKind')}
            data={touchpointKinds.map((k) => ({ value: k, label: t(`cosell.touchpoints.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as TouchpointKind | null)}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="touchpoint-kind-filter"
          />
          {staff ? (
            <PartnerPicker
              label={t('cosell.touchpoints.partner')}
              value={partnerId}
              onChange={setPartnerId}
            />
          ) : null}
          <TextInput
            type="date"
            label={t('cosell.touchpoints.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('cosell.touchpoints.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </SimpleGrid>
        <PagedTable
          query={query}
          pages={pages}
          testId="touchpoints"
          empty={{
            title: t('cosell.touchpoints.emptyTitle'),
            description: t('cosell.touchpoints.empty'),
            icon: <IconRoute size={28} />,
          }}
          head={
            <>
              <Table.Th>{t('cosell.touchpoints.occurredAt')}</Table.Th>
              {staff ? <Table.Th>{t('cosell.touchpoints.partner')}</Table.Th> : null}
              <Table.Th>{t('cosell.touchpoints.kind')}</Table.Th>
              <Table.Th>{t('cosell.touchpoints.deal')}</Table.Th>
              <Table.Th>{t('cosell.touchpoints.note')}</Table.Th>
              <Table.Th>{t('cosell.touchpoints.source')}</Table.Th>
            </>
          }
        >
          {(tp) => {
            const data = tp.data as { marketplace?: string; amountMinor?: number; currency?: string };
            return (
              <Table.Tr key={tp.id}>
                <Table.Td>{fmt.dateTime(tp.occurredAt)}</Table.Td>
                {staff ? <Table.Td>{tp.partnerName}</Table.Td> : null}
                <Table.Td>
                  <Badge variant="light" color={kindColor[tp.kind] ?? 'gray'}>
                    {t(`cosell.touchpoints.kinds.${tp.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {tp.dealId ? (
                    <AnchorLink to="/deals/$dealId" params={{ dealId: tp.dealId }} size="sm">
                      {tp.dealId.slice(0, 12)}…
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{tp.note}</Text>
                  {tp.kind === 'marketplace_transaction' &&
                  data.currency &&
                  typeof data.amountMinor === 'number' ? (
                    <Text size="xs" c="dimmed">
                      {data.marketplace ? `${data.marketplace.toUpperCase()} · ` : ''}
                      {fmt.money(data.amountMinor, data.currency)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{t(`cosell.touchpoints.sources.${tp.source}`)}</Table.Td>
              </Table.Tr>
            );
          }}
        </PagedTable>
      </Stack>
      {recording ? <RecordDialog onClose={() => setRecording(false)} /> : null}
    </>
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "2026-11-24T14:30" (datetime-local in the browser's zone) → ISO instant. */
function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function RecordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me);
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<(typeof manualTouchpointKinds)[number]>('meeting');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [occurredAt, setOccurredAt] = useState('');
  const [note, setNote] = useState('');
  const [marketplace, setMarketplace] = useState<(typeof marketplaces)[number]>('aws');
  const [offerId, setOfferId] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('USD');
  const save = useMutation({
    mutationFn: () => {
      const at = localToIso(occurredAt);
      return unwrap(
        api.POST('/api/v1/touchpoints', {
          body: {
            kind,
            ...(staff && partnerId ? { partnerId } : {}),
            ...(at ? { occurredAt: at } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(kind === 'marketplace_transaction'
              ? {
                  data: {
                    marketplace,
                    ...(offerId.trim() ? { offerId: offerId.trim() } : {}),
                    amountMinor: toMinor(Number(amount) || 0, currency),
                    currency,
                  },
                }
              : {}),
          },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: cosellKeys.touchpoints });
      onClose();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('cosell.touchpoints.recordTitle')} centered>
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('cosell.touchpoints.kind')}
            data={manualTouchpointKinds.map((k) => ({ value: k, label: t(`cosell.touchpoints.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as typeof kind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="touchpoint-kind"
          />
          {staff ? (
            <PartnerPicker
              label={t('cosell.touchpoints.partner')}
              value={partnerId}
              onChange={setPartnerId}
              required
              error={errors.partnerId}
            />
          ) : null}
          <TextInput
            type="datetime-local"
            label={t('cosell.touchpoints.occurredAt')}
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
            error={errors.occurredAt}
          />
          {kind === 'marketplace_transaction' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('cosell.touchpoints.marketplace')}
                data={marketplaces.map((m) => ({
                  value: m,
                  label: t(`cosell.touchpoints.marketplaces.${m}`),
                }))}
                value={marketplace}
                onChange={(v) => v && setMarketplace(v as typeof marketplace)}
                allowDeselect={false}
                error={errors['data.marketplace']}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                label={t('cosell.touchpoints.offerId')}
                maxLength={200}
                value={offerId}
                onChange={(e) => setOfferId(e.currentTarget.value)}
              />
              <NumberInput
                label={t('cosell.touchpoints.amount')}
                min={0}
                decimalScale={currencyDigits(currency)}
                thousandSeparator
                required
                value={amount}
                onChange={setAmount}
                error={errors['data.amountMinor']}
              />
              <Select
                label={t('cosell.touchpoints.currency')}
                data={currencyCodes}
                value={currency}
                onChange={(v) => v && setCurrency(v)}
                searchable
                allowDeselect={false}
                error={errors['data.currency']}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
          ) : null}
          <Textarea
            label={t('cosell.touchpoints.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={staff && !partnerId}
              data-testid="touchpoint-save"
            >
              {t('cosell.touchpoints.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
