import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { partners } from '../partners/tables.js';
import { getProgram } from '../programs/index.js';
import { recomputePartner } from './engine.js';
import { type ConditionResult, type CriteriaNode, checkTree, type EvaluationDetails } from './rules.js';
import type { CreateTierInput, IngestMetricsInput, UpdateTierInput } from './schemas.js';
import { partnerMetricEvents, partnerTiers, tierDecisions, tiers } from './tables.js';

type TierRow = typeof tiers.$inferSelect;

export function toTier(row: TierRow) {
  return {
    id: row.id,
    programId: row.programId,
    rank: row.rank,
    name: row.name,
    criteria: row.criteria,
    discountPct: row.discountPct,
    rebatePct: row.rebatePct,
    mdfEligible: row.mdfEligible,
    leadPriority: row.leadPriority,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** A criteria tree from the body: null/absent = every partner qualifies; anything else is checked. */
function criteriaFrom(input: unknown): CriteriaNode | null {
  if (input === null || input === undefined) return null;
  const r = checkTree(input);
  if (!r.ok) {
    throw new AppError('validation_failed', `criteria: ${r.issues[0]!.message}`, {
      errors: r.issues.map((i) => fieldError('body', ['criteria', ...i.path], i.message)),
    });
  }
  return r.tree;
}

/**
 * The partner side may read only the program it belongs to; staff read any program of the
 * workspace. Answers 404 rather than 403 so another program's existence does not leak.
 */
async function readableProgram(ctx: Ctx, programId: string) {
  const program = await getProgram(ctx, programId);
  if (ctx.partnerId) {
    const [p] = await ctx.db
      .select({ programId: partners.programId })
      .from(partners)
      .where(
        and(
          tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
          eq(partners.id, ctx.partnerId),
        ),
      );
    if (p?.programId !== programId) throw notFound('program');
  }
  return program;
}

/** Tiers are program configuration, not partner data: the workspace wall is the whole scope. */
const tierScope = (ctx: Ctx) => eq(tiers.workspaceId, ctx.requireWorkspace());

export async function listTiers(ctx: Ctx, programId: string) {
  await readableProgram(ctx, programId);
  const rows = await ctx.db
    .select()
    .from(tiers)
    .where(and(tierScope(ctx), eq(tiers.programId, programId)))
    .orderBy(asc(tiers.rank));
  return rows.map(toTier);
}

async function getTierRow(ctx: Ctx, programId: string, tierId: string) {
  const [row] = await ctx.db
    .select()
    .from(tiers)
    .where(and(tierScope(ctx), eq(tiers.programId, programId), eq(tiers.id, tierId)));
  if (!row) throw notFound('tier');
  return row;
}

export async function getTier(ctx: Ctx, programId: string, tierId: string) {
  await readableProgram(ctx, programId);
  return toTier(await getTierRow(ctx, programId, tierId));
}

const rankTaken = (rank: number) =>
  new AppError('conflict', `Another tier of this program already has rank ${rank}.`, {
    errors: [fieldError('body', ['rank'], 'is already used by another tier of this program')],
  });

/** The unique (program, rank) index is the guard; its violation becomes a 409 naming the field. */
async function guardRank<T>(rank: number | undefined, write: () => Promise<T>): Promise<T> {
  // No savepoint: the failed statement aborts the request transaction, which the thrown error
  // rolls back anyway.
  try {
    return await write();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const pgErr = e.cause ?? e;
    if (rank !== undefined && pgErr.code === '23505' && pgErr.constraint === 'tiers_program_rank_key')
      throw rankTaken(rank);
    throw err;
  }
}

export async function createTier(ctx: Ctx, programId: string, input: CreateTierInput) {
  await getProgram(ctx, programId);
  const criteria = criteriaFrom(input.criteria);
  const [row] = await guardRank(input.rank, () =>
    ctx.db
      .insert(tiers)
      .values({
        workspaceId: ctx.requireWorkspace(),
        id: newId('tier'),
        programId,
        rank: input.rank,
        name: input.name,
        criteria,
        discountPct: input.discountPct ?? 0,
        rebatePct: input.rebatePct ?? 0,
        mdfEligible: input.mdfEligible ?? false,
        leadPriority: input.leadPriority ?? 0,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      })
      .returning(),
  );
  const tier = toTier(row!);
  ctx.audit({ action: 'tier.created', objectType: 'tier', objectId: tier.id, after: tier });
  return tier;
}

export async function updateTier(
  ctx: Ctx,
  programId: string,
  tierId: string,
  input: UpdateTierInput,
  ifMatch: number | undefined,
) {
  const before = await getTierRow(ctx, programId, tierId);
  if (ifMatch !== undefined && ifMatch !== before.version)
    throw new AppError('precondition_failed', 'The tier was changed by someone else; read it again.');
  const set: Partial<typeof tiers.$inferInsert> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.rank !== undefined) set.rank = input.rank;
  if (input.criteria !== undefined) set.criteria = criteriaFrom(input.criteria);
  if (input.discountPct !== undefined) set.discountPct = input.discountPct;
  if (input.rebatePct !== undefined) set.rebatePct = input.rebatePct;
  if (input.mdfEligible !== undefined) set.mdfEligible = input.mdfEligible;
  if (input.leadPriority !== undefined) set.leadPriority = input.leadPriority;
  const [row] = await guardRank(input.rank, () =>
    ctx.db
      .update(tiers)
      .set({ ...set, updatedAt: ctx.clock.now(), version: sql`${tiers.version} + 1` })
      .where(and(tierScope(ctx), eq(tiers.id, tierId), eq(tiers.version, before.version)))
      .returning(),
  );
  if (!row) throw new AppError('precondition_failed', 'The tier was changed by someone else; read it again.');
  const tier = toTier(row);
  ctx.audit({
    action: 'tier.updated',
    objectType: 'tier',
    objectId: tier.id,
    before: toTier(before),
    after: tier,
  });
  return tier;
}

export async function deleteTier(ctx: Ctx, programId: string, tierId: string) {
  const before = await getTierRow(ctx, programId, tierId);
  // Partners holding it keep their history (decisions store names); their state re-evaluates
  // at the next recompute, where an unknown current tier counts as no tier.
  await ctx.db.delete(tiers).where(and(tierScope(ctx), eq(tiers.id, tierId)));
  ctx.audit({ action: 'tier.deleted', objectType: 'tier', objectId: tierId, before: toTier(before) });
}

// ---- metrics -------------------------------------------------------------------------------------

async function partnerRow(ctx: Ctx, partnerId: string) {
  const [row] = await ctx.db
    .select({ id: partners.id, programId: partners.programId, name: partners.name })
    .from(partners)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
      ),
    );
  if (!row) throw notFound('partner');
  return row;
}

