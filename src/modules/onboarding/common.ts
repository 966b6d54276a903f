import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { notFound } from '../../platform/errors/index.js';
import { partners } from '../partners/tables.js';
import { programs } from '../programs/tables.js';

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The partner behind a /partners/:partnerId/onboarding route: 404 beyond the caller's walls. */
export async function loadPartner(ctx: Ctx, partnerId: string) {
  const [row] = await ctx.db
    .select({
      id: partners.id,
      name: partners.name,
      status: partners.status,
      types: partners.types,
      programId: partners.programId,
      appliedAt: partners.appliedAt,
      activatedAt: partners.activatedAt,
      firstDealRegisteredAt: partners.firstDealRegisteredAt,
      firstDealWonAt: partners.firstDealWonAt,
    })
    .from(partners)
    .where(
      and(
        tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
        eq(partners.id, partnerId),
      ),
    );
  if (!row) throw notFound('partner');
  return row;
}
export type PartnerRow = Awaited<ReturnType<typeof loadPartner>>;

/**
 * Agreements and templates are the vendor's configuration: partner actors reach agreement text
 * only through their own checklist's tasks, so for them these objects do not exist.
 */
export function vendorOnly(ctx: Ctx, what: string): string {
  if (ctx.partnerId) throw notFound(what);
  return ctx.requireWorkspace();
}

export async function requireProgram(ctx: Ctx, programId: string): Promise<void> {
  const ws = vendorOnly(ctx, 'program');
  const [row] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.workspaceId, ws), eq(programs.id, programId)));
  if (!row) throw notFound('program');
}
