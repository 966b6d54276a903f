import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, publicId, updatedAt, version, workspacePolicy } from '../../platform/db/columns.js';

/**
 * A partner program of the workspace (e.g. "Reseller program"): its public application form
 * (found by slug), its vetting settings, its tiers (tiers module), agreement and onboarding
 * checklists (onboarding module).
 */
export const programs = pgTable(
  'programs',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('program')('id').notNull(),
    name: text('name').notNull(),
    /** URL part of the public application form: /apply/<workspace slug>/<program slug>. */
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    applicationOpen: boolean('application_open').notNull().default(true),
    /** Partner types this program accepts (empty = all). */
    partnerTypes: text('partner_types').array().notNull().default(sql`'{}'::text[]`),
    /** Vetting rule settings (applications/vetting): restricted countries, required fields, thresholds. */
    vetting: jsonb('vetting').notNull().default(sql`'{}'::jsonb`),
    /** Rules of engagement for deal registration (deals/rules.ts): protection, extensions, SLA, thresholds. */
    dealRules: jsonb('deal_rules').notNull().default(sql`'{}'::jsonb`),
    /** Tier engine: rolling window for metrics and grace period before a demotion applies. */
    tierWindowDays: integer('tier_window_days').notNull().default(365),
    demotionGraceDays: integer('demotion_grace_days').notNull().default(30),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('programs_workspace_slug_key').on(t.workspaceId, t.slug),
    index('programs_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    workspacePolicy('programs'),
  ],
);