/**
 * Stores a batch of metric events, skipping those whose externalRef was already recorded, then
 * re-evaluates the partner so a promotion earned by these events applies at once.
 */
export async function ingestMetrics(ctx: Ctx, partnerId: string, input: IngestMetricsInput) {
  const partner = await partnerRow(ctx, partnerId);
  const ws = ctx.requireWorkspace();
  // A repeated externalRef inside the batch conflicts with its first copy: skipped the same way.
  const values = input.events.map((e) => ({
    workspaceId: ws,
    id: newId('metricEvent'),
    partnerId,
    metric: e.metric,
    value: e.value,
    occurredAt: new Date(e.occurredAt),
    source: e.source ?? 'api',
    externalId: e.externalRef ?? null,
    createdAt: ctx.clock.now(),
  }));
  const inserted = await ctx.db
    .insert(partnerMetricEvents)
    .values(values)
    .onConflictDoNothing({
      target: [
        partnerMetricEvents.workspaceId,
        partnerMetricEvents.partnerId,
        partnerMetricEvents.metric,
        partnerMetricEvents.externalId,
      ],
      where: sql`external_id is not null`,
    })
    .returning({ id: partnerMetricEvents.id });
  const result = { inserted: inserted.length, duplicates: input.events.length - inserted.length };
  ctx.audit({
    action: 'tier.metrics_recorded',
    objectType: 'partner',
    objectId: partnerId,
    partnerId,
    after: { ...result, metrics: [...new Set(input.events.map((e) => e.metric))] },
  });
  if (partner.programId && inserted.length > 0) await recomputePartner(ctx, partner.programId, partnerId);
  return result;
}

// ---- reads ---------------------------------------------------------------------------------------

function progress(c: ConditionResult): number {
  if (c.passed) return 1;
  if (c.actual === null || c.actual <= 0) return 0;
  const t = c.threshold;
  if (c.operator === '>=' || c.operator === '>' || c.operator === '=')
    return t <= 0 ? 0 : Math.min(0.99, Math.max(0, c.actual / t));
  // "at most" conditions: how close to coming down to the threshold.
  return Math.min(0.99, Math.max(0, t / c.actual));
}
const withProgress = (cs: ConditionResult[]) => cs.map((c) => ({ ...c, progress: progress(c) }));

