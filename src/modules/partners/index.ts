import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { programs } from '../programs/tables.js';
import { partners } from './tables.js';

export { domainsFor, registrableDomain } from './domains.js';
export { partnerRoutes } from './routes.js';
export { partnerTypes } from './schemas.js';
export { zWebsite } from './website.js';

/** For other modules: does this partner exist in the actor's scope? (Never their table.) */
export async function partnerExists(ctx: Ctx, partnerId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
      ),
    );
  return !!row;
}

/** What deal registration needs to know about a partner (null when not visible to the actor). */
export async function partnerForDeals(
  ctx: Ctx,
  partnerId: string,
): Promise<{
  id: string;
  name: string;
  programId: string | null;
  status: string;
  firstDealRegisteredAt: Date | null;
  /** The stored rules of engagement of the partner's program (null: no program), read in the same query. */
  programDealRules: unknown | null;
} | null> {
  const [row] = await ctx.db
    .select({
      id: partners.id,
      name: partners.name,
      programId: partners.programId,
      status: partners.status,
      firstDealRegisteredAt: partners.firstDealRegisteredAt,
      programDealRules: programs.dealRules,
    })
    .from(partners)
    .leftJoin(
      programs,
      and(eq(programs.workspaceId, partners.workspaceId), eq(programs.id, partners.programId)),
    )
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
      ),
    );
  return row ?? null;
}

/** Display names of partners, for lists (only those the actor may see). */
export async function partnerNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        inArray(partners.id, [...new Set(ids)]),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Time-to-productivity milestones: set once, the first time they happen. */
export async function markDealMilestone(
  ctx: Ctx,
  partnerId: string,
  milestone: 'first_deal_registered' | 'first_deal_won',
  at: Date,
): Promise<void> {
  const column =
    milestone === 'first_deal_registered' ? partners.firstDealRegisteredAt : partners.firstDealWonAt;
  await ctx.db
    .update(partners)
    .set(milestone === 'first_deal_registered' ? { firstDealRegisteredAt: at } : { firstDealWonAt: at })
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
        isNull(column),
      ),
    );
}
