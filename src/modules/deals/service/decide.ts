import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { actorId } from '../../../platform/access/actor.js';
import type { Ctx } from '../../../platform/access/context.js';
import { AppError, invalid, notFound } from '../../../platform/errors/index.js';
import { idToUuid, newId, uuidToId } from '../../../platform/ids/index.js';
import { partnerNames } from '../../partners/index.js';
import { vendorOpportunities } from '../../pipeline/tables.js';
import { mailPartner } from '../notify.js';
import { rulesForProgram } from '../program-rules.js';
import type { ConflictResolutionInput, ListDealsInput } from '../schemas.js';
import { dealConflicts, dealParticipants, deals } from '../tables.js';
import { addActivity, type DealRow, moveDeal } from '../transition.js';
import { getDealRow, listDeals, viewDeal } from './read.js';

const DAY_MS = 86_400_000;

async function approvalPatch(ctx: Ctx, row: DealRow, reason: string | null) {
  const rules = await rulesForProgram(ctx, row.programId);
  const now = ctx.clock.now();
  return {
    approvedAt: now,
    protectionEndsAt: new Date(now.getTime() + rules.protectionDays * DAY_MS),
    decidedAt: now,
    decidedBy: actorId(ctx.actor),
    decisionReason: reason,
    reviewDueAt: null,
    conflictStatus: row.conflictStatus === 'open' ? 'resolved' : row.conflictStatus,
  };
}

function closedPatch(ctx: Ctx, row: DealRow, reason: string) {
  return {
    decidedAt: ctx.clock.now(),
    decidedBy: actorId(ctx.actor),
    decisionReason: reason,
    reviewDueAt: null,
    conflictStatus: row.conflictStatus === 'open' ? 'resolved' : row.conflictStatus,
  };
}

const needReason = (reason: string | undefined, what: string) => {
  if (!reason) throw invalid('body', 'reason', `is required to ${what}: the partner is told why`);
  return reason;
};

/**
 * A reviewer's decision. A registration with an open conflict is decided in the conflict queue
 * (resolveConflict), where both sides and the evidence are in view; a possible conflict may be
 * approved here, which settles it.
 */
export async function decideDeal(
  ctx: Ctx,
  dealId: string,
  input: { decision: 'approve' | 'reject' | 'return' | 'start_review'; reason?: string | undefined },
) {
  const row = await getDealRow(ctx, dealId, true);
  switch (input.decision) {
    case 'start_review': {
      const moved = await moveDeal(ctx, row, 'under_review', {
        reason: input.reason ?? null,
        patch: {
          assigneeUserId: row.assigneeUserId ?? (ctx.actor.kind === 'user' ? ctx.actor.userId : null),
        },
      });
      return viewDeal(ctx, moved);
    }
    case 'approve': {
      if (row.conflictStatus === 'open' && row.conflictLevel === 'conflict') {
        throw new AppError(
          'conflict',
          'This registration conflicts with an earlier one or the vendor pipeline; resolve it in the conflict queue.',
        );
      }
      const reason = input.reason || 'Approved.';
      const moved = await moveDeal(ctx, row, 'approved', {
        reason,
        patch: await approvalPatch(ctx, row, reason),
      });
      return viewDeal(ctx, moved);
    }
    case 'reject': {
      const reason = needReason(input.reason, 'reject');
      return viewDeal(
        ctx,
        await moveDeal(ctx, row, 'rejected', { reason, patch: closedPatch(ctx, row, reason) }),
      );
    }
    case 'return': {
      const reason = needReason(input.reason, 'return a registration');
      const moved = await moveDeal(ctx, row, 'returned', {
        reason,
        patch: {
          decidedAt: ctx.clock.now(),
          decidedBy: actorId(ctx.actor),
          decisionReason: reason,
          reviewDueAt: null,
        },
      });
      return viewDeal(ctx, moved);
    }
  }
}

type OtherSide = {
  id: string;
  partnerId: string | null;
  partnerName: string | null;
  title: string;
  state: string;
  customerName: string;
  website: string | null;
  domain: string | null;
  country: string | null;
  amountMinor: number;
  currency: string;
  expectedCloseDate: string | null;
  productLineIds: string[];
  submittedAt: string | null;
  submissionSeq: number | null;
};

/** The conflict candidates of a registration's latest submission, each with the other side (staff only). */
export async function getDealConflicts(ctx: Ctx, dealId: string) {
  const row = await getDealRow(ctx, dealId);
  const [candidates] = await candidatesOf(ctx, [row]);
  return { deal: await viewDeal(ctx, row), candidates: candidates! };
}

/**
 * The candidates of several registrations in a constant number of queries (the conflict queue
 * shows a page of them): the evidence rows of each one's latest submission (stamped with its
 * submission time), then the other sides — registrations, vendor opportunities, partner names —
 * each in one query.
 */
