import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { publicId, ts, vendorReadPolicies } from '../db/columns.js';

/**
 * The outbox: every domain event, written in the same transaction as the change it describes.
 * Each event also enters `event_queue`; whichever node's dispatcher gets to it first takes it off
 * the queue in one transaction with the fan-out rows it creates (webhook deliveries,
 * notifications).
 */
export const events = pgTable(
  'events',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('event')('id').notNull(),
    type: text('type').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    partnerId: publicId('partner')('partner_id'),
    data: jsonb('data').notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('events_workspace_type_idx').on(t.workspaceId, t.type, t.occurredAt),
    ...vendorReadPolicies('events'),
  ],
);

/**
 * Events not dispatched yet, oldest first (migration 0018). A narrow row per event, deleted when
 * dispatched: marking the wide events row instead (a `dispatched_at` column under a partial
 * index) rewrote the whole row and its indexes, a tenth of a millisecond per event.
 */
export const eventQueue = pgTable(
  'event_queue',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('event')('id').notNull(),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('event_queue_order_idx').on(t.occurredAt, t.id), ...vendorReadPolicies('event_queue')],
);
