import { and, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/access/context.js';
import { notFound } from '../../../platform/errors/index.js';
import { keyset, pageFrom } from '../../../platform/http/pagination.js';
import { idToUuid, uuidToId } from '../../../platform/ids/index.js';
import { partnerNames } from '../../partners/index.js';
import type { ListDealsInput } from '../schemas.js';
import { pendingReviewStates } from '../states.js';
import { dealParticipants, deals } from '../tables.js';
import type { DealRow } from '../transition.js';

type Participation = { role: string; shareBps: number } | null;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The API shape. Conflict details that name another registration (its id, the score) are the
 * vendor's: a partner learns only that a conflict exists and, later, its outcome.
 */
export function toDeal(row: DealRow, ctx: Ctx, partnerName: string, participation: Participation = null) {
  // A partner added to another partner's deal sees the shared opportunity, not the other side:
  // not who registered it, nor its notes, contact, receipt, conflict or decision.
  if (ctx.partnerId !== null && row.partnerId !== ctx.partnerId) return participantView(row, participation);
  return fullView(row, ctx.partnerId === null, partnerName, participation);
}

function fullView(row: DealRow, staff: boolean, partnerName: string, participation: Participation) {
  const address = (row.customerAddress ?? {}) as Record<string, string>;
  const lineItems = (row.lineItems ?? []) as {
    productId: string;
    productLineId: string;
    productName: string;
    quantity: number;
    unitPriceMinor: number;
  }[];
  return {
    id: row.id,
    partnerId: row.partnerId as string | null,
    partnerName,
    programId: row.programId,
    state: row.state as never,
    stage: row.stage as never,
    title: row.title,
    customer: {
      name: row.customerName,
      website: row.customerWebsite,
      domain: row.customerDomain,
      country: row.customerCountry,
      address,
    },
    contact: (row.contact ?? {}) as Record<string, string>,
    lineItems,
    productLineIds: row.productLineIds.map((u) => uuidToId('productLine', u)),
    amountMinor: row.amountMinor,
    currency: row.currency,
    expectedCloseDate: row.expectedCloseDate,
    notes: row.notes,
    nextSteps: row.nextSteps,
    registeredBy: row.registeredBy,
    onBehalf: row.onBehalf,
    submittedAt: iso(row.submittedAt),
    submissionSeq: row.submissionSeq,
    contentSha256: row.contentSha256,
    conflict: {
      level: row.conflictLevel as never,
      status: row.conflictStatus as never,
      score: staff ? row.conflictScore : null,
      withDealId: staff && row.conflictWithDealId ? uuidToId('deal', row.conflictWithDealId) : null,
      withOpportunityId:
        staff && row.conflictWithOpportunityId
          ? uuidToId('vendorOpportunity', row.conflictWithOpportunityId)
          : null,
    },
    review: {
      dueAt: iso(row.reviewDueAt),
      escalationLevel: row.escalationLevel,
      assigneeUserId: staff ? row.assigneeUserId : null,
    },
    decision: {
      decidedAt: iso(row.decidedAt),
      decidedBy: staff ? row.decidedBy : null,
      reason: row.decisionReason,
    },
    approvedAt: iso(row.approvedAt),
    protectionEndsAt: iso(row.protectionEndsAt),
    extensionCount: row.extensionCount,
    vendorOpportunityId: staff ? row.vendorOpportunityId : null,
    // A merged registration's partner joined the target deal, so it may see that deal's id.
    mergedIntoDealId: row.mergedIntoDealId ? uuidToId('deal', row.mergedIntoDealId) : null,
    closedAt: iso(row.closedAt),
    closeReason: row.closeReason,
    myParticipation: participation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
export type DealView = ReturnType<typeof fullView>;

function participantView(row: DealRow, participation: Participation): DealView {
  const own = fullView(row, false, '', participation);
  return {
    ...own,
    partnerId: null,
    partnerName: '',
    contact: {},
    notes: '',
    registeredBy: '',
    onBehalf: false,
    submissionSeq: null,
    contentSha256: null,
    conflict: {
      level: 'none' as never,
      status: 'none' as never,
      score: null,
      withDealId: null,
      withOpportunityId: null,
    },
    review: { dueAt: null, escalationLevel: 0, assigneeUserId: null },
    decision: { decidedAt: null, decidedBy: null, reason: null },
    vendorOpportunityId: null,
    mergedIntoDealId: null,
  };
}

/**
 * Row-level security already narrows a partner to its own deals and those it participates in;
 * the explicit condition is the first wall (and keeps the planner on the partner index).
 */
export function dealScope(ctx: Ctx): SQL {
  const ws = eq(deals.workspaceId, ctx.requireWorkspace());
  if (!ctx.partnerId) return ws;
  return and(
    ws,
    or(
      eq(deals.partnerId, ctx.partnerId),
      sql`exists (select 1 from deal_participants dp where dp.workspace_id = ${deals.workspaceId} and dp.deal_id = ${deals.id} and dp.partner_id = ${idToUuid(ctx.partnerId)}::uuid)`,
    ),
  )!;
}

/** The deal row, or 404 when it does not exist or the actor may not see it (no existence leak). */
export async function getDealRow(ctx: Ctx, dealId: string, forUpdate = false): Promise<DealRow> {
  const q = ctx.db
    .select()
    .from(deals)
    .where(and(dealScope(ctx), eq(deals.id, dealId)));
  const [row] = forUpdate ? await q.for('update', { of: deals }) : await q;
  if (!row) throw notFound('deal');
  return row;
}

/** The partner actor's own participation on deals it does not own. */
async function participations(ctx: Ctx, dealIds: string[]): Promise<Map<string, Participation>> {
  if (!ctx.partnerId || dealIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      dealId: dealParticipants.dealId,
      role: dealParticipants.role,
      shareBps: dealParticipants.shareBps,
    })
    .from(dealParticipants)
    .where(
      and(
        eq(dealParticipants.workspaceId, ctx.requireWorkspace()),
        eq(dealParticipants.partnerId, ctx.partnerId),
        inArray(dealParticipants.dealId, dealIds),
      ),
    );
  return new Map(rows.map((r) => [r.dealId, { role: r.role, shareBps: r.shareBps }]));
}

export async function viewDeals(
  ctx: Ctx,
  rows: DealRow[],
  knownNames?: Map<string, string>,
): Promise<DealView[]> {
  const names =
    knownNames ??
    (await partnerNames(
      ctx,
      rows.map((r) => r.partnerId),
    ));
  // Participation rows matter only on other partners' deals (a partner's own deal shows all).
  const mine = await participations(
    ctx,
    rows.filter((r) => r.partnerId !== ctx.partnerId).map((r) => r.id),
  );
  return rows.map((r) => toDeal(r, ctx, names.get(r.partnerId) ?? '', mine.get(r.id) ?? null));
}

/** One deal's view; `partnerName` when the caller has read it already (saves a query). */
export async function viewDeal(ctx: Ctx, row: DealRow, partnerName?: string): Promise<DealView> {
  const known = partnerName === undefined ? undefined : new Map([[row.partnerId, partnerName]]);
  return (await viewDeals(ctx, [row], known))[0]!;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listDeals(ctx: Ctx, q: ListDealsInput) {
  const ks = keyset({
    sort: q.sort,
    columns: {
      created_at: deals.createdAt,
      updated_at: deals.updatedAt,
      amount_minor: deals.amountMinor,
      title: deals.title,
    },
    id: deals.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [dealScope(ctx), ks.where];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    c.push(or(ilike(deals.title, like), ilike(deals.customerName, like)));
  }
  if (q['filter[state]']?.length) c.push(inArray(deals.state, q['filter[state]']));
  if (q['filter[stage]']?.length) c.push(inArray(deals.stage, q['filter[stage]']));
  if (q['filter[partner]']) c.push(eq(deals.partnerId, q['filter[partner]']));
  if (q['filter[conflict]']) c.push(eq(deals.conflictLevel, q['filter[conflict]']));
  if (q['filter[queue]'] === 'review') c.push(inArray(deals.state, [...pendingReviewStates]));
  if (q['filter[queue]'] === 'conflicts') c.push(eq(deals.conflictStatus, 'open'));
  if (q['filter[productLine]'])
    c.push(sql`${idToUuid(q['filter[productLine]'])}::uuid = any(${deals.productLineIds})`);
  if (q['filter[closeFrom]']) c.push(gte(deals.expectedCloseDate, q['filter[closeFrom]']));
  if (q['filter[closeTo]']) c.push(lte(deals.expectedCloseDate, q['filter[closeTo]']));
  if (q['filter[assignee]']) c.push(eq(deals.assigneeUserId, q['filter[assignee]']));
  const rows = await ctx.db
    .select()
    .from(deals)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = (
    { created_at: 'createdAt', updated_at: 'updatedAt', amount_minor: 'amountMinor', title: 'title' } as const
  )[ks.sortColumnKey as 'created_at'];
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: await viewDeals(ctx, page.data), nextCursor: page.nextCursor };
}
