import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../platform/i18n/format';
import { type ConflictCandidate, type Deal, productLinesQuery } from './api';

/** Product line names by id (the catalogue's lines; unknown ids stay ids). */
export function useLineNames(): (id: string) => string {
  const lines = useQuery(productLinesQuery);
  const names = new Map((lines.data?.data ?? []).map((l) => [l.id, l.name]));
  return (id) => names.get(id) ?? id;
}

type Side = {
  heading: string;
  title: string;
  customerName: string;
  website: string | null;
  domain: string | null;
  country: string | null;
  partnerName: string | null;
  amountMinor: number;
  currency: string;
  products: string[];
  submittedAt: string | null;
  submissionSeq: number | null;
  /** The state or status, in the UI language. */
  state: string;
};

/** One side of a conflict, in the same rows as the other side so they read across. */
export function SideCard({ side, testId }: { side: Side; testId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows: [string, React.ReactNode][] = [
    [
      t('deals.fields.customer'),
      <Text key="c" size="sm" fw={600}>
        {side.customerName}
      </Text>,
    ],
    [t('deals.fields.website'), side.website ?? '—'],
    [t('deals.fields.domain'), side.domain ?? '—'],
    [t('deals.fields.country'), fmt.country(side.country) || '—'],
    [t('deals.fields.partner'), side.partnerName ?? t('deals.page.vendorPipeline')],
    [t('deals.fields.amount'), fmt.money(side.amountMinor, side.currency)],
    [t('deals.fields.products'), side.products.length ? side.products.join(', ') : '—'],
    [t('deals.fields.submitted'), side.submittedAt ? fmt.dateTime(side.submittedAt) : '—'],
    [t('deals.fields.sequence'), side.submissionSeq ?? '—'],
    [t('deals.fields.state'), side.state],
  ];
  return (
    <Paper withBorder p="sm" data-testid={testId} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {side.heading}
      </Text>
      <Title order={3} size="h5" mb="xs">
        {side.title}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={130} style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600}>
                  {k}
                </Text>
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm" component="div">
                  {v}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function DealSide({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  return (
    <SideCard
      testId="conflict-this"
      side={{
        heading: t('deals.conflicts.thisSide'),
        title: deal.title,
        customerName: deal.customer.name,
        website: deal.customer.website,
        domain: deal.customer.domain,
        country: deal.customer.country,
        partnerName: deal.partnerName,
        amountMinor: deal.amountMinor,
        currency: deal.currency,
        products: deal.lineItems.map((l) => l.productName),
        submittedAt: deal.submittedAt,
        submissionSeq: deal.submissionSeq,
        state: t(`deals.states.${deal.state}`),
      }}
    />
  );
}

export function CandidateSide({ candidate }: { candidate: ConflictCandidate }) {
  const { t } = useTranslation();
  const lineName = useLineNames();
  const o = candidate.other;
  return (
    <SideCard
      testId="conflict-other"
      side={{
        heading:
          candidate.kind === 'deal' ? t('deals.conflicts.otherSide') : t('deals.conflicts.opportunitySide'),
        title: o.title,
        customerName: o.customerName,
        website: o.website,
        domain: o.domain,
        country: o.country,
        partnerName: o.partnerName,
        amountMinor: o.amountMinor,
        currency: o.currency,
        products: o.productLineIds.map(lineName),
        submittedAt: o.submittedAt,
        submissionSeq: o.submissionSeq,
        // A registration's state, or a vendor opportunity's status (open / won / lost).
        state:
          candidate.kind === 'deal'
            ? t(`deals.states.${o.state as Deal['state']}`)
            : t(`pipeline.statuses.${o.state as 'open' | 'won' | 'lost'}`),
      }}
    />
  );
}

/** The signals that matched, each with its detail and weight, and the total score. */
export function EvidenceTable({ candidate }: { candidate: ConflictCandidate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs" data-testid="conflict-evidence" style={{ minWidth: 0 }}>
      <Group gap="xs">
        <Text size="sm" fw={700}>
          {t('deals.conflicts.evidence')}
        </Text>
        <Badge color={candidate.level === 'conflict' ? 'red' : 'yellow'} variant="light">
          {t(`deals.conflictLevels.${candidate.level}`)}
        </Badge>
        <Badge variant="outline" color="gray" data-testid="conflict-score">
          {t('deals.conflicts.score', { score: candidate.score })}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deals.conflicts.signal')}</Table.Th>
              <Table.Th>{t('deals.conflicts.detail')}</Table.Th>
              <Table.Th ta="right">{t('deals.conflicts.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidate.evidence.map((e) => (
              <Table.Tr key={`${e.signal}-${e.detail}`} data-testid="evidence-row">
                <Table.Td>{t(`deals.conflicts.signals.${e.signal}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.detail}</Table.Td>
                <Table.Td ta="right">{fmt.number(Math.round(e.value * 100) / 100)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
