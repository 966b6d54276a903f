import { Badge, Group, Table, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { AnchorLink } from '../../platform/ui/links';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { useActorName } from '../partners/useActorName';
import { type Deal, type DealListQuery, dealKeys } from './api';
import {
  ConflictBadge,
  DecisionButtons,
  DecisionDialog,
  type DecisionKind,
  SlaTimer,
  StateBadge,
} from './parts';

const filters: DealListQuery = { 'filter[queue]': 'review', sort: 'created_at' };

/**
 * Registrations waiting for a decision (submitted or in review), oldest first, with the time left
 * until the review SLA (red once overdue), the escalation level and the assignee; quick decisions.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const actorName = useActorName();
  const [picked, setPicked] = useState<{ deal: Deal; kind: DecisionKind } | null>(null);
  const { query: list, pages } = usePagedQuery({
    queryKey: [...dealKeys.lists, 'review'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/deals', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <>
      <PageHeader title={t('deals.review.title')} description={t('deals.review.description')} />
      <PagedTable
        query={list}
        pages={pages}
        testId="review-table"
        minWidth={960}
        empty={{
          title: t('deals.review.emptyTitle'),
          description: t('deals.review.emptyText'),
          icon: <IconClipboardCheck size={24} />,
        }}
        head={
          <>
            <Table.Th>{t('deals.fields.title')}</Table.Th>
            <Table.Th>{t('deals.fields.partner')}</Table.Th>
            <Table.Th>{t('deals.fields.state')}</Table.Th>
            <Table.Th>{t('deals.fields.amount')}</Table.Th>
            <Table.Th>{t('deals.fields.sla')}</Table.Th>
            <Table.Th>{t('deals.fields.escalation')}</Table.Th>
            <Table.Th>{t('deals.fields.assignee')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </>
        }
      >
        {(d) => (
          <Table.Tr key={d.id} data-testid="review-row">
            <Table.Td>
              <AnchorLink to="/deals/$dealId" params={{ dealId: d.id }} fw={500}>
                {d.title}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {d.customer.name}
              </Text>
              {d.submittedAt ? (
                <Text size="xs" c="dimmed">
                  {t('deals.fields.submitted')}: {fmt.dateTime(d.submittedAt)}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{d.partnerName}</Text>
            </Table.Td>
            <Table.Td style={{ minWidth: 130 }}>
              <Group gap={4} wrap="nowrap">
                <StateBadge state={d.state} />
                <ConflictBadge level={d.conflict.level} />
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.money(d.amountMinor, d.currency)}</Table.Td>
            <Table.Td>
              <SlaTimer dueAt={d.review.dueAt} />
            </Table.Td>
            <Table.Td>
              {d.review.escalationLevel > 0 ? (
                <Badge color="orange" variant="light">
                  {t('deals.review.level', { level: d.review.escalationLevel })}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {d.review.assigneeUserId
                  ? d.review.assigneeUserId === me.user?.id
                    ? t('deals.review.mine')
                    : actorName(d.review.assigneeUserId)
                  : t('deals.review.unassigned')}
              </Text>
            </Table.Td>
            <Table.Td>
              {d.conflict.status === 'open' && d.conflict.level === 'conflict' ? (
                <AnchorLink to="/deals/conflicts" size="sm">
                  {t('deals.review.conflictHint')}
                </AnchorLink>
              ) : (
                <DecisionButtons deal={d} compact onPick={(kind) => setPicked({ deal: d, kind })} />
              )}
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      <DecisionDialog
        deal={picked?.deal ?? { id: '', title: '' }}
        kind={picked?.kind ?? null}
        onClose={() => setPicked(null)}
      />
    </>
  );
}
