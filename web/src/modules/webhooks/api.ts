import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';

export type Endpoint = Schemas['WebhookEndpoint'];
export type Delivery = Schemas['WebhookDelivery'];
export type DeliveryDetail = Schemas['WebhookDeliveryDetail'];
export type EventTypeName = Schemas['CreateWebhookEndpointInput']['eventTypes'][number];
export const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Query keys: invalidating `all` refreshes lists, details and delivery logs together. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  list: ['webhooks', 'list'] as const,
  endpoint: (id: string) => ['webhooks', 'endpoint', id] as const,
  deliveries: (id: string) => ['webhooks', 'deliveries', id] as const,
  delivery: (id: string) => ['webhooks', 'delivery', id] as const,
  eventTypes: ['webhook-event-types'] as const,
};

export const eventTypesQuery = queryOptions({
  queryKey: webhookKeys.eventTypes,
  queryFn: () => unwrap(api.GET('/api/v1/webhook-event-types')),
  staleTime: 10 * 60_000,
});

export const endpointQuery = (endpointId: string) =>
  queryOptions({
    queryKey: webhookKeys.endpoint(endpointId),
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/{endpointId}', { params: { path: { endpointId } } })),
  });

export const deliveryQuery = (deliveryId: string) =>
  queryOptions({
    queryKey: webhookKeys.delivery(deliveryId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/webhook-deliveries/{deliveryId}', { params: { path: { deliveryId } } })),
  });

export const deliveryColors: Record<DeliveryStatus, string> = {
  pending: 'yellow',
  succeeded: 'green',
  failed: 'red',
};
