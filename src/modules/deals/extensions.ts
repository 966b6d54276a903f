import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom, paginationShape, sortParam } from '../../platform/http/pagination.js';
import { newId, zId } from '../../platform/ids/index.js';
import { partnerNames } from '../partners/index.js';
import { getDealRow } from './index.js';
import { mailPartner } from './notify.js';
import { rulesForProgram } from './program-rules.js';
import type { DealRules } from './rules.js';
import { dealExtensions, deals } from './tables.js';
import { addActivity, type DealRow } from './transition.js';

const DAY_MS = 24 * 3_600_000;

// ---------------------------------------------------------------- schemas

const reason = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

export const ExtensionRequest = z
  .strictObject({
    days: z.number().int().min(1, 'must be at least 1').max(365, 'must be at most 365'),
    reason,
  })
  .meta({ id: 'DealExtensionRequest' });

export const ExtensionDecision = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    reason,
    days: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(365, 'must be at most 365')
      .optional()
      .meta({ description: 'Approve for fewer (or more, within the program limit) days than asked.' }),
  })
  .meta({ id: 'DealExtensionDecision' });

export const ExtensionParams = z.strictObject({ extensionId: zId('dealExtension') });

export const ExtensionQueueQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['requested_at'], 'requested_at'),
  status: z.enum(['pending', 'approved', 'rejected']).default('pending'),
  partnerId: zId('partner').optional(),
});

export const DealExtension = z
  .object({
    id: zId('dealExtension'),
    dealId: zId('deal'),
    partnerId: zId('partner'),
    requestedDays: z.number().int(),
    reason: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    requestedBy: z.string(),
    requestedAt: z.iso.datetime(),
    decidedBy: z.string().nullable().meta({ description: 'Staff only (null for partner users).' }),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
  })
  .meta({ id: 'DealExtension' });

export const ExtensionLimits = z
  .object({
    maxCount: z.number().int(),
    maxDays: z.number().int(),
    requireApproval: z.boolean(),
    used: z.number().int().meta({ description: 'Extensions granted so far.' }),
    protectionEndsAt: z.iso.datetime().nullable(),
    canRequest: z.boolean(),
    cannotRequestReason: z.string().nullable(),
  })
  .meta({ id: 'DealExtensionLimits' });

export const DealExtensionList = z
  .object({ data: z.array(DealExtension), limits: ExtensionLimits })
  .meta({ id: 'DealExtensionList' });

export const ExtensionQueueItem = DealExtension.extend({
  dealTitle: z.string(),
  customerName: z.string(),
  partnerName: z.string(),
  dealState: z.string(),
  protectionEndsAt: z.iso.datetime().nullable(),
  extensionCount: z.number().int(),
  maxCount: z.number().int(),
  maxDays: z.number().int(),
}).meta({ id: 'DealExtensionQueueItem' });

export const ExtensionRequestResult = z
  .object({
    extension: DealExtension,
    protectionEndsAt: z.iso.datetime().nullable(),
    extensionCount: z.number().int(),
  })
  .meta({ id: 'DealExtensionResult' });

export type ExtensionRequestInput = z.output<typeof ExtensionRequest>;
export type ExtensionDecisionInput = z.output<typeof ExtensionDecision>;
export type ExtensionQueueInput = z.output<typeof ExtensionQueueQuery>;

// ---------------------------------------------------------------- service

type ExtensionRow = typeof dealExtensions.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

export function toExtension(row: ExtensionRow, ctx: Ctx) {
  return {
    id: row.id,
    dealId: row.dealId,
    partnerId: row.partnerId,
    requestedDays: row.requestedDays,
    reason: row.reason,
    status: row.status as 'pending' | 'approved' | 'rejected',
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: ctx.partnerId ? null : row.decidedBy,
    decidedAt: iso(row.decidedAt),
    decisionReason: row.decisionReason,
  };
}

const field = (name: string, message: string) =>
  new AppError('validation_failed', `${name}: ${message}`, { errors: [fieldError('body', [name], message)] });

