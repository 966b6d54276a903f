import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { type Partner, partnerKeys } from './api';
import { useActorName } from './useActorName';

/** The partner's timeline (vendor staff): audit entries and lifecycle moves, newest first. */
export function ActivityTab({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actorName = useActorName();
  const { query, pages } = usePagedQuery({
    queryKey: partnerKeys.activity(partner.id),
    filters: { v: partner.version },
    fetch: (paging) =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/activity', {
          params: { path: { partnerId: partner.id }, query: paging },
        }),
      ),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-activity">
      <Stack>
        <Title order={2} size="h4" id="partner-activity">
          {t('directory.activity.title')}
        </Title>
        <PagedTable
          query={query}
          pages={pages}
          minWidth={560}
          testId="activity-table"
          empty={{
            title: t('directory.activity.emptyTitle'),
            description: t('directory.activity.emptyText'),
          }}
          head={
            <>
              <Table.Th>{t('directory.activity.when')}</Table.Th>
              <Table.Th>{t('directory.activity.what')}</Table.Th>
              <Table.Th>{t('directory.activity.who')}</Table.Th>
            </>
          }
        >
          {(item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm">{fmt.dateTime(item.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {item.action}
                </Text>
                {item.transition ? (
                  <Text size="xs" c="dimmed">
                    {t('directory.activity.transition', {
                      from: t(`directory.states.${item.transition.from}`),
                      to: t(`directory.states.${item.transition.to}`),
                      reason: item.transition.reason,
                    })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {actorName(item.actorId)}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Stack>
    </Card>
  );
}
