import { z } from 'zod';
import { eventCatalog } from '../../platform/events/catalog.js';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  CreateWebhookEndpoint,
  DeliveryParams,
  EndpointParams,
  EventTypeInfo,
  ListDeliveriesQuery,
  ListEndpointsQuery,
  ReplayResult,
  RotateSecret,
  UpdateWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from './schemas.js';
import {
  createEndpoint,
  deleteEndpoint,
  getDelivery,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  replayDeliveries,
  rotateSecret,
  toEndpoint,
  updateEndpoint,
} from './service.js';

const tags = ['Webhooks'];
const access = { permission: 'webhooks.manage', actors: ['user', 'apiKey'], workspace: true } as const;

export const webhookRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhook-event-types',
    operationId: 'listWebhookEventTypes',
    summary: 'List event types',
    description:
      'Every event type an endpoint can subscribe to, with a description and a sample `data` payload.',
    tags,
    access,
    rateLimit: null,
    responses: {
      200: {
        description: 'Event types',
        schema: z.object({ data: z.array(EventTypeInfo) }).meta({ id: 'EventTypeList' }),
      },
    },
    handler: async () => ({
      body: {
        data: Object.entries(eventCatalog).map(([type, e]) => ({
          type,
          description: e.description,
          sample: e.sample,
        })),
      },
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks',
    operationId: 'listWebhookEndpoints',
    summary: 'List webhook endpoints',
    description:
      'Endpoints of the workspace with their subscriptions and health (failing since, last success).',
    tags,
    access,
    rateLimit: null,
    query: ListEndpointsQuery,
    responses: {
      200: { description: 'A page of endpoints', schema: pageOf(WebhookEndpoint, 'WebhookEndpointPage') },
    },
    csv: {
      columns: [
        'id',
        'url',
        'description',
        'eventTypes',
        'enabled',
        'disabledReason',
        'failingSince',
        'lastSuccessAt',
        'createdAt',
      ],
      filename: 'webhooks',
    },
    handler: async (ctx, { query }) => ({ body: await listEndpoints(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks',
    operationId: 'createWebhookEndpoint',
    summary: 'Create a webhook endpoint',
    description:
      'Subscribes a URL to event types (`*` for all). Deliveries are signed per the Standard Webhooks specification with the secret returned here once. Private, loopback and link-local targets are refused unless the operator allows them.',
    tags,
    access,
    rateLimit: { perMinute: 30, by: 'principal' },
    body: CreateWebhookEndpoint,
    bodyExample: {
      url: 'https://hooks.example.com/symbio',
      eventTypes: ['partner.created', 'partner.updated'],
      description: 'CRM sync',
    },
    responses: {
      201: { description: 'Created; the secret is shown once', schema: WebhookEndpointWithSecret },
    },
    handler: async (ctx, { body }) => ({ status: 201, body: await createEndpoint(ctx, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/:endpointId',
    operationId: 'getWebhookEndpoint',
    summary: 'Get a webhook endpoint',
    description: 'One endpoint (never its secrets, only their last four characters).',
    tags,
    access,
    rateLimit: null,
    params: EndpointParams,
    responses: { 200: { description: 'The endpoint', schema: WebhookEndpoint } },
    handler: async (ctx, { params }) => {
      const e = toEndpoint(await getEndpoint(ctx, params.endpointId));
      return { body: e, version: e.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/webhooks/:endpointId',
    operationId: 'updateWebhookEndpoint',
    summary: 'Update a webhook endpoint',
    description:
      'Changes URL, subscriptions or description, or enables/disables it. Send If-Match to avoid lost updates.',
    tags,
    access,
    rateLimit: null,
    params: EndpointParams,
    body: UpdateWebhookEndpoint,
    bodyExample: { enabled: true },
    responses: { 200: { description: 'Updated', schema: WebhookEndpoint } },
    handler: async (ctx, { params, body, headers }) => {
      const e = await updateEndpoint(ctx, params.endpointId, body, parseIfMatch(headers['if-match']));
      return { body: e, version: e.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/webhooks/:endpointId',
    operationId: 'deleteWebhookEndpoint',
    summary: 'Delete a webhook endpoint',
    description: 'Deletes the endpoint and its delivery log.',
    tags,
    access,
    rateLimit: null,
    params: EndpointParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteEndpoint(ctx, params.endpointId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:endpointId/rotate-secret',
    operationId: 'rotateWebhookSecret',
    summary: 'Rotate the signing secret',
    description:
      'Creates a new secret (returned once). During the overlap window (default 24 h) deliveries carry signatures from the old and the new secret, so receivers can switch without dropping messages.',
    tags,
    access,
    rateLimit: { perMinute: 10, by: 'principal' },
    params: EndpointParams,
    body: RotateSecret,
    bodyExample: { overlapHours: 24 },
    responses: {
      200: { description: 'Rotated; the new secret is shown once', schema: WebhookEndpointWithSecret },
    },
    handler: async (ctx, { params, body }) => ({
      body: await rotateSecret(ctx, params.endpointId, body.overlapHours),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/:endpointId/deliveries',
    operationId: 'listWebhookDeliveries',
    summary: 'List deliveries of an endpoint',
    description:
      'The delivery log: every event sent to this endpoint, its status, attempts and last response.',
    tags,
    access,
    rateLimit: null,
    params: EndpointParams,
    query: ListDeliveriesQuery,
    responses: {
      200: { description: 'A page of deliveries', schema: pageOf(WebhookDelivery, 'WebhookDeliveryPage') },
    },
    csv: {
      columns: [
        'id',
        'eventId',
        'eventType',
        'status',
        'attempts',
        'lastStatusCode',
        'lastError',
        'createdAt',
        'deliveredAt',
      ],
      filename: 'webhook-deliveries',
    },
    handler: async (ctx, { params, query }) => ({
      body: await listDeliveries(ctx, params.endpointId, query),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:endpointId/replay-failed',
    operationId: 'replayFailedWebhookDeliveries',
    summary: 'Replay every failed delivery of an endpoint',
    description: 'Puts every failed delivery back in the queue, due now, with a fresh set of retries.',
    tags,
    access,
    rateLimit: { perMinute: 10, by: 'principal' },
    params: EndpointParams,
    responses: { 200: { description: 'How many were queued again', schema: ReplayResult } },
    handler: async (ctx, { params }) => {
      await getEndpoint(ctx, params.endpointId);
      return { body: { replayed: await replayDeliveries(ctx, { endpointId: params.endpointId }) } };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhook-deliveries/:deliveryId',
    operationId: 'getWebhookDelivery',
    summary: 'Get a delivery with its attempts',
    description:
      'The payload sent and every attempt: request headers, response code and body (first 4 KiB), latency, error.',
    tags,
    access,
    rateLimit: null,
    params: DeliveryParams,
    responses: { 200: { description: 'The delivery', schema: WebhookDeliveryDetail } },
    handler: async (ctx, { params }) => ({ body: await getDelivery(ctx, params.deliveryId) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhook-deliveries/:deliveryId/replay',
    operationId: 'replayWebhookDelivery',
    summary: 'Replay one delivery',
    description: 'Sends the delivery again (same webhook-id), whatever its status.',
    tags,
    access,
    rateLimit: { perMinute: 60, by: 'principal' },
    params: DeliveryParams,
    responses: { 200: { description: 'Queued again', schema: ReplayResult } },
    handler: async (ctx, { params }) => {
      await getDelivery(ctx, params.deliveryId);
      return { body: { replayed: await replayDeliveries(ctx, { deliveryId: params.deliveryId }) } };
    },
  }),
];