/** Why the deal cannot be extended now (null: it can), by the program's rules. */
function blocker(row: DealRow, rules: DealRules, pending: ExtensionRow | undefined): string | null {
  if (row.state !== 'approved' || !row.protectionEndsAt)
    return `Only approved registrations can be extended; this one is ${row.state}.`;
  if (rules.extensions.maxCount === 0) return 'The program allows no extensions.';
  if (row.extensionCount >= rules.extensions.maxCount)
    return `This deal was already extended ${times(row.extensionCount)}; the program allows ${rules.extensions.maxCount}.`;
  if (pending) return `An extension request (${pending.id}) is already waiting for a decision.`;
  return null;
}

async function pendingFor(ctx: Ctx, dealId: string, lock = false) {
  const q = ctx.db
    .select()
    .from(dealExtensions)
    .where(
      and(
        eq(dealExtensions.workspaceId, ctx.requireWorkspace()),
        eq(dealExtensions.dealId, dealId),
        eq(dealExtensions.status, 'pending'),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/**
 * The registering partner's own deal (partners added to a multi-partner deal see it but do not
 * own its protection), or any deal for staff.
 */
async function ownDeal(ctx: Ctx, dealId: string, forUpdate: boolean) {
  const row = await getDealRow(ctx, dealId, forUpdate);
  if (ctx.partnerId && row.partnerId !== ctx.partnerId)
    throw new AppError('forbidden', 'Only the partner that registered the deal manages its protection.');
  return row;
}

/** Extends the protection: the shared effect of an approved (or automatically granted) request. */
async function grant(
  ctx: Ctx,
  deal: DealRow,
  ext: ExtensionRow,
  days: number,
  reasonText: string,
  auto: boolean,
) {
  const now = ctx.clock.now();
  const ends = new Date(deal.protectionEndsAt!.getTime() + days * DAY_MS);
  const [updated] = await ctx.db
    .update(deals)
    .set({
      protectionEndsAt: ends,
      extensionCount: deal.extensionCount + 1,
      // The warnings start over for the new end.
      expiryWarningsSent: [],
      updatedAt: now,
      version: sql`${deals.version} + 1`,
    })
    .where(and(eq(deals.workspaceId, deal.workspaceId), eq(deals.id, deal.id)))
    .returning();
  const [decided] = await ctx.db
    .update(dealExtensions)
    .set({
      status: 'approved',
      decidedBy: auto ? 'system:auto-extension' : actorId(ctx.actor),
      decidedAt: now,
      decisionReason: reasonText,
    })
    .where(and(eq(dealExtensions.workspaceId, ext.workspaceId), eq(dealExtensions.id, ext.id)))
    .returning();
  const detail = `Protection extended by ${days} days to ${isoDate(ends)}. ${reasonText}`;
  await addActivity(ctx, deal, {
    kind: 'extension',
    body: detail,
    data: {
      extensionId: ext.id,
      status: 'approved',
      days,
      requestedDays: ext.requestedDays,
      protectionEndsAt: ends.toISOString(),
      automatic: auto,
    },
  });
  ctx.audit({
    action: 'deal.extension_decided',
    objectType: 'deal_extension',
    objectId: ext.id,
    partnerId: deal.partnerId,
    after: {
      id: ext.id,
      dealId: deal.id,
      partnerId: deal.partnerId,
      status: 'approved',
      days,
      reason: reasonText,
      protectionEndsAt: ends.toISOString(),
    },
  });
  await mailPartner(ctx, deal, 'extension_approved', detail);
  return { extension: decided!, deal: updated! };
}

/**
 * A partner (or staff on its behalf) asks to extend an approved registration's protection,
 * within the program's limits: at most `maxCount` extensions of at most `maxDays` each, one
 * request waiting at a time. The deal row is locked first, so two concurrent requests cannot
 * both pass the checks. Without `requireApproval` a request within the limits is granted at once.
 */
export async function requestExtension(ctx: Ctx, dealId: string, input: ExtensionRequestInput) {
  const deal = await ownDeal(ctx, dealId, true);
  const rules = await rulesForProgram(ctx, deal.programId);
  const pending = await pendingFor(ctx, deal.id);
  const blocked = blocker(deal, rules, pending);
  if (blocked) throw new AppError('conflict', blocked, { limit: rules.extensions });
  if (input.days > rules.extensions.maxDays)
    throw field(
      'days',
      `must be at most ${rules.extensions.maxDays}: the program allows extensions of up to ${rules.extensions.maxDays} days`,
    );
  const now = ctx.clock.now();
  const [ext] = await ctx.db
    .insert(dealExtensions)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('dealExtension'),
      dealId: deal.id,
      partnerId: deal.partnerId,
      requestedDays: input.days,
      reason: input.reason,
      status: 'pending',
      requestedBy: actorId(ctx.actor),
      requestedAt: now,
    })
    .returning();
  await addActivity(ctx, deal, {
    kind: 'extension',
    body: `Asked to extend the protection by ${input.days} days: ${input.reason}`,
    data: { extensionId: ext!.id, status: 'pending', days: input.days },
  });
  ctx.audit({
    action: 'deal.extension_requested',
    objectType: 'deal_extension',
    objectId: ext!.id,
    partnerId: deal.partnerId,
    after: {
      id: ext!.id,
      dealId: deal.id,
      partnerId: deal.partnerId,
      requestedDays: input.days,
      reason: input.reason,
      // Who is told in-app (events/dispatch): the deal's assigned reviewer, else every reviewer.
      needsReview: rules.extensions.requireApproval,
      ...(rules.extensions.requireApproval && deal.assigneeUserId
        ? { assigneeUserId: deal.assigneeUserId }
        : {}),
    },
  });
  if (!rules.extensions.requireApproval) {
    const done = await grant(
      ctx,
      deal,
      ext!,
      input.days,
      'Within the program’s limits: granted automatically.',
      true,
    );
    return {
      extension: toExtension(done.extension, ctx),
      protectionEndsAt: iso(done.deal.protectionEndsAt),
      extensionCount: done.deal.extensionCount,
    };
  }
  return {
    extension: toExtension(ext!, ctx),
    protectionEndsAt: iso(deal.protectionEndsAt),
    extensionCount: deal.extensionCount,
  };
}

/** The deal's extension requests, newest first, with what the program still allows. */
export async function listDealExtensions(ctx: Ctx, dealId: string) {
  const deal = await ownDeal(ctx, dealId, false);
  const rules = await rulesForProgram(ctx, deal.programId);
  const rows = await ctx.db
    .select()
    .from(dealExtensions)
    .where(and(eq(dealExtensions.workspaceId, ctx.requireWorkspace()), eq(dealExtensions.dealId, deal.id)))
    .orderBy(sql`${dealExtensions.requestedAt} desc`, sql`${dealExtensions.id} desc`);
  const blocked = blocker(
    deal,
    rules,
    rows.find((r) => r.status === 'pending'),
  );
  return {
    data: rows.map((r) => toExtension(r, ctx)),
    limits: {
      maxCount: rules.extensions.maxCount,
      maxDays: rules.extensions.maxDays,
      requireApproval: rules.extensions.requireApproval,
      used: deal.extensionCount,
      protectionEndsAt: iso(deal.protectionEndsAt),
      canRequest: blocked === null,
      cannotRequestReason: blocked,
    },
  };
}

/** Staff: the review queue of extension requests (pending by default), oldest first. */
export async function listExtensionQueue(ctx: Ctx, q: ExtensionQueueInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { requested_at: dealExtensions.requestedAt },
    id: dealExtensions.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [
    eq(dealExtensions.workspaceId, ctx.requireWorkspace()),
    eq(dealExtensions.status, q.status),
    ks.where,
  ];
  if (q.partnerId) conditions.push(eq(dealExtensions.partnerId, q.partnerId));
  const rows = await ctx.db
    .select()
    .from(dealExtensions)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'requestedAt');
  const dealRows = page.data.length
    ? await ctx.db
        .select()
        .from(deals)
        .where(
          and(
            eq(deals.workspaceId, ctx.requireWorkspace()),
            inArray(
              deals.id,
              page.data.map((r) => r.dealId),
            ),
          ),
        )
    : [];
  const byId = new Map(dealRows.map((d) => [d.id, d]));
  const names = await partnerNames(
    ctx,
    page.data.map((r) => r.partnerId),
  );
  const rulesByProgram = new Map<string, DealRules>();
  const data = [];
  for (const r of page.data) {
    const d = byId.get(r.dealId);
    const key = d?.programId ?? '';
    if (!rulesByProgram.has(key)) rulesByProgram.set(key, await rulesForProgram(ctx, d?.programId ?? null));
    const rules = rulesByProgram.get(key)!;
    data.push({
      ...toExtension(r, ctx),
      dealTitle: d?.title ?? '',
      customerName: d?.customerName ?? '',
      partnerName: names.get(r.partnerId) ?? '',
      dealState: d?.state ?? '',
      protectionEndsAt: iso(d?.protectionEndsAt ?? null),
      extensionCount: d?.extensionCount ?? 0,
      maxCount: rules.extensions.maxCount,
      maxDays: rules.extensions.maxDays,
    });
  }
  return { data, nextCursor: page.nextCursor };
}

