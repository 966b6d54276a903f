import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { partners } from './tables.js';

export { domainsFor, registrableDomain } from './domains.js';
export { partnerRoutes } from './routes.js';
export { partnerTypes } from './schemas.js';

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
