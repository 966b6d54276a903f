import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable, JsonBlock } from '../../platform/ui/facts';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { type DeliveryDetail, deliveryQuery, webhookKeys } from './api';
import { DeliveryStatusBadge } from './parts';

const route = getRouteApi('/app/webhooks/$endpointId/deliveries/$deliveryId');

/** One delivery: the payload sent and every attempt (headers, response, latency, error); replay. */
export function DeliveryPage() {
  const { t } = useTranslation();
  const { endpointId, deliveryId } = route.useParams();
  const delivery = useQuery(deliveryQuery(deliveryId));
  const back = (
    <AnchorLink
      to="/webhooks/$endpointId"
      params={{ endpointId }}
      search={{}}
      size="sm"
      mb="xs"
      display="inline-flex"
      style={{ gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden /> {t('webhooks.backToEndpoint')}
    </AnchorLink>
  );
  if (delivery.isPending) return <LoadingBlock />;
  if (delivery.isError) {
    return (
      <>
        {back}
        <PageHeader title={t('webhooks.delivery')} />
        <ProblemAlert error={delivery.error} onRetry={() => void delivery.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <DeliveryView delivery={delivery.data} />
    </>
  );
}

function DeliveryView({ delivery }: { delivery: DeliveryDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/webhook-deliveries/{deliveryId}/replay', {
          params: { path: { deliveryId: delivery.id } },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: webhookKeys.delivery(delivery.id) }),
        queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(delivery.endpointId) }),
      ]),
  });
  const facts: [string, React.ReactNode][] = [
    [t('webhooks.status'), <DeliveryStatusBadge key="s" status={delivery.status} />],
    [
      t('webhooks.eventId'),
      <Text key="e" size="sm" ff="monospace">
        {delivery.eventId}
      </Text>,
    ],
    [t('webhooks.attempts'), fmt.number(delivery.attempts)],
    [t('webhooks.lastResponse'), delivery.lastStatusCode ?? delivery.lastError ?? '—'],
    [t('webhooks.createdAt'), fmt.dateTime(delivery.createdAt)],
    [t('webhooks.deliveredAt'), delivery.deliveredAt ? fmt.dateTime(delivery.deliveredAt) : '—'],
    ...(delivery.status === 'pending' && delivery.nextAttemptAt
      ? [[t('webhooks.nextAttempt'), fmt.dateTime(delivery.nextAttemptAt)] as [string, string]]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t('webhooks.deliveryTitle', { type: delivery.eventType })}
        description={delivery.id}
        actions={
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => replay.mutate()}
            loading={replay.isPending}
            data-testid="delivery-replay"
          >
            {t('webhooks.replay')}
          </Button>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={replay.error} />
        {replay.isSuccess ? (
          <Alert color="blue" variant="light" role="status" data-testid="delivery-replayed">
            {t('webhooks.replayOne')}
          </Alert>
        ) : null}
        <Card withBorder padding="sm">
          <FactsTable facts={facts} />
        </Card>
        <JsonBlock label={t('webhooks.payload')} value={delivery.payload} testId="delivery-payload" />
        <Stack gap="sm" component="section" aria-labelledby="attempts-title">
          <Title order={2} size="h3" id="attempts-title">
            {t('webhooks.attemptsTitle')}
          </Title>
          {delivery.attemptLog.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('webhooks.noAttempts')}
            </Text>
          ) : null}
          {/* In time order, numbered by position: a replay starts a fresh series (the API's attemptNo restarts at 1). */}
          {[...delivery.attemptLog]
            .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.attemptNo - b.attemptNo)
            .map((a, i) => ({ ...a, n: i + 1 }))
            .reverse()
            .map((a) => (
              <Card key={`${a.n}-${a.requestedAt}`} withBorder padding="sm" data-testid="attempt">
                <Stack gap="sm">
                  <Group justify="space-between">
                    <Title order={3} size="h5">
                      {t('webhooks.attemptNo', { n: a.n })}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {fmt.dateTime(a.requestedAt)}
                    </Text>
                  </Group>
                  <FactsTable
                    facts={[
                      [
                        t('webhooks.responseStatus'),
                        <Text key="r" size="sm" data-testid="attempt-status">
                          {a.responseStatus ?? t('webhooks.noResponse')}
                        </Text>,
                      ],
                      [
                        t('webhooks.latency'),
                        a.latencyMs === null ? '—' : t('webhooks.latencyMs', { ms: a.latencyMs }),
                      ],
                      [t('webhooks.error'), a.error ?? '—'],
                    ]}
                  />
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <JsonBlock
                      label={t('webhooks.requestHeaders')}
                      value={a.requestHeaders}
                      maxHeight={240}
                    />
                    <JsonBlock
                      label={t('webhooks.responseBody')}
                      value={a.responseBody}
                      maxHeight={240}
                      testId="attempt-body"
                    />
                  </SimpleGrid>
                </Stack>
              </Card>
            ))}
        </Stack>
      </Stack>
    </>
  );
}
