import { Alert, Badge, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Formatters, useFormat } from '../../platform/i18n/format';
import { FactsTable } from '../../platform/ui/facts';
import { QueryState } from '../../platform/ui/QueryState';
import { type ConditionProgress, decisionsQuery, metrics, type PartnerTier } from './api';

const opSign: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** A metric's name: built-in ones translated, `custom:<key>` shown by its key. */
export function metricName(t: TFunction, metric: string): string {
  return (metrics as readonly string[]).includes(metric)
    ? t(`tiers.metrics.${metric as (typeof metrics)[number]}`)
    : metric.replace(/^custom:/, '');
}

const value = (fmt: Formatters, n: number) => fmt.number(Math.round(n * 100) / 100);

/** One condition with a progress bar: value / threshold, full when met. */
export function ConditionBar({ c }: { c: ConditionProgress }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = t('tiers.conditionText', {
    metric: metricName(t, c.metric),
    operator: opSign[c.operator] ?? c.operator,
    threshold: value(fmt, c.threshold),
  });
  return (
    <Stack gap={4} data-testid="tier-condition">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c={c.passed ? 'green' : 'dimmed'}>
          {c.actual === null
            ? t('tiers.notReported')
            : t('tiers.actualOf', { actual: value(fmt, c.actual), threshold: value(fmt, c.threshold) })}
        </Text>
      </Group>
      <Progress
        value={Math.round(c.progress * 100)}
        color={c.passed ? 'green' : 'blue'}
        aria-label={label}
        size="lg"
        radius="sm"
      />
    </Stack>
  );
}

/** Current tier, benefits, the explanation and a pending demotion. */
export function TierOverview({ tier }: { tier: PartnerTier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const b = tier.tier;
  return (
    <Card withBorder data-testid="tier-overview">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('tiers.current')}
            </Text>
            <Title order={2} size="h3" data-testid="tier-name">
              {b?.name ?? t('tiers.noneQualified')}
            </Title>
          </Stack>
          <Stack gap={2} align="flex-end">
            {tier.since ? (
              <Text size="sm" c="dimmed">
                {t('tiers.since', { date: fmt.date(tier.since) })}
              </Text>
            ) : null}
            {tier.evaluatedAt ? (
              <Text size="xs" c="dimmed">
                {t('tiers.evaluated', { date: fmt.dateTime(tier.evaluatedAt) })}
              </Text>
            ) : null}
          </Stack>
        </Group>
        {tier.pendingDemotion ? (
          <Alert color="orange" data-testid="tier-pending">
            {tier.pendingDemotion.to
              ? t('tiers.pending', {
                  tier: tier.pendingDemotion.to.name,
                  date: fmt.date(tier.pendingDemotion.dueAt),
                })
              : t('tiers.pendingNone', { date: fmt.date(tier.pendingDemotion.dueAt) })}
          </Alert>
        ) : null}
        {tier.explanation ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('tiers.why')}
            </Text>
            <Text size="sm" data-testid="tier-explanation">
              {tier.explanation}
            </Text>
          </Stack>
        ) : null}
        {b ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('tiers.benefits')}
            </Text>
            <FactsTable
              facts={[
                [t('tiers.discount'), t('tiers.pct', { n: b.discountPct })],
                [t('tiers.rebate'), t('tiers.pct', { n: b.rebatePct })],
                [t('tiers.mdf'), b.mdfEligible ? t('tiers.mdfYes') : t('tiers.mdfNo')],
                [t('tiers.leadPriority'), fmt.number(b.leadPriority)],
              ]}
            />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The next tier's conditions, one progress bar each. */
export function NextTier({ tier }: { tier: PartnerTier }) {
  const { t } = useTranslation();
  if (!tier.next) {
    return tier.tier ? (
      <Text c="dimmed" size="sm">
        {t('tiers.topTier')}
      </Text>
    ) : null;
  }
  const root = tier.next.criteria as { type?: string; op?: string } | null;
  return (
    <Card withBorder data-testid="tier-next">
      <Stack>
        <Title order={2} size="h4">
          {t('tiers.next', { name: tier.next.name })}
        </Title>
        {root?.type === 'group' && root.op === 'or' ? (
          <Text size="sm" c="dimmed">
            {t('tiers.anyOf')}
          </Text>
        ) : null}
        {tier.next.conditions.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id; their order is the tree's
          <ConditionBar key={i} c={c} />
        ))}
      </Stack>
    </Card>
  );
}

export function DecisionHistory({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useQuery(decisionsQuery(partnerId));
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('tiers.history')}
      </Title>
      <QueryState
        query={query}
        isEmpty={(d) => d.data.length === 0}
        empty={{ title: t('tiers.noHistory'), description: '' }}
        rows={3}
      >
        {(page) => (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="tier-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tiers.decidedAt')}</Table.Th>
                  <Table.Th>{t('tiers.change')}</Table.Th>
                  <Table.Th>{t('tiers.explanation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(d.decidedAt)}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Badge
                          variant="light"
                          color={
                            d.kind === 'promoted' ? 'green' : d.kind.startsWith('demot') ? 'orange' : 'gray'
                          }
                        >
                          {t(`tiers.kinds.${d.kind}`)}
                        </Badge>
                        <Text size="xs">
                          {d.fromTier?.name ?? '—'} → {d.toTier?.name ?? '—'}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.explanation}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
