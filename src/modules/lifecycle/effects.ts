import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { apiKeys } from '../../platform/auth/tables.js';
import { idToUuid } from '../../platform/ids/index.js';
import { startOnboarding } from '../onboarding/checklist.js';
import type { LifecycleState } from './states.js';

export type TransitionFacts = { partnerId: string; from: LifecycleState; to: LifecycleState; reason: string };

/**
 * What entering a state does, beyond the state itself. Runs inside the transition's transaction.
 * Modules add their effect here explicitly (no registry: the list of consequences of a move is
 * readable in one place).
 */
export async function runTransitionEffects(ctx: Ctx, t: TransitionFacts): Promise<void> {
  if (t.to === 'offboarded') await revokePartnerAccess(ctx, t.partnerId);
  if (t.to === 'onboarding') await startOnboarding(ctx, t.partnerId);
}

/**
 * Offboarding cuts access at once: every session of the partner's users in this workspace and
 * every API key of the partner. Memberships stay (history, re-engagement); while the partner is
 * offboarded, resolving a session or key ignores them (platform/auth/resolve.ts).
 */
export async function revokePartnerAccess(ctx: Ctx, partnerId: string): Promise<void> {
  const workspaceId = ctx.requireWorkspace();
  const now = ctx.clock.now();
  // The request role cannot touch sessions (0002_guards); this function (migration
  // 0010_partner_lifecycle) revokes only this workspace's sessions of the partner's users.
  await ctx.db.execute(
    sql`select revoke_partner_sessions(${idToUuid(partnerId)}::uuid, ${now.toISOString()}::timestamptz)`,
  );
  await ctx.db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(
      and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.partnerId, partnerId), isNull(apiKeys.revokedAt)),
    );
}
