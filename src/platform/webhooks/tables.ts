import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, publicId, ts, updatedAt, version, workspacePolicy } from '../db/columns.js';

/** A signing secret, sealed with the application secret; old ones sign until `expiresAt` (rotation overlap). */
export type SealedSecret = {
  id: string;
  sealed: string;
  hint: string;
  createdAt: string;
  expiresAt: string | null;
};

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('webhookEndpoint')('id').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: text('event_types').array().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    disabledReason: text('disabled_reason'),
    secrets: jsonb('secrets').$type<SealedSecret[]>().notNull(),
    /** Start of the current run of failures (null after any success): drives auto-disable. */
    failingSince: ts('failing_since'),
    lastSuccessAt: ts('last_success_at'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('webhook_endpoints_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    workspacePolicy('webhook_endpoints'),
  ],
);

/** One event to one endpoint. The same `webhook-id` (the event id) on every attempt. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('webhookDelivery')('id').notNull(),
    endpointId: publicId('webhookEndpoint')('endpoint_id').notNull(),
    eventId: publicId('event')('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    lockedUntil: ts('locked_until'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('webhook_deliveries_endpoint_event_key').on(t.workspaceId, t.endpointId, t.eventId),
    index('webhook_deliveries_endpoint_created_idx').on(t.workspaceId, t.endpointId, t.createdAt, t.id),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    workspacePolicy('webhook_deliveries'),
  ],
);

/** Every HTTP attempt, for the delivery log: request, response code, latency. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('webhookAttempt')('id').notNull(),
    deliveryId: publicId('webhookDelivery')('delivery_id').notNull(),
    attemptNo: integer('attempt_no').notNull(),
    requestedAt: ts('requested_at').notNull(),
    requestHeaders: jsonb('request_headers').$type<Record<string, string>>().notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('webhook_attempts_delivery_idx').on(t.workspaceId, t.deliveryId, t.attemptNo),
    workspacePolicy('webhook_attempts'),
  ],
);
