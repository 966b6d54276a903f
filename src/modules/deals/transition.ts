import { and, eq, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { insertQuery } from '../../platform/db/insert.js';
import { AppError, assertTransition } from '../../platform/errors/index.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import type { DealMailKind } from '../../platform/mail/templates.js';
import { mailPartner } from './notify.js';
import { allowedDealTransitions, type DealState } from './states.js';
import { dealActivities, deals } from './tables.js';

export type DealRow = typeof deals.$inferSelect;
/** A registration about to be inserted: its timestamps are always the service's clock. */
export type NewDeal = typeof deals.$inferInsert & Pick<DealRow, 'createdAt' | 'updatedAt'>;

/** Decisions the partner is told of by e-mail (and, through the event, in-app). */
const mailKindFor: Partial<Record<DealState, DealMailKind>> = {
  approved: 'approved',
  rejected: 'rejected',
  returned: 'returned',
  merged: 'merged',
  expired: 'expired',
};

/** Catalogued events per target state (events/catalog.ts); other moves are audited only. */
const eventFor: Partial<Record<DealState, string>> = {
  submitted: 'deal.submitted',
  approved: 'deal.approved',
  rejected: 'deal.rejected',
  returned: 'deal.returned',
  merged: 'deal.merged',
  won: 'deal.won',
  lost: 'deal.lost',
  expired: 'deal.expired',
};

const closingStates = new Set<DealState>(['won', 'lost', 'expired']);

/** A readable name for the actor on the timeline. */
const actorNames = new WeakMap<Ctx, Promise<string>>();
export function actorName(ctx: Ctx): Promise<string> {
  // Once per transaction: a registration writes several timeline rows.
  let name = actorNames.get(ctx);
  if (!name) {
    name = lookupActorName(ctx);
    actorNames.set(ctx, name);
  }
  return name;
}

async function lookupActorName(ctx: Ctx): Promise<string> {
  if (ctx.actor.kind === 'user') {
    const { rows } = await ctx.client.query<{ name: string }>('select name from users where id = $1', [
      idToUuid(ctx.actor.userId),
    ]);
    return rows[0]?.name ?? '';
  }
  if (ctx.actor.kind === 'apiKey') return 'API';
  if (ctx.actor.kind === 'system') return 'Symbio';
  return '';
}

/**
 * Writes one timeline row. `visibility` 'side' with the deal's partner is the default: the
 * registering partner sees what happens to its registration.
 */
export async function addActivity(
  ctx: Ctx,
  deal: Pick<DealRow, 'id' | 'partnerId'>,
  entry: {
    kind: string;
    body?: string;
    data?: Record<string, unknown>;
    visibility?: 'internal' | 'side' | 'participants';
    partnerId?: string | null;
    mentions?: string[];
  },
  /** `defer`: written with the COMMIT (nothing in this transaction reads the timeline back). */
  options: { defer?: boolean } = {},
) {
  const visibility = entry.visibility ?? 'side';
  const id = newId('dealActivity');
  const row = {
    workspaceId: ctx.requireWorkspace(),
    id,
    dealId: deal.id,
    partnerId: visibility === 'side' ? (entry.partnerId ?? deal.partnerId) : null,
    visibility,
    kind: entry.kind,
    actorKind: ctx.actor.kind,
    actorId: actorId(ctx.actor),
    actorName: await actorName(ctx),
    body: entry.body ?? '',
    data: entry.data ?? {},
    mentions: (entry.mentions ?? []).map((u) => u),
    createdAt: ctx.clock.now(),
  };
  if (options.defer) ctx.deferInsert(dealActivities, row);
  else {
    const insert = insertQuery(dealActivities, row);
    await ctx.client.query(insert.sql, insert.params);
  }
  return id;
}

type MoveOptions = {
  reason: string | null;
  patch?: Partial<typeof deals.$inferInsert>;
  data?: Record<string, unknown>;
  /** Skip the partner's e-mail (e.g. when the caller sends a more specific one). */
  silent?: boolean;
  /** Extra fields for the event payload (never another partner's ids: partners are notified of it). */
  event?: Record<string, unknown>;
  /** Write the timeline row with the COMMIT (the caller reads no timeline back). */
  deferActivity?: boolean;
};

/** The allowed-move table: 409 `invalid_transition` naming what is allowed from here. */
export function assertMove(from: DealState, to: DealState) {
  assertTransition('deal', allowedDealTransitions, from, to);
}

/**
 * Moves a registration to another state: the allowed-move table is enforced, the row changes
 * only if nobody else changed it meanwhile (version), and the state change, its timeline entry,
 * its audit entry + event and the partner's e-mail commit together.
 */
export async function moveDeal(
  ctx: Ctx,
  deal: DealRow,
  to: DealState,
  options: MoveOptions,
): Promise<DealRow> {
  const from = deal.state as DealState;
  assertMove(from, to);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(deals)
    .set({
      // A deal that ends (won, lost, expired) records when, whoever ended it.
      ...(closingStates.has(to) ? { closedAt: now, closeReason: options.reason } : {}),
      ...options.patch,
      state: to,
      updatedAt: now,
      version: sql`${deals.version} + 1`,
    })
    .where(
      and(
        eq(deals.workspaceId, ctx.requireWorkspace()),
        eq(deals.id, deal.id),
        eq(deals.version, deal.version),
      ),
    )
    .returning();
  if (!row) throw new AppError('precondition_failed', 'The deal changed meanwhile; read it again.');
  await recordMove(ctx, row, from, to, options);
  return row;
}

/**
 * What every move leaves besides the row itself: the timeline entry, the audit entry + event and
 * the partner's e-mail. Also used when a registration is written in its new state directly (a
 * draft submitted in the request that creates it).
 */
export async function recordMove(
  ctx: Ctx,
  row: DealRow,
  from: DealState,
  to: DealState,
  options: MoveOptions,
) {
  await addActivity(
    ctx,
    row,
    { kind: 'state_changed', body: options.reason ?? '', data: { from, to, ...options.data } },
    { defer: options.deferActivity },
  );
  ctx.audit({
    action: eventFor[to] ?? 'deal.state_changed',
    objectType: 'deal',
    objectId: row.id,
    partnerId: row.partnerId,
    after: {
      id: row.id,
      partnerId: row.partnerId,
      from,
      to,
      reason: options.reason,
      ...(row.protectionEndsAt ? { protectionEndsAt: row.protectionEndsAt.toISOString() } : {}),
      ...(to === 'won' ? { amountMinor: row.amountMinor, currency: row.currency } : {}),
      ...options.event,
    },
  });
  const kind = mailKindFor[to];
  if (kind && !options.silent) await mailPartner(ctx, row, kind, options.reason);
}
