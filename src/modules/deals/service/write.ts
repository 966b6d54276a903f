import { and, eq, sql } from 'drizzle-orm';
import { actorId } from '../../../platform/access/actor.js';
import type { Ctx } from '../../../platform/access/context.js';
import { insertQuery } from '../../../platform/db/insert.js';
import { AppError, invalid, notFound } from '../../../platform/errors/index.js';
import { idToUuid, newId } from '../../../platform/ids/index.js';
import { resolveLineItems } from '../../catalog/index.js';
import { partnerForDeals } from '../../partners/index.js';
import { customerMatchColumns } from '../conflicts/keys.js';
import { rulesFromStored } from '../program-rules.js';
import type { CreateDealInput, UpdateDealInput } from '../schemas.js';
import { dealParticipants, deals } from '../tables.js';
import { addActivity, type DealRow, type NewDeal } from '../transition.js';
import { getDealRow, viewDeal } from './read.js';
import { insertSubmitted } from './submit.js';

/** Partners in these lifecycle states may register deals (others are not, or no longer, selling). */
const registeringStates = new Set(['onboarding', 'active', 'at_risk']);

/** The derived matching columns: normalised name, its word-order key and the registrable domain. */
function customerColumns(customer: CreateDealInput['customer']) {
  return {
    customerName: customer.name,
    ...customerMatchColumns(customer.name, customer.website),
    customerWebsite: customer.website ?? null,
    customerCountry: customer.country ?? null,
    customerAddress: customer.address ?? {},
  };
}

async function pricedItems(ctx: Ctx, items: CreateDealInput['lineItems'], currency: string) {
  const resolved = await resolveLineItems(ctx, items ?? [], currency);
  return {
    lineItems: resolved,
    productLineIds: [...new Set(resolved.map((i) => idToUuid(i.productLineId)))],
    total: resolved.reduce((s, i) => s + i.quantity * i.unitPriceMinor, 0),
  };
}

/**
 * The row PostgreSQL stores for these values: each column the insert leaves out takes the
 * table's default. Built here instead of read back with RETURNING (a 52-column row to decode on
 * every registration); write.test.ts holds it equal to the stored row.
 */
export function storedDeal(v: NewDeal): DealRow {
  const given = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
  return {
    programId: null,
    state: 'draft',
    stage: 'prospecting',
    customerNameRare: '',
    customerWebsite: null,
    customerDomain: null,
    customerCountry: null,
    customerAddress: {},
    contact: {},
    amountMinor: 0,
    expectedCloseDate: null,
    notes: '',
    nextSteps: '',
    lineItems: [],
    productLineIds: [],
    onBehalf: false,
    submittedAt: null,
    submissionSeq: null,
    contentSha256: null,
    submittedContent: null,
    conflictLevel: 'none',
    conflictStatus: 'none',
    conflictScore: null,
    conflictWithDealId: null,
    conflictWithOpportunityId: null,
    reviewDueAt: null,
    remindedAt: null,
    escalationLevel: 0,
    assigneeUserId: null,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    approvedAt: null,
    protectionEndsAt: null,
    expiryWarningsSent: [],
    extensionCount: 0,
    vendorOpportunityId: null,
    mergedIntoDealId: null,
    closedAt: null,
    closeReason: null,
    version: 1,
    ...(given as NewDeal),
  };
}

/**
 * Registers a deal as a draft (or submits it at once). Partners register for themselves; staff
 * name the partner and the registration records that it was entered on the partner's behalf.
 */