export async function getPartnerTier(ctx: Ctx, partnerId: string) {
  const partner = await partnerRow(ctx, partnerId);
  const [state] = await ctx.db
    .select()
    .from(partnerTiers)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partnerTiers.workspaceId, partnerId: partnerTiers.partnerId }),
        eq(partnerTiers.partnerId, partnerId),
      ),
    );
  const empty = {
    partnerId,
    programId: partner.programId,
    tier: null,
    since: null,
    evaluatedAt: null,
    explanation: null,
    conditions: [],
    next: null,
    pendingDemotion: null,
  };
  if (!state || state.programId !== partner.programId) return empty;
  const programTiers = await ctx.db
    .select()
    .from(tiers)
    .where(and(tierScope(ctx), eq(tiers.programId, state.programId)));
  const byId = new Map(programTiers.map((t) => [t.id, t]));
  const ref = (id: string | null | undefined) => {
    const t = id ? byId.get(id) : undefined;
    return t ? { id: t.id, name: t.name, rank: t.rank } : null;
  };
  const current = state.tierId ? byId.get(state.tierId) : undefined;
  const details: EvaluationDetails = state.details;
  const nextRef = details.next ? ref(details.next.id) : null;
  return {
    partnerId,
    programId: state.programId,
    tier: current
      ? {
          id: current.id,
          name: current.name,
          rank: current.rank,
          discountPct: current.discountPct,
          rebatePct: current.rebatePct,
          mdfEligible: current.mdfEligible,
          leadPriority: current.leadPriority,
        }
      : null,
    since: state.since.toISOString(),
    evaluatedAt: state.evaluatedAt.toISOString(),
    explanation: state.explanation,
    conditions: details.tier && details.tier.id === state.tierId ? withProgress(details.tier.conditions) : [],
    next:
      details.next && nextRef
        ? {
            ...nextRef,
            criteria: byId.get(nextRef.id)?.criteria ?? null,
            conditions: withProgress(details.next.conditions),
          }
        : null,
    pendingDemotion:
      state.pendingDemotion && state.pendingDueAt
        ? { to: ref(state.pendingTierId), dueAt: state.pendingDueAt.toISOString() }
        : null,
  };
}

export async function listDecisions(ctx: Ctx, partnerId: string, q: { limit: number; cursor?: string }) {
  await partnerRow(ctx, partnerId);
  const sort = '-decided_at';
  const ks = keyset({
    sort,
    columns: { decided_at: tierDecisions.decidedAt },
    id: tierDecisions.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select()
    .from(tierDecisions)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: tierDecisions.workspaceId, partnerId: tierDecisions.partnerId }),
        eq(tierDecisions.partnerId, partnerId),
        ks.where,
      ),
    )
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, sort, 'decidedAt');
  return {
    data: page.data.map((r) => ({
      id: r.id,
      partnerId: r.partnerId,
      programId: r.programId,
      kind: r.kind as 'placed',
      fromTier: r.fromTierId ? { id: r.fromTierId, name: r.fromTierName } : null,
      toTier: r.toTierId ? { id: r.toTierId, name: r.toTierName } : null,
      explanation: r.explanation,
      dueAt: r.dueAt?.toISOString() ?? null,
      actorId: r.actorId,
      decidedAt: r.decidedAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

export type PartnerBenefits = {
  partnerId: string;
  tier: { id: string; name: string; rank: number } | null;
  discountPct: number;
  rebatePct: number;
  mdfEligible: boolean;
  leadPriority: number;
};

/**
 * The one call other modules use for tier benefits (discounts, rebates, MDF, lead routing).
 * A partner without a tier gets none. Scoped like every read: a partner actor asking about
 * another partner gets 404.
 */
export async function getPartnerBenefits(ctx: Ctx, partnerId: string): Promise<PartnerBenefits> {
  const partner = await partnerRow(ctx, partnerId);
  const [row] = await ctx.db
    .select({
      id: tiers.id,
      name: tiers.name,
      rank: tiers.rank,
      discountPct: tiers.discountPct,
      rebatePct: tiers.rebatePct,
      mdfEligible: tiers.mdfEligible,
      leadPriority: tiers.leadPriority,
      programId: partnerTiers.programId,
    })
    .from(partnerTiers)
    .innerJoin(tiers, and(eq(tiers.workspaceId, partnerTiers.workspaceId), eq(tiers.id, partnerTiers.tierId)))
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partnerTiers.workspaceId, partnerId: partnerTiers.partnerId }),
        eq(partnerTiers.partnerId, partnerId),
      ),
    );
  if (!row || row.programId !== partner.programId)
    return { partnerId, tier: null, discountPct: 0, rebatePct: 0, mdfEligible: false, leadPriority: 0 };
  return {
    partnerId,
    tier: { id: row.id, name: row.name, rank: row.rank },
    discountPct: row.discountPct,
    rebatePct: row.rebatePct,
    mdfEligible: row.mdfEligible,
    leadPriority: row.leadPriority,
  };
}

export async function recomputeOnePartner(ctx: Ctx, partnerId: string) {
  const partner = await partnerRow(ctx, partnerId);
  if (!partner.programId)
    throw new AppError('validation_failed', 'The partner belongs to no program, so it has no tiers.', {
      errors: [fieldError('path', ['partnerId'], 'belongs to no program')],
    });
  return recomputePartner(ctx, partner.programId, partnerId);
}
