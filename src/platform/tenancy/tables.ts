import { sql } from 'drizzle-orm';
import { index, pgPolicy, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appRole, createdAt, partnerPolicy, publicId, updatedAt, version } from '../db/columns.js';

/** A workspace is one vendor's partner program; every tenant row hangs off one. */
export const workspaces = pgTable(
  'workspaces',
  {
    id: publicId('workspace')('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('workspaces_slug_key').on(t.slug),
    pgPolicy('workspaces_tenant', {
      for: 'all',
      to: appRole,
      using: sql`id = nullif(current_setting('app.workspace_id', true), '')::uuid`,
      withCheck: sql`id = nullif(current_setting('app.workspace_id', true), '')::uuid`,
    }),
  ],
);

/**
 * A user's place in a workspace: vendor staff (kind 'vendor', a vendor role) or a partner user
 * (kind 'partner', a partner role and the partner organisation it belongs to).
 */
export const memberships = pgTable(
  'memberships',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('membership')('id').notNull(),
    userId: publicId('user')('user_id').notNull(),
    kind: text('kind', { enum: ['vendor', 'partner'] }).notNull(),
    role: text('role').notNull(),
    partnerId: publicId('partner')('partner_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('memberships_workspace_user_key').on(t.workspaceId, t.userId),
    index('memberships_workspace_partner_idx').on(t.workspaceId, t.partnerId),
    index('memberships_user_idx').on(t.userId),
    partnerPolicy('memberships'),
  ],
);