export async function createDeal(ctx: Ctx, input: CreateDealInput) {
  const workspaceId = ctx.requireWorkspace();
  let partnerId: string;
  if (ctx.partnerId) {
    // A partner naming another partner gets the same answer as for a partner that does not exist.
    if (input.partnerId && input.partnerId !== ctx.partnerId) throw notFound('partner');
    partnerId = ctx.partnerId;
  } else {
    if (!input.partnerId)
      throw invalid('body', 'partnerId', 'is required when staff register on a partner’s behalf');
    partnerId = input.partnerId;
  }
  const partner = await partnerForDeals(ctx, partnerId);
  if (!partner) throw notFound('partner');
  if (!registeringStates.has(partner.status)) {
    throw new AppError(
      'conflict',
      `${partner.name} is ${partner.status}; only onboarding, active and at-risk partners register deals.`,
    );
  }
  const priced = await pricedItems(ctx, input.lineItems, input.currency);
  const id = newId('deal');
  const now = ctx.clock.now();
  const values = {
    workspaceId,
    id,
    partnerId,
    programId: partner.programId,
    state: 'draft',
    stage: input.stage ?? 'prospecting',
    title: input.title,
    ...customerColumns(input.customer),
    contact: input.contact ?? {},
    amountMinor: input.amountMinor ?? priced.total,
    currency: input.currency,
    expectedCloseDate: input.expectedCloseDate ?? null,
    notes: input.notes ?? '',
    lineItems: priced.lineItems,
    productLineIds: priced.productLineIds,
    registeredBy: actorId(ctx.actor),
    onBehalf: ctx.partnerId === null,
    createdAt: now,
    updatedAt: now,
  } satisfies typeof deals.$inferInsert;
  const insert = async (v: NewDeal) => {
    // No RETURNING: the stored row is the values with the table's defaults (storedDeal).
    const q = insertQuery(deals, v);
    await ctx.client.query(q.sql, q.params);
    const row = storedDeal(v);
    // The registering partner is the deal's first participant: sourced, the whole share. Read by
    // nothing in this transaction: written with the COMMIT.
    ctx.deferInsert(dealParticipants, {
      workspaceId,
      id: newId('dealParticipant'),
      dealId: id,
      partnerId,
      role: 'sourced',
      shareBps: 10_000,
      addedBy: actorId(ctx.actor),
      createdAt: now,
    });
    await addActivity(
      ctx,
      row,
      {
        kind: 'created',
        body: ctx.partnerId ? '' : 'Registered by vendor staff on the partner’s behalf.',
        data: { onBehalf: ctx.partnerId === null },
      },
      { defer: true },
    );
    ctx.audit({
      action: 'deal.created',
      objectType: 'deal',
      objectId: id,
      partnerId,
      after: { id, partnerId, title: input.title, customerName: input.customer.name },
    });
    return row;
  };
  const known = {
    rules: rulesFromStored(partner.programDealRules),
    partnerName: partner.name,
    firstDealRegistered: partner.firstDealRegisteredAt !== null,
  };
  // Created and submitted in one request: assessed first, then written once, already submitted.
  if (input.submit) return insertSubmitted(ctx, values, known, insert);
  return viewDeal(ctx, await insert(values), partner.name);
}

/** The owning partner or staff; a participant partner reads the deal but cannot edit the registration. */
function assertOwnerOrStaff(ctx: Ctx, row: DealRow) {
  if (ctx.partnerId && row.partnerId !== ctx.partnerId) throw notFound('deal');
}

function assertEditable(row: DealRow) {
  if (row.state !== 'draft' && row.state !== 'returned') {
    throw new AppError(
      'conflict',
      `A ${row.state} registration cannot be edited; only drafts and registrations returned for information can.`,
    );
  }
}

export async function updateDeal(ctx: Ctx, dealId: string, input: UpdateDealInput, expectedVersion?: number) {
  const before = await getDealRow(ctx, dealId, true);
  assertOwnerOrStaff(ctx, before);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The deal is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  assertEditable(before);
  const currency = input.currency ?? before.currency;
  const patch: Partial<typeof deals.$inferInsert> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.customer) Object.assign(patch, customerColumns(input.customer));
  if (input.contact !== undefined) patch.contact = input.contact;
  if (input.currency !== undefined) patch.currency = input.currency;
  if (input.expectedCloseDate !== undefined) patch.expectedCloseDate = input.expectedCloseDate;
  if (input.stage !== undefined) patch.stage = input.stage;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.lineItems !== undefined) {
    const priced = await pricedItems(ctx, input.lineItems, currency);
    patch.lineItems = priced.lineItems;
    patch.productLineIds = priced.productLineIds;
    if (input.amountMinor === undefined) patch.amountMinor = priced.total;
  }
  if (input.amountMinor !== undefined) patch.amountMinor = input.amountMinor;
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
  await addActivity(ctx, row, { kind: 'updated', data: { fields: Object.keys(input) } });
  ctx.audit({
    action: 'deal.updated',
    objectType: 'deal',
    objectId: dealId,
    partnerId: row.partnerId,
    after: input,
  });
  return viewDeal(ctx, row);
}

/** Only drafts are deleted: anything submitted is part of the record (who registered first). */
export async function deleteDeal(ctx: Ctx, dealId: string) {
  const row = await getDealRow(ctx, dealId, true);
  assertOwnerOrStaff(ctx, row);
  if (row.state !== 'draft') {
    throw new AppError('conflict', `A ${row.state} registration cannot be deleted; only drafts can.`);
  }
  const ws = ctx.requireWorkspace();
  await ctx.client.query('delete from deal_activities where workspace_id = $1 and deal_id = $2', [
    idToUuid(ws),
    idToUuid(dealId),
  ]);
  await ctx.client.query('delete from deal_files where workspace_id = $1 and deal_id = $2', [
    idToUuid(ws),
    idToUuid(dealId),
  ]);
  await ctx.db
    .delete(dealParticipants)
    .where(and(eq(dealParticipants.workspaceId, ws), eq(dealParticipants.dealId, dealId)));
  await ctx.db.delete(deals).where(and(eq(deals.workspaceId, ws), eq(deals.id, dealId)));
  ctx.audit({
    action: 'deal.deleted',
    objectType: 'deal',
    objectId: dealId,
    partnerId: row.partnerId,
    before: { id: dealId, title: row.title },
  });
}

export { assertOwnerOrStaff };
