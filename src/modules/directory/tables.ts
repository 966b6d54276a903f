import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, publicId, updatedAt, version, workspacePolicy } from '../../platform/db/columns.js';

/** The workspace's own partner attributes (text, number, date or select), stored in partners.custom_fields. */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('customField')('id').notNull(),
    /** The key in partners.custom_fields; fixed once created (reports and tier rules name it). */
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'select'] }).notNull(),
    options: text('options').array().notNull().default(sql`'{}'::text[]`),
    partnerEditable: boolean('partner_editable').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('custom_field_definitions_key').on(t.workspaceId, t.key),
    workspacePolicy('custom_field_definitions'),
  ],
);

/** A named directory query of one vendor user, optionally shared with the workspace. */
export const savedViews = pgTable(
  'saved_views',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('savedView')('id').notNull(),
    userId: publicId('user')('user_id').notNull(),
    name: text('name').notNull(),
    /** The list query string (filter[…], q, sort), validated against the list schema. */
    query: text('query').notNull(),
    shared: boolean('shared').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('saved_views_user_idx').on(t.workspaceId, t.userId, t.name),
    workspacePolicy('saved_views'),
  ],
);

/** Per-workspace directory settings: which profile fields partner users may edit themselves. */
export const directorySettings = pgTable(
  'directory_settings',
  {
    workspaceId: publicId('workspace')('workspace_id').primaryKey(),
    partnerEditableFields: text('partner_editable_fields').array().notNull(),
    updatedAt: updatedAt(),
    version: version(),
  },
  () => [workspacePolicy('directory_settings')],
);
