import { and, count, eq } from 'drizzle-orm';
import type { Ctx } from '../access/context.js';
import { tenantWhere } from '../access/scope.js';
import { idToUuid, newId } from '../ids/index.js';
import { memberships, workspaces } from './tables.js';

export { memberships, workspaces } from './tables.js';

export async function countPartnerMembers(ctx: Ctx, partnerId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(memberships)
    .where(and(tenantWhere(ctx, memberships), eq(memberships.partnerId, partnerId)));
  return row?.n ?? 0;
}

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return base || 'workspace';
}

/**
 * Creates a workspace with its creator as owner, inside the caller's transaction. The new
 * workspace is not the actor's current one, so the row-level security context is pointed at it
 * for these inserts (a brand-new id nobody else can hold) and restored afterwards.
 */
export async function createWorkspaceWithOwner(
  ctx: Ctx,
  input: { name: string; slug?: string; ownerUserId: string },
) {
  const id = newId('workspace');
  // The actor may be a partner user (app.partner_id set): the new workspace's owner membership is
  // a vendor one, so the partner wall is lifted for these inserts as well.
  const setContext = (ws: string | null, partner: string | null) =>
    ctx.client.query(
      "select set_config('app.workspace_id', $1, true), set_config('app.partner_id', $2, true)",
      [ws ? idToUuid(ws) : '', partner ? idToUuid(partner) : ''],
    );
  await setContext(id, null);
  const slug = input.slug ?? `${slugify(input.name)}-${id.slice(-6)}`;
  const [ws] = await ctx.db.insert(workspaces).values({ id, name: input.name, slug }).returning();
  const membershipId = newId('membership');
  await ctx.db.insert(memberships).values({
    workspaceId: id,
    id: membershipId,
    userId: input.ownerUserId,
    kind: 'vendor',
    role: 'owner',
  });
  ctx.audit({
    workspaceId: id,
    action: 'workspace.created',
    objectType: 'workspace',
    objectId: id,
    after: ws,
  });
  ctx.audit({
    workspaceId: id,
    action: 'membership.created',
    objectType: 'membership',
    objectId: membershipId,
    after: { userId: input.ownerUserId, role: 'owner', kind: 'vendor' },
  });
  // Restored on success only: after an error the transaction is aborted and rolls back anyway, and
  // a statement there would replace the real error with "current transaction is aborted".
  await setContext(ctx.workspaceId, ctx.partnerId);
  return ws!;
}
