import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid } from '../../platform/ids/index.js';
import { minorDigits, resolveLineItems } from '../catalog/index.js';
import { addActivity, type DealRow, moveDeal, viewDeal } from '../deals/index.js';
import { dealParticipants, deals } from '../deals/tables.js';
import { markDealMilestone } from '../partners/index.js';
import { ingestMetrics } from '../tiers/index.js';
import { loadDeal } from './common.js';
import type { CloseDealInput, UpdateOpportunityInput } from './schemas.js';
import { addToOtherSides, BY_PARTNER } from './timeline.js';
import { recordTouchpoint } from './touchpoints.js';

function assertVersion(row: DealRow, expected: number | undefined) {
  if (expected !== undefined && row.version !== expected) {
    throw new AppError(
      'precondition_failed',
      `The deal is at version ${row.version}; you sent If-Match "${expected}".`,
    );
  }
}

/**
 * The shared opportunity fields vendor and partner reps work on once a registration is approved:
 * stage, amount and currency, products, expected close date, next steps. A stage change is a
 * timeline entry every partner on the deal sees, an event (`deal.stage_changed`) and, when a
 * partner moved it, a co-selling touchpoint; other changes are one `updated` entry with before
 * and after.
 */
export async function updateOpportunity(
  ctx: Ctx,
  dealId: string,
  input: UpdateOpportunityInput,
  expectedVersion?: number,
) {
  const before = await loadDeal(ctx, dealId, true);
  assertVersion(before, expectedVersion);
  if (before.state !== 'approved') {
    throw new AppError(
      'conflict',
      `Only approved deals are worked as shared opportunities; this one is ${before.state}.`,
    );
  }
  const currency = input.currency ?? before.currency;
  const patch: Partial<typeof deals.$inferInsert> = {};
  if (input.stage !== undefined && input.stage !== before.stage) patch.stage = input.stage;
  if (input.currency !== undefined && input.currency !== before.currency) patch.currency = input.currency;
  if (input.expectedCloseDate !== undefined && input.expectedCloseDate !== before.expectedCloseDate)
    patch.expectedCloseDate = input.expectedCloseDate;
  if (input.nextSteps !== undefined && input.nextSteps !== before.nextSteps)
    patch.nextSteps = input.nextSteps;
  if (input.lineItems !== undefined) {
    const items = await resolveLineItems(ctx, input.lineItems, currency);
    patch.lineItems = items;
    patch.productLineIds = [...new Set(items.map((i) => idToUuid(i.productLineId)))];
    if (input.amountMinor === undefined)
      patch.amountMinor = items.reduce((s, i) => s + i.quantity * i.unitPriceMinor, 0);
  }
  if (input.amountMinor !== undefined) patch.amountMinor = input.amountMinor;
  if (patch.amountMinor === before.amountMinor) delete patch.amountMinor;
  if (Object.keys(patch).length === 0) return viewDeal(ctx, before);

  const [row] = await ctx.db
    .update(deals)
    .set({ ...patch, updatedAt: ctx.clock.now(), version: sql`${deals.version} + 1` })
    .where(
      and(
        eq(deals.workspaceId, ctx.requireWorkspace()),
        eq(deals.id, dealId),
        eq(deals.version, before.version),
      ),
    )
    .returning();
  if (!row)
    throw new AppError('precondition_failed', 'The deal changed while you were saving; read it again.');
  const by = ctx.partnerId ? { [BY_PARTNER]: ctx.partnerId } : {};

  if (patch.stage !== undefined) {
    await addActivity(ctx, row, {
      kind: 'stage_changed',
      visibility: 'participants',
      data: { from: before.stage, to: row.stage, ...by },
    });
    ctx.audit({
      action: 'deal.stage_changed',
      objectType: 'deal',
      objectId: row.id,
      partnerId: row.partnerId,
      after: { id: row.id, partnerId: row.partnerId, from: before.stage, to: row.stage },
    });
  }
  const fields = (['amountMinor', 'currency', 'expectedCloseDate', 'nextSteps', 'lineItems'] as const).filter(
    (f) => patch[f] !== undefined,
  );
  if (fields.length > 0) {
    const pick = (r: DealRow) => Object.fromEntries(fields.map((f) => [f, r[f]]));
    await addActivity(ctx, row, {
      kind: 'updated',
      visibility: 'participants',
      data: { fields, before: pick(before), after: pick(row), ...by },
    });
    ctx.audit({
      action: 'deal.opportunity_updated',
      objectType: 'deal',
      objectId: row.id,
      partnerId: row.partnerId,
      before: pick(before),
      after: pick(row),
    });
  }
  if (ctx.partnerId) {
    await recordTouchpoint(ctx, {
      partnerId: ctx.partnerId,
      dealId: row.id,
      kind: 'cosell_activity',
      source: 'system',
      note: patch.stage !== undefined ? `Stage ${before.stage} → ${row.stage}` : 'Opportunity updated',
      data: { activity: patch.stage !== undefined ? 'stage_changed' : 'updated' },
    });
  }
  return viewDeal(ctx, row);
}

/**
 * Closes an approved deal as won or lost (vendor staff only). A win feeds the tier metrics of
 * every partner on the deal — revenue weighted by its share, one deal won each — idempotently
 * (the deal id is the metrics' external reference), and marks each partner's first win.
 */
export async function closeDeal(ctx: Ctx, dealId: string, input: CloseDealInput) {
  if (ctx.partnerId) throw new AppError('forbidden', 'Only vendor staff close deals as won or lost.');
  const deal = await loadDeal(ctx, dealId, true);
  const now = ctx.clock.now();
  const row = await moveDeal(ctx, deal, input.outcome, {
    reason: input.reason ?? null,
    patch: {
      closedAt: now,
      closeReason: input.reason ?? null,
      ...(input.amountMinor !== undefined ? { amountMinor: input.amountMinor } : {}),
    },
  });
  await addToOtherSides(ctx, row, {
    kind: 'state_changed',
    body: input.reason ?? '',
    data: { from: deal.state, to: row.state },
  });
  if (input.outcome === 'won') {
    const parts = await ctx.db
      .select({ partnerId: dealParticipants.partnerId, shareBps: dealParticipants.shareBps })
      .from(dealParticipants)
      .where(
        and(eq(dealParticipants.workspaceId, ctx.requireWorkspace()), eq(dealParticipants.dealId, row.id)),
      );
    const shares = new Map<string, number>();
    for (const p of parts) shares.set(p.partnerId, (shares.get(p.partnerId) ?? 0) + p.shareBps);
    if (!shares.has(row.partnerId)) shares.set(row.partnerId, 10_000);
    const scale = 10 ** minorDigits(row.currency);
    for (const [partnerId, bps] of shares) {
      // Revenue in major units of the deal's currency, weighted by the partner's share.
      const revenue = Math.round((row.amountMinor * bps) / 10_000) / scale;
      await ingestMetrics(ctx, partnerId, {
        events: [
          {
            metric: 'revenue_won',
            value: revenue,
            occurredAt: now.toISOString(),
            source: 'deal',
            externalRef: row.id,
          },
          {
            metric: 'deals_won',
            value: 1,
            occurredAt: now.toISOString(),
            source: 'deal',
            externalRef: row.id,
          },
        ],
      });
      await markDealMilestone(ctx, partnerId, 'first_deal_won', now);
    }
  }
  return viewDeal(ctx, row);
}
