import { and, eq, gt, ilike, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { assignableRoles, isPartnerRole, type Role } from '../../platform/access/permissions.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { randomToken, sha256 } from '../../platform/auth/crypto.js';
import { invitations, users } from '../../platform/auth/tables.js';
import { AppError, invalid, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { queueMail } from '../../platform/mail/index.js';
import { memberships } from '../../platform/tenancy/index.js';
import { partnerExists } from '../partners/index.js';
import type { CreateInvitation, ListInvitationsQuery, ListMembersQuery } from './schemas.js';

const memberScope = (ctx: Ctx) => tenantWhere(ctx, memberships);

function actingRole(ctx: Ctx): Role | null {
  if (ctx.actor.kind === 'user') return ctx.actor.membership?.role ?? null;
  if (ctx.actor.kind === 'apiKey') return ctx.partnerId ? 'partner_admin' : 'admin';
  return null;
}

const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  kind: memberships.kind,
  role: memberships.role,
  partnerId: memberships.partnerId,
  createdAt: memberships.createdAt,
  version: memberships.version,
};

const toMember = <T extends { createdAt: Date; role: string }>(r: T) => ({
  ...r,
  role: r.role as Role,
  createdAt: r.createdAt.toISOString(),
});

export async function listMembers(ctx: Ctx, q: z.output<typeof ListMembersQuery>) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: memberships.createdAt, email: users.email },
    id: memberships.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [memberScope(ctx), ks.where];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, like), ilike(users.name, like)));
  }
  if (q['filter[kind]']) conditions.push(eq(memberships.kind, q['filter[kind]']));
  if (q['filter[role]']) conditions.push(eq(memberships.role, q['filter[role]']));
  if (q['filter[partnerId]']) conditions.push(eq(memberships.partnerId, q['filter[partnerId]']));
  const rows = await ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, ks.sortColumnKey === 'email' ? 'email' : 'createdAt');
  return { data: page.data.map(toMember), nextCursor: page.nextCursor };
}

export async function getMember(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(memberScope(ctx), eq(memberships.id, id)));
  if (!row) throw notFound('member');
  return toMember(row);
}

function assertMayAssign(ctx: Ctx, role: Role, field: string) {
  const mine = actingRole(ctx);
  if (!mine || !assignableRoles(mine).includes(role)) {
    throw new AppError('forbidden', `Your role cannot grant the role ${role}.`, {
      errors: [{ in: 'body', field, pointer: `/${field}`, message: `your role cannot grant ${role}` }],
    });
  }
}

export async function updateMemberRole(ctx: Ctx, id: string, role: Role, expectedVersion?: number) {
  const before = await getMember(ctx, id);
  if (isPartnerRole(role) !== (before.kind === 'partner')) {
    throw invalid(
      'body',
      'role',
      before.kind === 'partner' ? 'must be a partner role' : 'must be a vendor role',
    );
  }
  assertMayAssign(ctx, role, 'role');
  assertMayAssign(ctx, before.role, 'role');
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError('precondition_failed', `The member is at version ${before.version}.`);
  }
  if (before.role === 'owner' && role !== 'owner') await assertAnotherOwner(ctx, id);
  await ctx.db
    .update(memberships)
    .set({ role, updatedAt: ctx.clock.now(), version: sql`${memberships.version} + 1` })
    .where(and(memberScope(ctx), eq(memberships.id, id)));
  const after = await getMember(ctx, id);
  ctx.audit({
    action: 'membership.role_changed',
    objectType: 'membership',
    objectId: id,
    partnerId: before.partnerId,
    before: { role: before.role },
    after: { role, userId: before.userId },
  });
  return after;
}

async function assertAnotherOwner(ctx: Ctx, exceptId: string) {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(memberScope(ctx), eq(memberships.role, 'owner'), sql`${memberships.id} <> ${exceptId}`));
  if (!row?.n)
    throw new AppError('conflict', 'A workspace needs at least one owner; make someone else owner first.');
}

export async function removeMember(ctx: Ctx, id: string) {
  const before = await getMember(ctx, id);
  assertMayAssign(ctx, before.role, 'role');
  if (before.role === 'owner') await assertAnotherOwner(ctx, id);
  await ctx.db.delete(memberships).where(and(memberScope(ctx), eq(memberships.id, id)));
  ctx.audit({
    action: 'membership.removed',
    objectType: 'membership',
    objectId: id,
    partnerId: before.partnerId,
    before,
  });
}

// --- Invitations -------------------------------------------------------------------------

type InvitationRow = typeof invitations.$inferSelect;
function toInvitation(r: InvitationRow, now: Date) {
  const status = r.acceptedAt
    ? 'accepted'
    : r.revokedAt
      ? 'revoked'
      : r.expiresAt <= now
        ? 'expired'
        : 'pending';
  return {
    id: r.id,
    email: r.email,
    kind: r.kind,
    role: r.role as Role,
    partnerId: r.partnerId,
    status: status as 'pending' | 'accepted' | 'revoked' | 'expired',
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  };
}

