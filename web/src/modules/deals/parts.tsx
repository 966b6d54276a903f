import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../platform/i18n/format';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type ConflictLevel, type Deal, type DealStage, type DealState, dealKeys, decide } from './api';

const stateColor: Record<DealState, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'indigo',
  returned: 'orange',
  approved: 'teal',
  rejected: 'red',
  merged: 'grape',
  won: 'green',
  lost: 'dark',
  expired: 'gray',
};

export function StateBadge({ state }: { state: DealState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColor[state]} variant="light" style={{ flexShrink: 0 }} data-testid="deal-state">
      {t(`deals.states.${state}`)}
    </Badge>
  );
}

export function StageBadge({ stage }: { stage: DealStage }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" data-testid="deal-stage">
      {t(`deals.stages.${stage}`)}
    </Badge>
  );
}

/** Nothing for "none": the badge is there to catch the eye. */
export function ConflictBadge({ level }: { level: ConflictLevel }) {
  const { t } = useTranslation();
  if (level === 'none') return null;
  return (
    <Badge
      color={level === 'conflict' ? 'red' : 'yellow'}
      variant="light"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      data-testid="deal-conflict"
    >
      {t(`deals.conflictLevels.${level}`)}
    </Badge>
  );
}

/** A duration in days / hours / minutes ("2 d 4 h"), for SLA timers and protection countdowns. */
export function useDuration() {
  const fmt = useFormat();
  return (ms: number) => {
    const abs = Math.abs(ms);
    const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
      new Intl.NumberFormat(fmt.locale, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
    const days = Math.floor(abs / 86_400_000);
    const hours = Math.floor((abs % 86_400_000) / 3_600_000);
    const minutes = Math.floor((abs % 3_600_000) / 60_000);
    if (days > 0) return `${unit(days, 'day')} ${unit(hours, 'hour')}`;
    if (hours > 0) return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
    return unit(minutes, 'minute');
  };
}

/** Re-renders every `ms` so countdowns stay current. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Time left until the review is due: red once overdue. */
export function SlaTimer({ dueAt }: { dueAt: string | null }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const now = useNow();
  if (!dueAt)
    return (
      <Text size="sm" c="dimmed">
        {t('deals.review.noSla')}
      </Text>
    );
  const left = new Date(dueAt).getTime() - now;
  const overdue = left < 0;
  return (
    <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined} data-testid="sla-timer">
      {overdue
        ? t('deals.review.overdue', { time: duration(left) })
        : t('deals.review.left', { time: duration(left) })}
    </Text>
  );
}

/** Protection end date with the days left (or "ended"). */
export function ProtectionEnd({ deal, compact = false }: { deal: Deal; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow(60_000);
  if (!deal.protectionEndsAt)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const left = new Date(deal.protectionEndsAt).getTime() - now;
  const days = Math.ceil(left / 86_400_000);
  return (
    <Stack gap={0}>
      <Text size="sm">{fmt.date(deal.protectionEndsAt)}</Text>
      {compact ? null : (
        <Text
          size="xs"
          c={left <= 0 ? 'red.8' : days <= 14 ? 'orange.9' : 'dimmed'}
          data-testid="protection-left"
        >
          {left <= 0 ? t('deals.page.protectionOver') : t('deals.page.protectionLeft', { days })}
        </Text>
      )}
    </Stack>
  );
}

export function LineItemsTable({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (deal.lineItems.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('deals.form.noProducts')}
      </Text>
    );
  return (
    // No horizontal scroller: four short columns fit a phone, and a scroller would need focus (axe).
    <Table data-testid="deal-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('deals.fields.product')}</Table.Th>
          <Table.Th ta="right">{t('deals.fields.quantity')}</Table.Th>
          <Table.Th ta="right">{t('deals.fields.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('deals.fields.lineTotal')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deal.lineItems.map((l) => (
          <Table.Tr key={l.productId}>
            <Table.Td>{l.productName}</Table.Td>
            <Table.Td ta="right">{fmt.number(l.quantity)}</Table.Td>
            <Table.Td ta="right">{fmt.money(l.unitPriceMinor, deal.currency)}</Table.Td>
            <Table.Td ta="right">{fmt.money(l.unitPriceMinor * l.quantity, deal.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export type DecisionKind = 'approve' | 'reject' | 'return' | 'start_review';

/**
 * A staff decision with its reason (required to reject or return; the partner is told it).
 * Refreshes every deal list and the deal itself when done.
 */
export function DecisionDialog({
  deal,
  kind,
  onClose,
  onDone,
}: {
  deal: Pick<Deal, 'id' | 'title'>;
  kind: DecisionKind | null;
  onClose: () => void;
  onDone?: (updated: Deal) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (k: DecisionKind) =>
      decide(deal.id, { decision: k, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(dealKeys.detail(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: dealKeys.all });
      setReason('');
      onDone?.(updated);
      onClose();
    },
  });
  const needsReason = kind === 'reject' || kind === 'return';
  const title =
    kind === 'reject'
      ? t('deals.decision.rejectTitle')
      : kind === 'return'
        ? t('deals.decision.returnTitle')
        : t('deals.decision.approveTitle');
  const confirm = kind ? t(`deals.decision.${kind === 'start_review' ? 'startReview' : kind}`) : '';
  const errors = fieldErrorsOf(mutation.error);
  return (
    <Modal
      opened={kind !== null}
      onClose={() => {
        mutation.reset();
        setMissing(false);
        onClose();
      }}
      title={title}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!kind) return;
          if (needsReason && !reason.trim()) {
            setMissing(true);
            return;
          }
          mutation.mutate(kind);
        }}
      >
        <Stack>
          <Text size="sm" fw={600}>
            {deal.title}
          </Text>
          <Textarea
            label={t('deals.fields.reason')}
            description={t('deals.decision.reasonHelp')}
            required={needsReason}
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('deals.decision.reasonRequired') : errors.reason}
            data-autofocus
            data-testid="decision-reason"
          />
          <ProblemAlert error={Object.keys(errors).length ? null : mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={kind === 'reject' ? 'red' : undefined}
              loading={mutation.isPending}
              data-testid="decision-confirm"
            >
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Start review / approve / reject / return, as fits the state; `compact` for queue rows. */
export function DecisionButtons({
  deal,
  onPick,
  compact = false,
}: {
  deal: Deal;
  onPick: (kind: DecisionKind) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const size = compact ? 'xs' : 'sm';
  const pending = deal.state === 'submitted' || deal.state === 'under_review';
  if (!pending) return null;
  const blocked = deal.conflict.status === 'open' && deal.conflict.level === 'conflict';
  return (
    <Group gap="xs" wrap={compact ? 'nowrap' : 'wrap'} data-testid="decision-buttons">
      {deal.state === 'submitted' && !compact ? (
        <Button size={size} variant="default" onClick={() => onPick('start_review')}>
          {t('deals.decision.startReview')}
        </Button>
      ) : null}
      {blocked ? null : (
        <Button size={size} onClick={() => onPick('approve')} data-testid="decide-approve">
          {t('deals.decision.approve')}
        </Button>
      )}
      <Button size={size} variant="default" onClick={() => onPick('return')} data-testid="decide-return">
        {t('deals.decision.return')}
      </Button>
      <Button size={size} variant="default" onClick={() => onPick('reject')} data-testid="decide-reject">
        {t('deals.decision.reject')}
      </Button>
    </Group>
  );
}
