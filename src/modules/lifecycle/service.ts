import { and, eq, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { assertTransition, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { partners } from '../partners/tables.js';
import { runTransitionEffects } from './effects.js';
import { allowedTransitions, type LifecycleState } from './states.js';
import { partnerTransitions } from './tables.js';

export type TransitionResult = {
  id: string;
  partnerId: string;
  from: LifecycleState;
  to: LifecycleState;
  reason: string;
  actorKind: string;
  actorId: string;
  at: string;
};

/**
 * The one way a partner changes lifecycle state. Locks the partner row (concurrent moves
 * serialise), refuses a move the table does not allow with the allowed ones named, records the
 * transition, stamps the milestone columns, runs the state's effects (offboarding revokes access,
 * onboarding starts the checklist) and emits `partner.state_changed` — all in the caller's
 * transaction, so a crash leaves either all of it or none.
 */
export async function transitionPartner(
  ctx: Ctx,
  partnerId: string,
  to: LifecycleState,
  reason: string,
): Promise<TransitionResult> {
  const workspaceId = ctx.requireWorkspace();
  const [row] = await ctx.db
    .select({ status: partners.status })
    .from(partners)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
      ),
    )
    .for('update');
  if (!row) throw notFound('partner');
  const from = row.status as LifecycleState;
  assertTransition('partner', allowedTransitions, from, to);
  const now = ctx.clock.now();
  await ctx.db
    .update(partners)
    .set({
      status: to,
      statusChangedAt: now,
      updatedAt: now,
      version: sql`${partners.version} + 1`,
      ...(to === 'applied' ? { appliedAt: now } : {}),
      ...(to === 'active'
        ? { activatedAt: sql`coalesce(${partners.activatedAt}, ${now.toISOString()}::timestamptz)` }
        : {}),
      ...(to === 'offboarded' ? { offboardedAt: now } : {}),
    })
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)));
  const id = newId('transition');
  const result: TransitionResult = {
    id,
    partnerId,
    from,
    to,
    reason,
    actorKind: ctx.actor.kind,
    actorId: actorId(ctx.actor),
    at: now.toISOString(),
  };
  await ctx.db.insert(partnerTransitions).values({
    workspaceId,
    id,
    partnerId,
    fromState: from,
    toState: to,
    reason,
    actorKind: result.actorKind,
    actorId: result.actorId,
    at: now,
  });
  await runTransitionEffects(ctx, { partnerId, from, to, reason });
  ctx.audit({
    action: 'partner.state_changed',
    objectType: 'partner',
    objectId: partnerId,
    partnerId,
    before: { status: from },
    after: { id: partnerId, from, to, reason },
  });
  return result;
}

export function toTransition(row: typeof partnerTransitions.$inferSelect): TransitionResult {
  return {
    id: row.id,
    partnerId: row.partnerId,
    from: row.fromState as LifecycleState,
    to: row.toState as LifecycleState,
    reason: row.reason,
    actorKind: row.actorKind,
    actorId: row.actorId,
    at: row.at.toISOString(),
  };
}