const invitationScope = (ctx: Ctx) => tenantWhere(ctx, invitations);

export async function createInvitation(
  ctx: Ctx,
  input: z.output<typeof CreateInvitation>,
  publicUrl: string,
) {
  const workspaceId = ctx.requireWorkspace();
  assertMayAssign(ctx, input.role, 'role');
  const partnerRole = isPartnerRole(input.role);
  let partnerId: string | null = null;
  if (partnerRole) {
    partnerId = ctx.partnerId ?? input.partnerId ?? null;
    if (!partnerId) throw invalid('body', 'partnerId', 'is required for a partner role');
    if (ctx.partnerId && input.partnerId && input.partnerId !== ctx.partnerId) {
      throw new AppError('not_found', 'No such partner.', {
        errors: [{ in: 'body', field: 'partnerId', pointer: '/partnerId', message: 'no such partner' }],
      });
    }
    if (!(await partnerExists(ctx, partnerId))) {
      throw new AppError('not_found', 'No such partner.', {
        errors: [{ in: 'body', field: 'partnerId', pointer: '/partnerId', message: 'no such partner' }],
      });
    }
  } else if (input.partnerId) {
    throw invalid('body', 'partnerId', 'must be omitted for a vendor role');
  }
  const token = randomToken();
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(invitations)
    .values({
      workspaceId,
      id: newId('invitation'),
      email: input.email.trim().toLowerCase(),
      kind: partnerRole ? 'partner' : 'vendor',
      role: input.role,
      partnerId,
      tokenHash: sha256(token),
      invitedBy:
        ctx.actor.kind === 'user'
          ? ctx.actor.userId
          : ctx.actor.kind === 'apiKey'
            ? ctx.actor.apiKeyId
            : 'system',
      createdAt: now,
      expiresAt: new Date(now.getTime() + (input.expiresInDays ?? 7) * 86_400_000),
    })
    .returning();
  const invitation = toInvitation(row!, now);
  ctx.audit({
    action: 'invitation.created',
    objectType: 'invitation',
    objectId: invitation.id,
    partnerId,
    after: invitation,
  });
  const acceptUrl = `${publicUrl}/accept-invitation#token=${token}`;
  await queueInvitationMail(ctx, invitation, acceptUrl);
  return { ...invitation, token, acceptUrl };
}

/** The invitation e-mail, in the inviter's language, queued in the same transaction. */
async function queueInvitationMail(
  ctx: Ctx,
  invitation: { email: string; role: Role; expiresAt: string },
  acceptUrl: string,
): Promise<void> {
  const { rows } = await ctx.client.query<{ ws: string; inviter: string | null; locale: string | null }>(
    `select w.name as ws, u.name as inviter, u.locale from workspaces w
       left join users u on u.id = $2 where w.id = $1`,
    [idToUuid(ctx.requireWorkspace()), ctx.actor.kind === 'user' ? idToUuid(ctx.actor.userId) : null],
  );
  const info = rows[0];
  await queueMail(ctx.client, ctx, {
    workspaceId: ctx.requireWorkspace(),
    to: invitation.email,
    template: 'invitation',
    locale: info?.locale,
    data: {
      workspaceName: info?.ws ?? '',
      inviterName: info?.inviter ?? info?.ws ?? 'Symbio',
      role: invitation.role,
      acceptUrl,
      expiresAt: invitation.expiresAt,
    },
  });
}

export async function listInvitations(ctx: Ctx, q: z.output<typeof ListInvitationsQuery>) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: invitations.createdAt },
    id: invitations.id,
    cursor: q.cursor,
  });
  const now = ctx.clock.now();
  const status = q['filter[status]'];
  const statusWhere =
    status === 'accepted'
      ? isNotNull(invitations.acceptedAt)
      : status === 'revoked'
        ? and(isNull(invitations.acceptedAt), isNotNull(invitations.revokedAt))
        : status === 'expired'
          ? and(
              isNull(invitations.acceptedAt),
              isNull(invitations.revokedAt),
              lte(invitations.expiresAt, now),
            )
          : status === 'pending'
            ? and(
                isNull(invitations.acceptedAt),
                isNull(invitations.revokedAt),
                gt(invitations.expiresAt, now),
              )
            : undefined;
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(and(invitationScope(ctx), ks.where, statusWhere))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'createdAt');
  return { data: page.data.map((r) => toInvitation(r, now)), nextCursor: page.nextCursor };
}

export async function revokeInvitation(ctx: Ctx, id: string) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        invitationScope(ctx),
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning();
  if (!row) {
    const [exists] = await ctx.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(invitationScope(ctx), eq(invitations.id, id)));
    if (!exists) throw notFound('invitation');
    throw new AppError('conflict', 'This invitation was already accepted or revoked.');
  }
  ctx.audit({
    action: 'invitation.revoked',
    objectType: 'invitation',
    objectId: id,
    partnerId: row.partnerId,
  });
  return toInvitation(row, now);
}
