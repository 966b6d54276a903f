import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, partnerPolicy, publicId, ts, updatedAt, version } from '../../platform/db/columns.js';

/**
 * A joint account plan between the vendor and one partner for a strategic account: goals,
 * stakeholders with their roles, actions with owners and dates. Partner-owned (each partner has
 * its own plan for an account); the account's name is copied in because the account list itself
 * is vendor-internal.
 */
export const accountPlans = pgTable(
  'account_plans',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('accountPlan')('id').notNull(),
    accountId: publicId('account')('account_id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    accountName: text('account_name').notNull(),
    title: text('title').notNull(),
    /** draft | active | closed */
    status: text('status').notNull().default('active'),
    summary: text('summary').notNull().default(''),
    /** [{ id, text, targetDate, done }] */
    goals: jsonb('goals').notNull().default(sql`'[]'::jsonb`),
    /** [{ id, name, title, role, email, notes }] */
    stakeholders: jsonb('stakeholders').notNull().default(sql`'[]'::jsonb`),
    /** [{ id, title, ownerUserId, ownerName, dueDate, done }] */
    actions: jsonb('actions').notNull().default(sql`'[]'::jsonb`),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('account_plans_partner_idx').on(t.workspaceId, t.partnerId, t.createdAt, t.id),
    index('account_plans_account_idx').on(t.workspaceId, t.accountId),
    partnerPolicy('account_plans'),
  ],
);

/**
 * Every partner interaction with an opportunity, timestamped: the raw material for attribution.
 * Recorded by the system (registration, co-sell activity) or entered (introduction, meeting,
 * technical validation, content shared, event, marketplace transaction).
 */
export const touchpoints = pgTable(
  'touchpoints',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('touchpoint')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    dealId: publicId('deal')('deal_id'),
    /** registration | cosell_activity | introduction | meeting | technical_validation | content_shared | event | marketplace_transaction */
    kind: text('kind').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    /** system | manual | api */
    source: text('source').notNull(),
    recordedBy: text('recorded_by').notNull(),
    note: text('note').notNull().default(''),
    /** Kind-specific details, e.g. a marketplace transaction's marketplace, offer id and amount. */
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('touchpoints_deal_idx').on(t.workspaceId, t.dealId, t.occurredAt),
    index('touchpoints_partner_idx').on(t.workspaceId, t.partnerId, t.occurredAt, t.id),
    partnerPolicy('touchpoints'),
  ],
);
