import { and, eq } from 'drizzle-orm';
import type { Ctx, Deps } from '../../platform/access/context.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { type DealRow, getDealRow } from '../deals/index.js';
import { dealParticipants } from '../deals/tables.js';
import type { Visibility } from './schemas.js';

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The deal, or 404 when it does not exist or the actor may not see it. */
export const loadDeal = (ctx: Ctx, dealId: string, forUpdate = false): Promise<DealRow> =>
  getDealRow(ctx, dealId, forUpdate);

/**
 * Partners on the deal (owner included even if its sourced row is missing). Vendor actors see
 * every participant; a partner actor's query returns only itself (row-level security), so only
 * vendor code paths rely on the full set.
 */
export async function dealPartnerIds(ctx: Ctx, deal: DealRow): Promise<Set<string>> {
  const rows = await ctx.db
    .select({ partnerId: dealParticipants.partnerId })
    .from(dealParticipants)
    .where(
      and(eq(dealParticipants.workspaceId, ctx.requireWorkspace()), eq(dealParticipants.dealId, deal.id)),
    );
  return new Set([deal.partnerId, ...rows.map((r) => r.partnerId)]);
}

/**
 * Where a staff member's or partner's post goes. Partners write to their own side only; staff
 * choose internal, one partner's side (which must be on the deal) or all participants. A partner
 * naming any other partner gets the answer a non-existent partner gets (no existence oracle).
 */
export async function resolveTarget(
  ctx: Ctx,
  deal: DealRow,
  visibility: Visibility | undefined,
  partnerId: string | undefined,
  field: { in: 'body' | 'query' },
): Promise<{ visibility: Visibility; partnerId: string | null }> {
  if (ctx.partnerId) {
    if (partnerId !== undefined && partnerId !== ctx.partnerId) throw notFound('partner');
    if (visibility !== undefined && visibility !== 'side') {
      throw new AppError(
        'forbidden',
        'Partners share only with their own side of the deal (visibility "side").',
        {
          errors: [
            {
              in: field.in,
              field: 'visibility',
              pointer: '/visibility',
              message: 'must be side for partners',
            },
          ],
        },
      );
    }
    return { visibility: 'side', partnerId: ctx.partnerId };
  }
  const v: Visibility = visibility ?? (partnerId ? 'side' : 'participants');
  if (v !== 'side') {
    if (partnerId !== undefined) {
      throw new AppError('validation_failed', 'partnerId: only a side entry names a partner', {
        errors: [
          {
            in: field.in,
            field: 'partnerId',
            pointer: '/partnerId',
            message: 'only a side entry names a partner',
          },
        ],
      });
    }
    return { visibility: v, partnerId: null };
  }
  if (!partnerId) {
    throw new AppError('validation_failed', 'partnerId: is required for visibility side', {
      errors: [
        {
          in: field.in,
          field: 'partnerId',
          pointer: '/partnerId',
          message: 'is required for visibility side',
        },
      ],
    });
  }
  if (!(await dealPartnerIds(ctx, deal)).has(partnerId)) throw notFound('partner');
  return { visibility: 'side', partnerId };
}

export type MemberInfo = {
  userId: string;
  name: string;
  kind: 'vendor' | 'partner';
  partnerId: string | null;
};
/** Workspace members by user id, across the partner wall (mention checks need vendor staff too). */
export type MemberLookup = (userIds: string[]) => Promise<Map<string, MemberInfo>>;

/**
 * Reads memberships on the system pool: a partner actor cannot see vendor staff through row-level
 * security, yet may @mention them. Narrow on purpose — only the ids asked for, only this
 * workspace, only kind/partner/name — and never used to list people.
 */
export function unsafeMemberLookup(deps: Deps, workspaceId: string): MemberLookup {
  return async (userIds) => {
    if (userIds.length === 0) return new Map();
    const { rows } = await deps.pools.system.query<{
      user_id: string;
      name: string;
      kind: 'vendor' | 'partner';
      partner_id: string | null;
    }>(
      `select m.user_id, u.name, m.kind, m.partner_id from memberships m join users u on u.id = m.user_id
        where m.workspace_id = $1 and m.user_id = any($2::uuid[])`,
      [idToUuid(workspaceId), userIds.map(idToUuid)],
    );
    return new Map(
      rows.map((r) => {
        const userId = uuidToId('user', r.user_id);
        return [
          userId,
          {
            userId,
            name: r.name,
            kind: r.kind,
            partnerId: r.partner_id ? uuidToId('partner', r.partner_id) : null,
          },
        ];
      }),
    );
  };
}

/** 404 unless a partner actor is the partner in question (staff pass). */
export function assertPartnerScope(ctx: Ctx, partnerId: string) {
  if (ctx.partnerId && ctx.partnerId !== partnerId) throw notFound('partner');
}
