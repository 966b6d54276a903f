import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconDownload,
  IconEdit,
  IconInfoCircle,
  IconSend,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable, JsonBlock } from '../../platform/ui/facts';
import { AnchorLink, ButtonLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock, QueryState } from '../../platform/ui/QueryState';
import { type Deal, dealConflictsQuery, dealKeys, dealQuery, editableStates, receiptQuery } from './api';
import { CandidateSide, EvidenceTable } from './ConflictParts';
import { ExtensionRequestButton } from './extensions/ExtensionRequestButton';
import {
  ConflictBadge,
  DecisionButtons,
  DecisionDialog,
  type DecisionKind,
  LineItemsTable,
  ProtectionEnd,
  StageBadge,
  StateBadge,
} from './parts';
import type { DealTab } from './routes';
import { Slot } from './slots';

const route = getRouteApi('/app/deals/$dealId');
/** States in which the vendor and the partner work the deal together. */
const coSellStates: readonly Deal['state'][] = ['approved', 'won', 'lost', 'expired'];

/**
 * One deal: its state, stage, amount and protection; what the partner must know about a
 * conflict (never with whom) and the decision with its reason; the evidence and the decision
 * buttons for staff; the co-selling sections and the signed receipt.
 */
export function DealPage() {
  const { dealId } = route.useParams();
  const query = useQuery(dealQuery(dealId));
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <DealView deal={query.data} />;
}

