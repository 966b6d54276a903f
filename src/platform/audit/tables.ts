import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { publicId, vendorReadPolicies, workspacePolicy } from '../db/columns.js';

/**
 * Append-only, hash-chained per workspace: each row's hash covers its content and the previous
 * row's hash, so changing or deleting any row breaks every hash after it. The request role may
 * only SELECT and INSERT (see the roles migration), and a trigger refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: publicId('auditEvent')('id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    partnerId: publicId('partner')('partner_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.seq] }),
    index('audit_events_workspace_object_idx').on(t.workspaceId, t.objectId, t.seq),
    index('audit_events_workspace_actor_idx').on(t.workspaceId, t.actorId, t.seq),
    index('audit_events_workspace_action_idx').on(t.workspaceId, t.action, t.seq),
    ...vendorReadPolicies('audit_events'),
  ],
);

/** The head of each workspace's chain: its row lock serialises appends, and it catches a deleted tail. */
export const auditHeads = pgTable(
  'audit_heads',
  {
    workspaceId: publicId('workspace')('workspace_id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  () => [workspacePolicy('audit_heads')],
);
