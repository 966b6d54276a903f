import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  createdAt,
  partnerPolicy,
  publicId,
  ts,
  updatedAt,
  version,
  workspacePolicy,
} from '../../platform/db/columns.js';
import type { CriteriaNode, EvaluationDetails } from './rules.js';

/**
 * The ordered tiers of a program. `rank` counts from the bottom (1 = entry tier); a partner's
 * tier is the highest-ranked one whose criteria hold.
 */
export const tiers = pgTable(
  'tiers',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('tier')('id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    rank: integer('rank').notNull(),
    name: text('name').notNull(),
    /** Rule tree (rules.ts); null = every partner qualifies (the usual entry tier). */
    criteria: jsonb('criteria').$type<CriteriaNode | null>(),
    discountPct: doublePrecision('discount_pct').notNull().default(0),
    rebatePct: doublePrecision('rebate_pct').notNull().default(0),
    mdfEligible: boolean('mdf_eligible').notNull().default(false),
    /** Lead routing priority: higher is served first (0 = none). */
    leadPriority: integer('lead_priority').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('tiers_program_rank_key').on(t.workspaceId, t.programId, t.rank),
    workspacePolicy('tiers'),
  ],
);

/**
 * The current tier state of one partner: what the last evaluation found and why, and a
 * pending demotion (target + due date) while the grace period runs.
 */
export const partnerTiers = pgTable(
  'partner_tiers',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    /** Null = the partner meets no tier's criteria. */
    tierId: publicId('tier')('tier_id'),
    since: ts('since').notNull(),
    evaluatedAt: ts('evaluated_at').notNull(),
    explanation: text('explanation').notNull(),
    details: jsonb('details').$type<EvaluationDetails>().notNull(),
    /**
     * What the explanation was computed from (tier definitions + exact metric values): the
     * recompute compares it to skip writing rows whose evaluation did not change.
     */
    fingerprint: text('fingerprint').notNull(),
    pendingDemotion: boolean('pending_demotion').notNull().default(false),
    /** Target of the pending demotion; null with pendingDemotion = demoted out of every tier. */
    pendingTierId: publicId('tier')('pending_tier_id'),
    pendingDueAt: ts('pending_due_at'),
    warnedAt: ts('warned_at'),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.partnerId] }), partnerPolicy('partner_tiers')],
);

/** Every change of a partner's tier state, with the explanation that justified it. */
export const tierDecisions = pgTable(
  'tier_decisions',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('tierDecision')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    /** placed | promoted | demoted | demotion_pending | demotion_cancelled */
    kind: text('kind').notNull(),
    fromTierId: publicId('tier')('from_tier_id'),
    toTierId: publicId('tier')('to_tier_id'),
    /** Names as they were when decided (a tier may be renamed or deleted later). */
    fromTierName: text('from_tier_name'),
    toTierName: text('to_tier_name'),
    explanation: text('explanation').notNull(),
    details: jsonb('details').$type<EvaluationDetails>().notNull(),
    dueAt: ts('due_at'),
    actorId: text('actor_id').notNull(),
    decidedAt: ts('decided_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('tier_decisions_partner_idx').on(t.workspaceId, t.partnerId, t.decidedAt, t.id),
    partnerPolicy('tier_decisions'),
  ],
);

/**
 * Raw metric observations (a won deal's revenue, a CSAT score, a certification count report).
 * Tiers are computed from these over the program's rolling window.
 */
export const partnerMetricEvents = pgTable(
  'partner_metric_events',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('metricEvent')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    occurredAt: ts('occurred_at').notNull(),
    source: text('source').notNull().default('api'),
    /** The sender's id for the observation: a retried ingestion with the same id is skipped. */
    externalId: text('external_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // The recompute's aggregate walks this in (partner, metric, time) order — an index-only
    // scan that needs no sort for GROUP BY partner and serves the one-partner evaluation too
    // (`value` is a key column because it must be in the index for an index-only scan).
    index('partner_metric_events_agg_idx').on(t.workspaceId, t.partnerId, t.metric, t.occurredAt, t.value),
    uniqueIndex('partner_metric_events_external_key')
      .on(t.workspaceId, t.partnerId, t.metric, t.externalId)
      .where(sql`external_id is not null`),
    partnerPolicy('partner_metric_events'),
  ],
);

/**
 * Per program: when its tiers were last recomputed, and the lease that makes the daily
 * recompute run on exactly one node (and keeps an on-demand one from overlapping it).
 */
export const tierRecomputeState = pgTable(
  'tier_recompute_state',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    lastRunAt: ts('last_run_at'),
    lockedUntil: ts('locked_until'),
    lockedBy: text('locked_by'),
    /** Why the last scheduled run failed (it is retried an hour later); null after a success. */
    lastError: text('last_error'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.programId] }), workspacePolicy('tier_recompute_state')],
);
