import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
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
  // Plain SQL with tenantWhere's walls written out: every registration runs this, and building
  // it with Drizzle cost more CPU than PostgreSQL spends answering it (bench/RESULTS.md).
  const { rows } = await ctx.client.query<{
    id: string;
    name: string;
    program_id: string | null;
    status: string;
    first_deal_registered_at: Date | null;
    deal_rules: unknown | null;
  }>(
    `select p.id, p.name, p.program_id, p.status, p.first_deal_registered_at, g.deal_rules
       from partners p left join programs g on g.workspace_id = p.workspace_id and g.id = p.program_id
      where p.workspace_id = $1 and p.id = $2 and ($3::uuid is null or p.id = $3)`,
    [idToUuid(ctx.requireWorkspace()), idToUuid(partnerId), ctx.partnerId && idToUuid(ctx.partnerId)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: uuidToId('partner', row.id),
    name: row.name,
    programId: row.program_id && uuidToId('program', row.program_id),
    status: row.status,
    firstDealRegisteredAt: row.first_deal_registered_at,
    programDealRules: row.deal_rules,
  };
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
