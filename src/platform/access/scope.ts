import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.js';

/**
 * The tenant filter every query adds: the workspace always, the partner when the actor is a
 * partner. Row-level security enforces the same walls underneath, so forgetting this returns
 * nothing rather than another tenant's rows — but the filter also keeps queries on the tenant's
 * index range, so use it.
 */
export function tenantWhere(ctx: Ctx, columns: { workspaceId: PgColumn; partnerId?: PgColumn }): SQL {
  const ws = ctx.requireWorkspace();
  const conditions: SQL[] = [eq(columns.workspaceId, ws)];
  if (ctx.partnerId) {
    if (!columns.partnerId) throw new Error('partner actor on a table without a partner column');
    conditions.push(eq(columns.partnerId, ctx.partnerId));
  }
  return and(...conditions)!;
}