/**
 * A reviewer approves (optionally for a different number of days, within the limit) or rejects
 * a pending request. The deal is locked before the request, the same order as a new request
 * takes, so a decision and a request never deadlock; approving re-checks the limits, which may
 * have changed since the request.
 */
export async function decideExtension(ctx: Ctx, extensionId: string, input: ExtensionDecisionInput) {
  if (ctx.partnerId) throw notFound('deal extension');
  const ws = ctx.requireWorkspace();
  const [found] = await ctx.db
    .select()
    .from(dealExtensions)
    .where(and(eq(dealExtensions.workspaceId, ws), eq(dealExtensions.id, extensionId)));
  if (!found) throw notFound('deal extension');
  const deal = await getDealRow(ctx, found.dealId, true);
  const [ext] = await ctx.db
    .select()
    .from(dealExtensions)
    .where(and(eq(dealExtensions.workspaceId, ws), eq(dealExtensions.id, extensionId)))
    .for('update');
  if (ext?.status !== 'pending')
    throw new AppError('conflict', `This extension request was already ${ext?.status ?? 'removed'}.`);
  const now = ctx.clock.now();
  if (input.decision === 'reject') {
    const [decided] = await ctx.db
      .update(dealExtensions)
      .set({
        status: 'rejected',
        decidedBy: actorId(ctx.actor),
        decidedAt: now,
        decisionReason: input.reason,
      })
      .where(and(eq(dealExtensions.workspaceId, ws), eq(dealExtensions.id, ext.id)))
      .returning();
    await addActivity(ctx, deal, {
      kind: 'extension',
      body: `Extension of ${ext.requestedDays} days not granted: ${input.reason}`,
      data: { extensionId: ext.id, status: 'rejected', requestedDays: ext.requestedDays },
    });
    ctx.audit({
      action: 'deal.extension_decided',
      objectType: 'deal_extension',
      objectId: ext.id,
      partnerId: deal.partnerId,
      after: {
        id: ext.id,
        dealId: deal.id,
        partnerId: deal.partnerId,
        status: 'rejected',
        reason: input.reason,
      },
    });
    await mailPartner(ctx, deal, 'extension_rejected', input.reason);
    return {
      extension: toExtension(decided!, ctx),
      protectionEndsAt: iso(deal.protectionEndsAt),
      extensionCount: deal.extensionCount,
    };
  }
  const rules = await rulesForProgram(ctx, deal.programId);
  const blocked = blocker(deal, rules, undefined);
  if (blocked) throw new AppError('conflict', blocked, { limit: rules.extensions });
  const days = input.days ?? ext.requestedDays;
  if (days > rules.extensions.maxDays)
    throw field(
      input.days === undefined ? 'decision' : 'days',
      `${days} days exceed the program limit of ${rules.extensions.maxDays} days; approve for fewer days`,
    );
  const done = await grant(ctx, deal, ext, days, input.reason, false);
  return {
    extension: toExtension(done.extension, ctx),
    protectionEndsAt: iso(done.deal.protectionEndsAt),
    extensionCount: done.deal.extensionCount,
  };
}
