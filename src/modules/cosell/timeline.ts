import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { users } from '../../platform/auth/tables.js';
import { AppError, type FieldError, fieldError } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { memberships } from '../../platform/tenancy/index.js';
import { addActivity, type DealRow } from '../deals/index.js';
import { dealActivities } from '../deals/tables.js';
import { dealPartnerIds, loadDeal, type MemberInfo, type MemberLookup, resolveTarget } from './common.js';
import type { CreateCommentInput, ListActivitiesInput, Visibility } from './schemas.js';
import { recordTouchpoint } from './touchpoints.js';

type ActivityRow = typeof dealActivities.$inferSelect;

/** Timeline data key naming the partner whose user wrote a shared row (masked for other partners). */
export const BY_PARTNER = 'byPartnerId';

/**
 * The API shape for the reader. A partner reader never learns who at another partner acted
 * (actor id and name are blanked on rows written by another partner's people) nor which of
 * another partner's users were mentioned.
 */
function toActivity(row: ActivityRow, ctx: Ctx, ownMembers: Set<string>) {
  const data = { ...((row.data ?? {}) as Record<string, unknown>) };
  const byPartner = typeof data[BY_PARTNER] === 'string' ? (data[BY_PARTNER] as string) : null;
  const mentions = row.mentions.map((u) => uuidToId('user', u));
  let actor = { kind: row.actorKind, id: row.actorId as string | null, name: row.actorName };
  let mentionedUserIds = mentions;
  if (ctx.partnerId) {
    delete data[BY_PARTNER];
    if (byPartner && byPartner !== ctx.partnerId) actor = { kind: 'partner', id: null, name: '' };
    if (row.visibility !== 'side') mentionedUserIds = mentions.filter((u) => ownMembers.has(u));
  }
  return {
    id: row.id,
    dealId: row.dealId,
    kind: row.kind,
    visibility: row.visibility as Visibility,
    partnerId: row.partnerId,
    actor,
    body: row.body,
    data,
    mentionedUserIds,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Which of these users belong to the partner actor's own organisation (row-level security decides). */
async function ownMembersOf(ctx: Ctx, userIds: string[]): Promise<Set<string>> {
  if (!ctx.partnerId || userIds.length === 0) return new Set();
  const rows = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, ctx.requireWorkspace()),
        eq(memberships.partnerId, ctx.partnerId),
        inArray(memberships.userId, [...new Set(userIds)]),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** What of the timeline the actor may read: staff everything, a partner its side and the shared rows. */
function visibleRows(ctx: Ctx): SQL | undefined {
  if (!ctx.partnerId) return undefined;
  return or(
    and(eq(dealActivities.visibility, 'side'), eq(dealActivities.partnerId, ctx.partnerId)),
    eq(dealActivities.visibility, 'participants'),
  );
}

export async function listActivities(ctx: Ctx, dealId: string, q: ListActivitiesInput) {
  await loadDeal(ctx, dealId);
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: dealActivities.createdAt },
    id: dealActivities.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [
    eq(dealActivities.workspaceId, ctx.requireWorkspace()),
    eq(dealActivities.dealId, dealId),
    visibleRows(ctx),
    ks.where,
  ];
  if (q['filter[kind]']) c.push(eq(dealActivities.kind, q['filter[kind]']));
  const rows = await ctx.db
    .select()
    .from(dealActivities)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'createdAt');
  const own = await ownMembersOf(
    ctx,
    page.data.flatMap((r) => r.mentions.map((u) => uuidToId('user', u))),
  );
  return { data: page.data.map((r) => toActivity(r, ctx, own)), nextCursor: page.nextCursor };
}

async function readActivity(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(dealActivities)
    .where(and(eq(dealActivities.workspaceId, ctx.requireWorkspace()), eq(dealActivities.id, id)));
  const own = await ownMembersOf(
    ctx,
    row!.mentions.map((u) => uuidToId('user', u)),
  );
  return toActivity(row!, ctx, own);
}

/** Whether a member can read an entry with this visibility (the @mention rule). */
function canSee(
  m: MemberInfo,
  target: { visibility: Visibility; partnerId: string | null },
  participants: Set<string>,
): boolean {
  if (m.kind === 'vendor') return true;
  if (target.visibility === 'internal' || !m.partnerId) return false;
  if (target.visibility === 'side') return m.partnerId === target.partnerId;
  return participants.has(m.partnerId);
}

/**
 * A comment on the deal's timeline. Every @mentioned user must be able to read it: vendor staff
 * always, partner users only of the side's partner (or, for a shared comment, of a partner on
 * the deal) — otherwise the mention would leak the comment. Mentioned users are notified in-app
 * through the `deal.comment_added` event.
 */
