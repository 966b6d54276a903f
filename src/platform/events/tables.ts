import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { publicId, ts, vendorReadPolicies } from '../db/columns.js';

/**
 * The outbox: every domain event, written in the same transaction as the change it describes.
 * `dispatched_at` is set, in one transaction with the fan-out rows it creates (webhook
 * deliveries, notifications), by whichever node's dispatcher gets to it first.
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
    dispatchedAt: ts('dispatched_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('events_workspace_type_idx').on(t.workspaceId, t.type, t.occurredAt),
    // The dispatcher's queue (dispatchOutbox): without it every pass scanned the whole table.
    index('events_undispatched_idx').on(t.occurredAt, t.id).where(sql`dispatched_at is null`),
    ...vendorReadPolicies('events'),
  ],
);
