import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appRole, createdAt, publicId } from '../db/columns.js';

/** A user's in-app notification feed, fed from domain events (one per user per event at most). */
export const notifications = pgTable(
  'notifications',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('notification')('id').notNull(),
    userId: publicId('user')('user_id').notNull(),
    type: text('type').notNull(),
    eventId: publicId('event')('event_id'),
    data: jsonb('data').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('notifications_user_event_key').on(t.workspaceId, t.userId, t.eventId),
    index('notifications_user_created_idx').on(t.workspaceId, t.userId, t.createdAt, t.id),
    // A feed is private to its user, even from other members of the same workspace.
    pgPolicy('notifications_owner', {
      for: 'all',
      to: appRole,
      using: sql`workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and user_id = nullif(current_setting('app.user_id', true), '')::uuid`,
      withCheck: sql`workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and user_id = nullif(current_setting('app.user_id', true), '')::uuid`,
    }),
  ],
);