export async function addComment(ctx: Ctx, dealId: string, input: CreateCommentInput, lookup: MemberLookup) {
  const deal = await loadDeal(ctx, dealId);
  const target = await resolveTarget(ctx, deal, input.visibility, input.partnerId, { in: 'body' });
  const mentioned = [...new Set(input.mentionedUserIds ?? [])];
  if (mentioned.length > 0) {
    const members = await lookup(mentioned);
    // Vendor actors see every participant; a partner actor only itself, which suffices because
    // partners post to their own side (participants visibility is staff-only).
    const participants =
      target.visibility === 'participants' ? await dealPartnerIds(ctx, deal) : new Set<string>();
    const errors: FieldError[] = [];
    (input.mentionedUserIds ?? []).forEach((u, i) => {
      const m = members.get(u);
      if (!m) errors.push(fieldError('body', ['mentionedUserIds', i], 'is not a member of this workspace'));
      else if (!canSee(m, target, participants))
        errors.push(
          fieldError(
            'body',
            ['mentionedUserIds', i],
            'cannot see this comment (not on this side of the deal)',
          ),
        );
    });
    if (errors.length > 0) {
      throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
        errors,
      });
    }
  }
  const id = await addActivity(ctx, deal, {
    kind: 'comment',
    body: input.body,
    visibility: target.visibility,
    partnerId: target.partnerId,
    mentions: mentioned.map(idToUuid),
    data: ctx.partnerId ? { [BY_PARTNER]: ctx.partnerId } : {},
  });
  ctx.audit({
    action: 'deal.comment_added',
    objectType: 'deal',
    objectId: deal.id,
    // The event's partner: the side's partner (its members may be notified); null for shared/internal.
    partnerId: target.partnerId,
    after: { id, dealId: deal.id, partnerId: target.partnerId, mentionedUserIds: mentioned },
  });
  if (ctx.partnerId) {
    await recordTouchpoint(ctx, {
      partnerId: ctx.partnerId,
      dealId: deal.id,
      kind: 'cosell_activity',
      source: 'system',
      note: 'Comment',
      data: { activityId: id, activity: 'comment' },
    });
  }
  return readActivity(ctx, id);
}

/** Adds a timeline row for each partner on the deal other than the owner (e.g. a close). */
export async function addToOtherSides(
  ctx: Ctx,
  deal: DealRow,
  entry: { kind: string; body?: string; data?: Record<string, unknown> },
) {
  for (const p of await dealPartnerIds(ctx, deal)) {
    if (p === deal.partnerId) continue;
    await addActivity(ctx, deal, { ...entry, visibility: 'side', partnerId: p });
  }
}

/**
 * People the actor may @mention on this deal, for the portal's autocomplete. Staff: vendor
 * staff and the users of every partner on the deal. A partner: its own colleagues and the vendor
 * staff already visible on its timeline (no new names are revealed).
 */
export async function mentionable(ctx: Ctx, dealId: string, lookup: MemberLookup) {
  const deal = await loadDeal(ctx, dealId);
  const ws = ctx.requireWorkspace();
  if (!ctx.partnerId) {
    const partnerIds = [...(await dealPartnerIds(ctx, deal))];
    const rows = await ctx.db
      .select({
        userId: memberships.userId,
        name: users.name,
        kind: memberships.kind,
        partnerId: memberships.partnerId,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.workspaceId, ws),
          or(eq(memberships.kind, 'vendor'), inArray(memberships.partnerId, partnerIds)),
        ),
      )
      .limit(2000);
    return rows.map((r) => ({ ...r, kind: r.kind as 'vendor' | 'partner' }));
  }
  const own = await ctx.db
    .select({ userId: memberships.userId, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ws), eq(memberships.partnerId, ctx.partnerId)))
    .limit(2000);
  const actors = await ctx.db
    .selectDistinct({ actorId: dealActivities.actorId })
    .from(dealActivities)
    .where(
      and(
        eq(dealActivities.workspaceId, ws),
        eq(dealActivities.dealId, dealId),
        eq(dealActivities.actorKind, 'user'),
        visibleRows(ctx),
      ),
    )
    .limit(500);
  const staff = [
    ...(await lookup(actors.map((a) => a.actorId).filter((a) => a.startsWith('usr_')))).values(),
  ].filter((m) => m.kind === 'vendor');
  return [
    ...own.map((r) => ({
      userId: r.userId,
      name: r.name,
      kind: 'partner' as const,
      partnerId: ctx.partnerId,
    })),
    ...staff.map((m) => ({ userId: m.userId, name: m.name, kind: 'vendor' as const, partnerId: null })),
  ];
}