async function candidatesOf(ctx: Ctx, submissions: Pick<DealRow, 'id' | 'submittedAt'>[]) {
  const ws = ctx.requireWorkspace();
  const submitted = submissions.filter((d) => d.submittedAt);
  const rows = submitted.length
    ? await ctx.db
        .select()
        .from(dealConflicts)
        .where(
          and(
            eq(dealConflicts.workspaceId, ws),
            sql`(${dealConflicts.dealId}, ${dealConflicts.createdAt}) in (select * from unnest(${sql.param(submitted.map((d) => idToUuid(d.id)))}::uuid[], ${sql.param(submitted.map((d) => d.submittedAt!.toISOString()))}::timestamptz[]))`,
          ),
        )
        .orderBy(desc(dealConflicts.isPrimary), desc(dealConflicts.score))
    : [];
  const dealUuids = rows.flatMap((r) => (r.candidateDealId ? [r.candidateDealId] : []));
  const oppUuids = rows.flatMap((r) => (r.candidateOpportunityId ? [r.candidateOpportunityId] : []));
  const otherDeals = dealUuids.length
    ? await ctx.db
        .select()
        .from(deals)
        .where(
          and(
            eq(deals.workspaceId, ws),
            inArray(
              deals.id,
              dealUuids.map((u) => uuidToId('deal', u)),
            ),
          ),
        )
    : [];
  const opps = oppUuids.length
    ? await ctx.db
        .select()
        .from(vendorOpportunities)
        .where(
          and(
            eq(vendorOpportunities.workspaceId, ws),
            inArray(
              vendorOpportunities.id,
              oppUuids.map((u) => uuidToId('vendorOpportunity', u)),
            ),
          ),
        )
    : [];
  const names = await partnerNames(
    ctx,
    otherDeals.map((d) => d.partnerId),
  );
  const byId = new Map<string, OtherSide>();
  for (const d of otherDeals) {
    byId.set(idToUuid(d.id), {
      id: d.id,
      partnerId: d.partnerId,
      partnerName: names.get(d.partnerId) ?? null,
      title: d.title,
      state: d.state,
      customerName: d.customerName,
      website: d.customerWebsite,
      domain: d.customerDomain,
      country: d.customerCountry,
      amountMinor: d.amountMinor,
      currency: d.currency,
      expectedCloseDate: d.expectedCloseDate,
      productLineIds: d.productLineIds.map((u) => uuidToId('productLine', u)),
      submittedAt: d.submittedAt?.toISOString() ?? null,
      submissionSeq: d.submissionSeq,
    });
  }
  for (const o of opps) {
    byId.set(idToUuid(o.id), {
      id: o.id,
      partnerId: null,
      partnerName: null,
      title: o.name,
      state: o.status,
      customerName: o.customerName,
      website: o.customerWebsite,
      domain: o.customerDomain,
      country: o.customerCountry,
      amountMinor: o.amountMinor,
      currency: o.currency,
      expectedCloseDate: o.expectedCloseDate,
      productLineIds: o.productLineIds.map((u) => uuidToId('productLine', u)),
      submittedAt: null,
      submissionSeq: null,
    });
  }
  const candidateOf = (r: (typeof rows)[number]) => {
    const other = byId.get((r.candidateDealId ?? r.candidateOpportunityId)!);
    if (!other) return [];
    return [
      {
        id: r.id,
        kind: r.candidateKind as 'deal' | 'vendor_opportunity',
        score: r.score,
        level: r.level as 'conflict' | 'possible',
        primary: r.isPrimary,
        evidence: r.evidence as never[],
        other,
      },
    ];
  };
  return submissions.map((d) => rows.filter((r) => r.dealId === d.id).flatMap(candidateOf));
}

/** The conflict queue: registrations with an open conflict, each with its candidates. */
export async function listConflictQueue(ctx: Ctx, q: ListDealsInput) {
  const page = await listDeals(ctx, { ...q, 'filter[queue]': 'conflicts' });
  const candidates = await candidatesOf(
    ctx,
    page.data.map((d) => ({ id: d.id, submittedAt: d.submittedAt ? new Date(d.submittedAt) : null })),
  );
  return {
    data: page.data.map((deal, i) => ({ deal, candidates: candidates[i]! })),
    nextCursor: page.nextCursor,
  };
}

async function addParticipant(ctx: Ctx, dealId: string, partnerId: string, role: string, shareBps: number) {
  await ctx.db
    .insert(dealParticipants)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('dealParticipant'),
      dealId,
      partnerId,
      role,
      shareBps,
      addedBy: actorId(ctx.actor),
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing();
}

/**
 * The conflict queue's decisions on a registration (`this`) that conflicts with an earlier one
 * (`other`) or with a vendor opportunity:
 *  - approve_this: this wins; the other registration is rejected (an approval is withdrawn);
 *    against the vendor pipeline, this is approved and attached to the vendor's opportunity;
 *  - keep_existing: this is rejected, the other stands;
 *  - merge: this is folded into the other deal and its partner joins it (role, share);
 *  - split: both are approved, each for its own product lines.
 * Both partners are notified of what happened to their own registration, never of the other.
 */
