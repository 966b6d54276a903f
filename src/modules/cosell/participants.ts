import { and, eq, ne, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { addActivity, type DealRow } from '../deals/index.js';
import type { ParticipantRole } from '../deals/states.js';
import { dealParticipants } from '../deals/tables.js';
import { partnerForDeals, partnerNames } from '../partners/index.js';
import { loadDeal } from './common.js';
import type { CreateParticipantInput, UpdateParticipantInput } from './schemas.js';

type ParticipantRow = typeof dealParticipants.$inferSelect;

/** States in which the set of partners on a deal may still change. */
const openStates = new Set(['draft', 'submitted', 'under_review', 'returned', 'approved']);

function toParticipant(row: ParticipantRow, name: string) {
  return {
    id: row.id,
    dealId: row.dealId,
    partnerId: row.partnerId,
    partnerName: name,
    role: row.role as ParticipantRole,
    shareBps: row.shareBps,
    createdAt: row.createdAt.toISOString(),
  };
}

function staffOnly(ctx: Ctx) {
  if (ctx.partnerId)
    throw new AppError('forbidden', 'Only vendor staff decide which partners are on a deal.');
}

function assertOpen(deal: DealRow) {
  if (!openStates.has(deal.state)) {
    throw new AppError('conflict', `The partners of a ${deal.state} deal can no longer change.`);
  }
}

/** Staff see every partner on the deal; a partner only its own participation (never the others'). */
export async function listParticipants(ctx: Ctx, dealId: string) {
  await loadDeal(ctx, dealId);
  const rows = await ctx.db
    .select()
    .from(dealParticipants)
    .where(
      and(
        eq(dealParticipants.workspaceId, ctx.requireWorkspace()),
        eq(dealParticipants.dealId, dealId),
        ctx.partnerId ? eq(dealParticipants.partnerId, ctx.partnerId) : undefined,
      ),
    )
    .orderBy(dealParticipants.createdAt, dealParticipants.id);
  const names = await partnerNames(
    ctx,
    rows.map((r) => r.partnerId),
  );
  return { data: rows.map((r) => toParticipant(r, names.get(r.partnerId) ?? '')), nextCursor: null };
}

/** Sum of the other rows' shares: the new or changed share must keep the deal at ≤ 100 %. */
async function assertShareFits(ctx: Ctx, dealId: string, shareBps: number, exceptId: string | null) {
  const [r] = await ctx.db
    .select({ total: sql<number>`coalesce(sum(${dealParticipants.shareBps}), 0)::int` })
    .from(dealParticipants)
    .where(
      and(
        eq(dealParticipants.workspaceId, ctx.requireWorkspace()),
        eq(dealParticipants.dealId, dealId),
        exceptId ? ne(dealParticipants.id, exceptId) : undefined,
      ),
    );
  const others = Number(r?.total ?? 0);
  if (others + shareBps > 10_000) {
    const message = `would bring the deal's shares to ${others + shareBps} bps; at most ${10_000 - others} bps are left (10,000 = 100 %)`;
    throw new AppError('validation_failed', `shareBps: ${message}`, {
      errors: [fieldError('body', ['shareBps'], message)],
    });
  }
}

async function participantRow(ctx: Ctx, dealId: string, participantId: string) {
  const [row] = await ctx.db
    .select()
    .from(dealParticipants)
    .where(
      and(
        eq(dealParticipants.workspaceId, ctx.requireWorkspace()),
        eq(dealParticipants.dealId, dealId),
        eq(dealParticipants.id, participantId),
      ),
    )
    .for('update');
  if (!row) throw notFound('participant');
  return row;
}

export async function addParticipant(ctx: Ctx, dealId: string, input: CreateParticipantInput) {
  staffOnly(ctx);
  const deal = await loadDeal(ctx, dealId, true);
  assertOpen(deal);
  const partner = await partnerForDeals(ctx, input.partnerId);
  if (!partner) {
    throw new AppError('validation_failed', 'partnerId: is not a partner of this workspace', {
      errors: [fieldError('body', ['partnerId'], 'is not a partner of this workspace')],
    });
  }
  await assertShareFits(ctx, dealId, input.shareBps, null);
  const [row] = await ctx.db
    .insert(dealParticipants)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('dealParticipant'),
      dealId,
      partnerId: input.partnerId,
      role: input.role,
      shareBps: input.shareBps,
      addedBy: actorId(ctx.actor),
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('conflict', `${partner.name} is already on this deal as ${input.role}.`);
  const data = { participantId: row.id, partnerId: row.partnerId, role: row.role, shareBps: row.shareBps };
  // The vendor's record names the partner; the added partner sees only its own arrival.
  await addActivity(ctx, deal, {
    kind: 'participant',
    visibility: 'internal',
    body: `${partner.name} added`,
    data: { ...data, change: 'added' },
  });
  await addActivity(ctx, deal, {
    kind: 'participant',
    visibility: 'side',
    partnerId: row.partnerId,
    data: { role: row.role, shareBps: row.shareBps, change: 'added' },
  });
  ctx.audit({
    action: 'deal.partner_added',
    objectType: 'deal',
    objectId: deal.id,
    partnerId: row.partnerId,
    after: { id: row.id, dealId: deal.id, partnerId: row.partnerId, role: row.role, shareBps: row.shareBps },
  });
  return toParticipant(row, partner.name);
}

export async function updateParticipant(
  ctx: Ctx,
  dealId: string,
  participantId: string,
  input: UpdateParticipantInput,
) {
  staffOnly(ctx);
  const deal = await loadDeal(ctx, dealId, true);
  assertOpen(deal);
  const before = await participantRow(ctx, dealId, participantId);
  const isOwnerSourced = before.partnerId === deal.partnerId && before.role === 'sourced';
  if (isOwnerSourced && input.role !== undefined && input.role !== 'sourced') {
    throw new AppError('validation_failed', 'role: the registering partner stays the sourcing partner', {
      errors: [fieldError('body', ['role'], 'the registering partner stays the sourcing partner')],
    });
  }
  if (input.shareBps !== undefined) await assertShareFits(ctx, dealId, input.shareBps, participantId);
  const [row] = await ctx.db
    .update(dealParticipants)
    .set({
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.shareBps !== undefined ? { shareBps: input.shareBps } : {}),
    })
    .where(
      and(eq(dealParticipants.workspaceId, ctx.requireWorkspace()), eq(dealParticipants.id, participantId)),
    )
    .returning()
    .catch((err: { cause?: { code?: string } }) => {
      if (err.cause?.code === '23505')
        throw new AppError('conflict', `This partner is already on the deal as ${input.role}.`);
      throw err;
    });
  const change = { role: row!.role, shareBps: row!.shareBps, change: 'updated' };
  await addActivity(ctx, deal, {
    kind: 'participant',
    visibility: 'internal',
    data: {
      participantId,
      partnerId: row!.partnerId,
      ...change,
      before: { role: before.role, shareBps: before.shareBps },
    },
  });
  await addActivity(ctx, deal, {
    kind: 'participant',
    visibility: 'side',
    partnerId: row!.partnerId,
    data: change,
  });
  ctx.audit({
    action: 'deal.participant_updated',
    objectType: 'deal',
    objectId: deal.id,
    partnerId: row!.partnerId,
    before: { id: participantId, role: before.role, shareBps: before.shareBps },
    after: { id: participantId, dealId, partnerId: row!.partnerId, role: row!.role, shareBps: row!.shareBps },
  });
  const names = await partnerNames(ctx, [row!.partnerId]);
  return toParticipant(row!, names.get(row!.partnerId) ?? '');
}

export async function removeParticipant(ctx: Ctx, dealId: string, participantId: string) {
  staffOnly(ctx);
  const deal = await loadDeal(ctx, dealId, true);
  assertOpen(deal);
  const row = await participantRow(ctx, dealId, participantId);
  if (row.partnerId === deal.partnerId && row.role === 'sourced') {
    throw new AppError('conflict', 'The registering partner’s sourced participation cannot be removed.');
  }
  await ctx.db
    .delete(dealParticipants)
    .where(
      and(eq(dealParticipants.workspaceId, ctx.requireWorkspace()), eq(dealParticipants.id, participantId)),
    );
  await addActivity(ctx, deal, {
    kind: 'participant',
    visibility: 'internal',
    data: {
      participantId,
      partnerId: row.partnerId,
      role: row.role,
      shareBps: row.shareBps,
      change: 'removed',
    },
  });
  ctx.audit({
    action: 'deal.partner_removed',
    objectType: 'deal',
    objectId: deal.id,
    partnerId: row.partnerId,
    before: { id: participantId, dealId, partnerId: row.partnerId, role: row.role, shareBps: row.shareBps },
  });
}
