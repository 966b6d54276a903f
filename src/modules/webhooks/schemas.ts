import { z } from 'zod';
import { eventTypes } from '../../platform/events/catalog.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';

const EventTypeOrAll = z.enum(['*', ...eventTypes]);

export const WebhookEndpoint = z
  .object({
    id: zId('webhookEndpoint'),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    secretHints: z.array(
      z.object({ hint: z.string(), createdAt: z.string(), expiresAt: z.string().nullable() }),
    ),
    failingSince: z.iso.datetime().nullable(),
    lastSuccessAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const WebhookEndpointWithSecret = WebhookEndpoint.extend({
  secret: z
    .string()
    .meta({ description: 'Standard Webhooks signing secret (whsec_…). Shown only in this response.' }),
}).meta({ id: 'WebhookEndpointWithSecret' });

const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000);
export const CreateWebhookEndpoint = z
  .strictObject({
    url,
    eventTypes: z.array(EventTypeOrAll).min(1, 'subscribe to at least one event type (or "*")').max(100),
    description: z.string().max(500).optional(),
  })
  .meta({ id: 'CreateWebhookEndpoint' });
export const UpdateWebhookEndpoint = z
  .strictObject({
    url: url.optional(),
    eventTypes: z.array(EventTypeOrAll).min(1).max(100).optional(),
    description: z.string().max(500).optional(),
    enabled: z
      .boolean()
      .optional()
      .meta({ description: 'Re-enable a disabled endpoint (its failure history is cleared).' }),
  })
  .meta({ id: 'UpdateWebhookEndpoint' });
export const RotateSecret = z
  .strictObject({
    overlapHours: z
      .number()
      .int()
      .min(0)
      .max(168)
      .optional()
      .meta({ description: 'How long the old secret keeps signing (default 24).' }),
  })
  .meta({ id: 'RotateWebhookSecret' });

export const EndpointParams = z.strictObject({ endpointId: zId('webhookEndpoint') });
export const DeliveryParams = z.strictObject({ deliveryId: zId('webhookDelivery') });

export const WebhookAttempt = z
  .object({
    attemptNo: z.number().int(),
    requestedAt: z.iso.datetime(),
    requestHeaders: z.record(z.string(), z.string()),
    responseStatus: z.number().int().nullable(),
    responseBody: z.string().nullable(),
    latencyMs: z.number().int().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookAttempt' });

export const WebhookDelivery = z
  .object({
    id: zId('webhookDelivery'),
    endpointId: zId('webhookEndpoint'),
    eventId: zId('event'),
    eventType: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const WebhookDeliveryDetail = WebhookDelivery.extend({
  payload: z.unknown(),
  attemptLog: z.array(WebhookAttempt),
}).meta({ id: 'WebhookDeliveryDetail' });

export const ListEndpointsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[enabled]': z.enum(['true', 'false']).optional(),
});
export const ListDeliveriesQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[status]': z.enum(['pending', 'succeeded', 'failed']).optional(),
  'filter[eventType]': z.string().max(100).optional(),
});

export const ReplayResult = z.object({ replayed: z.number().int() }).meta({ id: 'ReplayResult' });
export const EventTypeInfo = z
  .object({ type: z.string(), description: z.string(), sample: z.record(z.string(), z.unknown()) })
  .meta({ id: 'EventTypeInfo' });
