import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DeliveryStatus, deliveryColors, type Endpoint } from './api';

/** Enabled / disabled, with the reason the server gave for disabling. */
export function EndpointStatus({ endpoint }: { endpoint: Pick<Endpoint, 'enabled' | 'disabledReason'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={endpoint.enabled ? 'green' : 'gray'} variant="light" data-testid="webhook-status">
        {endpoint.enabled ? t('webhooks.statuses.enabled') : t('webhooks.statuses.disabled')}
      </Badge>
      {!endpoint.enabled && endpoint.disabledReason ? (
        <Text size="xs" c="dimmed">
          {t('webhooks.disabledReason', { reason: endpoint.disabledReason })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Subscribed event types as badges; `*` reads "All events"; beyond `max`, a "+N" with the rest. */
export function EventList({ eventTypes, max = 100 }: { eventTypes: string[]; max?: number }) {
  const { t } = useTranslation();
  if (eventTypes.includes('*')) {
    return (
      <Badge variant="outline" color="gray" tt="none">
        {t('webhooks.allEventsShort')}
      </Badge>
    );
  }
  const shown = eventTypes.slice(0, max);
  const rest = eventTypes.slice(max);
  return (
    <Group gap={4} maw={360}>
      {shown.map((e) => (
        <Badge key={e} variant="light" color="gray" size="sm" tt="none">
          {e}
        </Badge>
      ))}
      {rest.length > 0 ? (
        <Tooltip label={rest.join(', ')} withArrow multiline maw={300}>
          <Badge variant="outline" color="gray" size="sm" tabIndex={0}>
            +{rest.length}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={deliveryColors[status]} variant="light" data-testid="delivery-status">
      {t(`webhooks.deliveryStatuses.${status}`)}
    </Badge>
  );
}