function DealView({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { tab } = route.useSearch();
  const staff = me.current?.kind !== 'partner';
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const mayRegister = can(me, 'deals.register');
  const ownsDeal = staff || me.current?.partnerId === deal.partnerId;
  const editable = mayRegister && ownsDeal && editableStates.includes(deal.state);
  const submit = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/deals/{dealId}/submit', { params: { path: { dealId: deal.id } } })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(dealKeys.detail(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: dealKeys.all });
    },
  });

  const coSell = coSellStates.includes(deal.state);
  const tabs: DealTab[] = ['overview', 'timeline', 'files'];
  if (coSell) tabs.push('participants', 'opportunity');
  if (deal.submittedAt && ownsDeal) tabs.push('receipt');
  const current = tab && tabs.includes(tab) ? tab : 'overview';
  const setTab = (value: string | null) =>
    void navigate({
      to: '/deals/$dealId',
      params: { dealId: deal.id },
      search: { tab: value && value !== 'overview' ? (value as DealTab) : undefined },
      replace: true,
    });

  return (
    <>
      <AnchorLink to="/deals" size="sm">
        ← {t('deals.page.back')}
      </AnchorLink>
      <PageHeader
        title={deal.title}
        description={
          <Group gap="xs" component="span">
            <StateBadge state={deal.state} />
            <StageBadge stage={deal.stage} />
            <ConflictBadge level={deal.conflict.level} />
          </Group>
        }
        actions={
          <>
            {editable ? (
              <ButtonLink
                variant="default"
                to="/deals/$dealId/edit"
                params={{ dealId: deal.id }}
                leftSection={<IconEdit size={16} />}
                data-testid="deal-edit"
              >
                {t('deals.page.edit')}
              </ButtonLink>
            ) : null}
            {editable ? (
              <Button
                leftSection={<IconSend size={16} />}
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                data-testid="deal-page-submit"
              >
                {t('deals.page.submit')}
              </Button>
            ) : null}
            {deal.state === 'approved' && ownsDeal && mayRegister ? (
              <ExtensionRequestButton dealId={deal.id} deal={deal} />
            ) : null}
          </>
        }
      />
      <ProblemAlert error={submit.error} />
      <Stack gap="md">
        <KeyFacts deal={deal} staff={staff} />
        {!staff ? <PartnerNotices deal={deal} /> : <Outcome deal={deal} />}
        {staff && can(me, 'deals.review') ? (
          <>
            <DecisionButtons deal={deal} onPick={setDecision} />
            {deal.conflict.status === 'open' && deal.conflict.level === 'conflict' ? (
              <Text size="sm" c="dimmed">
                {t('deals.decision.resolveInQueue')}
              </Text>
            ) : null}
            {deal.conflict.level !== 'none' && deal.submittedAt ? <StaffConflicts deal={deal} /> : null}
          </>
        ) : null}
        <Tabs value={current} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs.map((v) => (
              <Tabs.Tab key={v} value={v} data-testid={`deal-tab-${v}`}>
                {t(`deals.page.tabs.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview">
            <Overview deal={deal} staff={staff} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <Slot name="DealTimeline" deal={deal} />
          </Tabs.Panel>
          <Tabs.Panel value="files">
            <Slot name="DealFiles" deal={deal} />
          </Tabs.Panel>
          {coSell ? (
            <>
              <Tabs.Panel value="participants">
                <Slot name="DealParticipants" deal={deal} />
              </Tabs.Panel>
              <Tabs.Panel value="opportunity">
                <Slot name="OpportunityEditor" deal={deal} />
              </Tabs.Panel>
            </>
          ) : null}
          {tabs.includes('receipt') ? (
            <Tabs.Panel value="receipt">
              <ReceiptPanel deal={deal} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      </Stack>
      <DecisionDialog deal={deal} kind={decision} onClose={() => setDecision(null)} />
    </>
  );
}

function KeyFacts({ deal, staff }: { deal: Deal; staff: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{value}</div>
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {fact(
        t('deals.fields.amount'),
        <Text fw={600}>{fmt.money(deal.amountMinor, deal.currency)}</Text>,
        'deal-amount-fact',
      )}
      {fact(
        t('deals.fields.protectionEnds'),
        deal.protectionEndsAt ? (
          <ProtectionEnd deal={deal} />
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
        'deal-protection',
      )}
      {fact(
        t('deals.fields.customer'),
        <Text size="sm" fw={500}>
          {deal.customer.name}
        </Text>,
      )}
      {fact(
        staff ? t('deals.fields.partner') : t('deals.fields.submitted'),
        staff ? (
          <Text size="sm" data-testid="deal-partner">
            {deal.partnerName}
          </Text>
        ) : (
          <Text size="sm">
            {deal.submittedAt ? fmt.dateTime(deal.submittedAt) : t('deals.page.notSubmitted')}
          </Text>
        ),
      )}
    </SimpleGrid>
  );
}

/** What a partner must know: an open conflict (never with whom), then the decision and why. */
function PartnerNotices({ deal }: { deal: Deal }) {
  const { t, i18n } = useTranslation();
  const partnerId = useMe().current?.partnerId;
  return (
    <>
      {deal.conflict.status === 'open' && deal.conflict.level !== 'none' ? (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title={t('deals.page.conflictNoticeTitle')}
          data-testid="conflict-notice"
        >
          {t('deals.page.conflictNotice')}
        </Alert>
      ) : null}
      <Outcome deal={deal} />
      {deal.onBehalf ? (
        <Text size="sm" c="dimmed">
          {t('deals.page.onBehalf')}
        </Text>
      ) : null}
      {deal.myParticipation && deal.partnerId !== partnerId ? (
        <Text size="sm" data-testid="deal-participation">
          {t('deals.page.participation', {
            role: i18n.exists(`deals.page.participantRoles.${deal.myParticipation.role}`)
              ? t(`deals.page.participantRoles.${deal.myParticipation.role as 'sourced'}`)
              : deal.myParticipation.role,
            share: new Intl.NumberFormat(i18n.language, {
              style: 'percent',
              maximumFractionDigits: 2,
            }).format(deal.myParticipation.shareBps / 10_000),
          })}
        </Text>
      ) : null}
    </>
  );
}

function Outcome({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const decided = ['approved', 'rejected', 'returned', 'merged'] as const;
  const state = decided.find((s) => s === deal.state);
  if (!state || !deal.decision.decidedAt) return null;
  const color =
    state === 'approved' ? 'teal' : state === 'rejected' ? 'red' : state === 'returned' ? 'orange' : 'grape';
  return (
    <Alert
      color={color}
      icon={<IconInfoCircle size={18} />}
      title={t(`deals.page.outcome.${state}`)}
      data-testid="deal-outcome"
    >
      <Stack gap={4}>
        {deal.decision.reason ? (
          <Text size="sm" data-testid="deal-outcome-reason">
            {t('deals.page.outcomeReason', { reason: deal.decision.reason })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('deals.page.decidedAt', { date: fmt.dateTime(deal.decision.decidedAt) })}
        </Text>
        {deal.mergedIntoDealId ? (
          <AnchorLink to="/deals/$dealId" params={{ dealId: deal.mergedIntoDealId }} size="sm">
            {t('deals.page.mergedInto')}
          </AnchorLink>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Staff: the candidates this registration matched, with their evidence. */
function StaffConflicts({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const query = useQuery(dealConflictsQuery(deal.id));
  return (
    <Paper withBorder p="md" data-testid="staff-conflicts">
      <Group justify="space-between" mb="sm" gap="xs">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {t('deals.page.staffConflictTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('deals.page.staffConflictText')}
          </Text>
        </Stack>
        {deal.conflict.status === 'open' ? (
          <ButtonLink variant="default" to="/deals/conflicts" data-testid="open-conflict-queue">
            {t('deals.page.openQueue')}
          </ButtonLink>
        ) : null}
      </Group>
      <QueryState
        query={query}
        isEmpty={(d) => d.candidates.length === 0}
        empty={{ title: t('deals.page.noCandidates'), description: '' }}
        rows={2}
      >
        {(data) => (
          <Stack gap="md">
            {data.candidates.map((c) => (
              <SimpleGrid key={c.id} cols={{ base: 1, md: 2 }} spacing="md">
                <CandidateSide candidate={c} />
                <EvidenceTable candidate={c} />
              </SimpleGrid>
            ))}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

function Overview({ deal, staff }: { deal: Deal; staff: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const address = ['line1', 'line2', 'postalCode', 'city', 'region']
    .map((k) => deal.customer.address[k])
    .filter(Boolean)
    .join(', ');
  const contact = [deal.contact.name, deal.contact.title, deal.contact.email, deal.contact.phone]
    .filter(Boolean)
    .join(' · ');
  const facts: [string, React.ReactNode][] = [
    [t('deals.fields.customer'), deal.customer.name],
    [t('deals.fields.website'), deal.customer.website ?? '—'],
    [t('deals.fields.country'), fmt.country(deal.customer.country) || '—'],
    [t('deals.fields.address'), address || '—'],
    [t('deals.fields.contact'), contact || '—'],
    [t('deals.fields.closeDate'), deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : '—'],
    [
      t('deals.fields.submitted'),
      deal.submittedAt ? fmt.dateTime(deal.submittedAt) : t('deals.page.notSubmitted'),
    ],
  ];
  if (staff) facts.push([t('deals.fields.partner'), deal.partnerName]);
  if (deal.notes)
    facts.push([
      t('deals.fields.notes'),
      <Text key="n" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {deal.notes}
      </Text>,
    ]);
  if (deal.nextSteps) facts.push([t('deals.fields.nextSteps'), deal.nextSteps]);
  return (
    <Stack gap="md">
      <FactsTable facts={facts} />
      <Title order={2} size="h4">
        {t('deals.fields.products')}
      </Title>
      <LineItemsTable deal={deal} />
    </Stack>
  );
}

function ReceiptPanel({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useQuery(receiptQuery(deal.id));
  return (
    <QueryState
      query={query}
      isEmpty={() => false}
      empty={{ title: t('deals.receipt.notYet'), description: '' }}
      rows={3}
    >
      {(r) => {
        const json = JSON.stringify(r, null, 2);
        const download = () => {
          const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = `receipt-${r.dealId}-${r.submissionSeq}.json`;
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        };
        return (
          <Stack gap="md" data-testid="deal-receipt">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Stack gap={0} style={{ flex: '1 1 16rem' }}>
                <Title order={2} size="h4">
                  {t('deals.receipt.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('deals.receipt.description')}
                </Text>
              </Stack>
              <Group gap="xs">
                <CopyButton value={json} timeout={2000}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('common.copied') : t('deals.receipt.copy')} withArrow>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        onClick={copy}
                        aria-label={t('deals.receipt.copy')}
                      >
                        {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
                <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download}>
                  {t('deals.receipt.download')}
                </Button>
              </Group>
            </Group>
            <FactsTable
              facts={[
                [t('deals.receipt.time'), fmt.dateTime(r.submittedAt)],
                [
                  t('deals.receipt.sequence'),
                  <Text key="s" size="sm" data-testid="receipt-seq">
                    {r.submissionSeq}
                  </Text>,
                ],
                [
                  t('deals.receipt.hash'),
                  <Text key="h" size="sm" ff="monospace" data-testid="receipt-hash">
                    {r.contentSha256}
                  </Text>,
                ],
                [
                  t('deals.receipt.algorithm'),
                  <Badge key="a" variant="outline" color="gray">
                    {r.algorithm}
                  </Badge>,
                ],
                [
                  t('deals.receipt.signature'),
                  <Text key="g" size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {r.signature}
                  </Text>,
                ],
              ]}
            />
            <JsonBlock label={t('deals.receipt.publicKey')} value={r.publicKey} maxHeight={160} />
            <JsonBlock label={t('deals.receipt.content')} value={r.content} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