export async function resolveConflict(ctx: Ctx, dealId: string, input: ConflictResolutionInput) {
  const row = await getDealRow(ctx, dealId, true);
  if (row.conflictStatus !== 'open')
    throw new AppError('conflict', 'This registration has no open conflict.');
  if (row.state !== 'submitted' && row.state !== 'under_review') {
    throw new AppError('conflict', `A ${row.state} registration's conflict cannot be resolved.`);
  }
  const otherDeal = row.conflictWithDealId
    ? await getDealRow(ctx, uuidToId('deal', row.conflictWithDealId), true)
    : null;
  const oppId = row.conflictWithOpportunityId
    ? uuidToId('vendorOpportunity', row.conflictWithOpportunityId)
    : null;
  const reason = input.reason;
  const resolved = { resolution: input.resolution };
  let result: DealRow;
  switch (input.resolution) {
    case 'approve_this': {
      result = await moveDeal(ctx, row, 'approved', {
        reason,
        patch: { ...(await approvalPatch(ctx, row, reason)), vendorOpportunityId: oppId },
        data: resolved,
      });
      if (otherDeal && ['submitted', 'under_review', 'returned', 'approved'].includes(otherDeal.state)) {
        await moveDeal(ctx, otherDeal, 'rejected', {
          reason: `A conflicting registration of this customer was approved instead. ${reason}`,
          patch: closedPatch(ctx, otherDeal, reason),
          data: resolved,
        });
      }
      break;
    }
    case 'keep_existing':
      result = await moveDeal(ctx, row, 'rejected', {
        reason,
        patch: closedPatch(ctx, row, reason),
        data: resolved,
      });
      break;
    case 'merge': {
      if (!otherDeal)
        throw invalid(
          'body',
          'resolution',
          'merge needs an earlier registration; against the vendor pipeline use approve_this',
        );
      await addParticipant(
        ctx,
        otherDeal.id,
        row.partnerId,
        input.mergeRole ?? 'influenced',
        input.mergeShareBps ?? 0,
      );
      result = await moveDeal(ctx, row, 'merged', {
        reason,
        patch: { ...closedPatch(ctx, row, reason), mergedIntoDealId: idToUuid(otherDeal.id) },
        data: resolved,
      });
      await addActivity(ctx, otherDeal, {
        kind: 'participant',
        visibility: 'internal',
        body: `A conflicting registration (${row.id}) was merged in; its partner joined as ${input.mergeRole ?? 'influenced'}.`,
      });
      break;
    }
    case 'split': {
      if (!otherDeal) throw invalid('body', 'resolution', 'split needs an earlier registration');
      if (!input.split) throw invalid('body', 'split', 'is required to split by product line');
      const mine = new Set(input.split.thisProductLineIds);
      const theirs = new Set(input.split.otherProductLineIds);
      for (const [i, p] of input.split.thisProductLineIds.entries())
        if (theirs.has(p))
          throw invalid('body', `split.thisProductLineIds.${i}`, 'is given to both registrations');
      result = await narrowAndApprove(ctx, row, mine, reason, resolved);
      if (['submitted', 'under_review', 'returned'].includes(otherDeal.state)) {
        await narrowAndApprove(ctx, otherDeal, theirs, reason, resolved);
      } else if (otherDeal.state === 'approved') {
        await narrowLines(ctx, otherDeal, theirs);
        await addActivity(ctx, otherDeal, {
          kind: 'conflict',
          body: `Product lines narrowed after a split. ${reason}`,
        });
        ctx.audit({
          action: 'deal.conflict_resolved',
          objectType: 'deal',
          objectId: otherDeal.id,
          partnerId: otherDeal.partnerId,
          after: { id: otherDeal.id, partnerId: otherDeal.partnerId, resolution: 'split', reason },
        });
        await mailPartner(ctx, otherDeal, 'conflict_resolved', reason);
      }
      break;
    }
  }
  ctx.audit({
    action: 'deal.conflict_resolved',
    objectType: 'deal',
    objectId: row.id,
    partnerId: row.partnerId,
    after: { id: row.id, partnerId: row.partnerId, resolution: input.resolution, reason },
  });
  return viewDeal(ctx, await getDealRow(ctx, result.id));
}

async function narrowLines(ctx: Ctx, row: DealRow, keep: Set<string>) {
  const items = (
    row.lineItems as { productLineId: string; quantity: number; unitPriceMinor: number }[]
  ).filter((i) => keep.has(i.productLineId));
  const lines = [...keep].map(idToUuid);
  const [updated] = await ctx.db
    .update(deals)
    .set({
      lineItems: items,
      productLineIds: lines,
      amountMinor: items.length
        ? items.reduce((s, i) => s + i.quantity * i.unitPriceMinor, 0)
        : row.amountMinor,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(deals.workspaceId, ctx.requireWorkspace()), eq(deals.id, row.id)))
    .returning();
  if (!updated) throw notFound('deal');
  return updated;
}

async function narrowAndApprove(
  ctx: Ctx,
  row: DealRow,
  keep: Set<string>,
  reason: string,
  data: Record<string, unknown>,
) {
  const narrowed = await narrowLines(ctx, row, keep);
  return moveDeal(ctx, narrowed, 'approved', {
    reason: `Approved for part of the product lines. ${reason}`,
    patch: await approvalPatch(ctx, narrowed, reason),
    data: { ...data, productLineIds: [...keep] },
  });
}
