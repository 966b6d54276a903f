import { sql } from 'drizzle-orm';
import { char, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, partnerPolicy, publicId, ts, updatedAt, version } from '../../platform/db/columns.js';

/** Partner organisations as bare records; the lifecycle issue grows this table. */
export const partners = pgTable(
  'partners',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('partner')('id').notNull(),
    name: text('name').notNull(),
    types: text('types').array().notNull().default(sql`'{}'::text[]`),
    country: char('country', { length: 2 }),
    website: text('website'),
    /** Lifecycle state (lifecycle/states.ts); changed only through transitionPartner. */
    status: text('status').notNull().default('active'),
    statusChangedAt: ts('status_changed_at'),
    /** The program the partner joined (programs module); null for partners outside any program. */
    programId: publicId('program')('program_id'),
    // Time to productivity: application → activation → first registered deal → first won deal.
    appliedAt: ts('applied_at'),
    activatedAt: ts('activated_at'),
    firstDealRegisteredAt: ts('first_deal_registered_at'),
    firstDealWonAt: ts('first_deal_won_at'),
    offboardedAt: ts('offboarded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('partners_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('partners_workspace_name_idx').on(t.workspaceId, t.name, t.id),
    partnerPolicy('partners', 'id'),
  ],
);
