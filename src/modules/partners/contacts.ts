import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { assertPartnerMayEdit } from '../directory/service.js';
import type { CreateContact, ListContactsQuery, UpdateContact } from './schemas.js';
import { getPartner } from './service.js';
import { partnerContacts } from './tables.js';

type Row = typeof partnerContacts.$inferSelect;
export const toContact = (r: Row) => ({
  id: r.id,
  partnerId: r.partnerId,
  name: r.name,
  email: r.email,
  phone: r.phone,
  title: r.title,
  role: r.role as z.output<typeof CreateContact>['role'],
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

const scope = (ctx: Ctx, partnerId: string) =>
  and(tenantWhere(ctx, partnerContacts), eq(partnerContacts.partnerId, partnerId));

export async function listContacts(ctx: Ctx, partnerId: string, q: z.output<typeof ListContactsQuery>) {
  await getPartner(ctx, partnerId);
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: partnerContacts.createdAt, name: partnerContacts.name },
    id: partnerContacts.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select()
    .from(partnerContacts)
    .where(and(scope(ctx, partnerId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, ks.sortColumnKey === 'name' ? 'name' : 'createdAt');
  return { data: page.data.map(toContact), nextCursor: page.nextCursor };
}

async function getContact(ctx: Ctx, partnerId: string, id: string) {
  const [row] = await ctx.db
    .select()
    .from(partnerContacts)
    .where(and(scope(ctx, partnerId), eq(partnerContacts.id, id)));
  if (!row) throw notFound('contact');
  return row;
}

export async function createContact(ctx: Ctx, partnerId: string, input: z.output<typeof CreateContact>) {
  await getPartner(ctx, partnerId);
  await assertPartnerMayEdit(ctx, ['contacts']);
  const [row] = await ctx.db
    .insert(partnerContacts)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('contact'),
      partnerId,
      name: input.name,
      role: input.role,
      email: input.email ?? null,
      phone: input.phone ?? null,
      title: input.title ?? null,
    })
    .returning();
  const out = toContact(row!);
  ctx.audit({
    action: 'partner_contact.created',
    objectType: 'contact',
    objectId: out.id,
    partnerId,
    after: out,
  });
  return out;
}

export async function updateContact(
  ctx: Ctx,
  partnerId: string,
  id: string,
  input: z.output<typeof UpdateContact>,
  expectedVersion?: number,
) {
  const before = await getContact(ctx, partnerId, id);
  await assertPartnerMayEdit(ctx, ['contacts']);
  if (expectedVersion !== undefined && before.version !== expectedVersion)
    throw new AppError('precondition_failed', `The contact is at version ${before.version}.`);
  const [row] = await ctx.db
    .update(partnerContacts)
    .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${partnerContacts.version} + 1` })
    .where(and(scope(ctx, partnerId), eq(partnerContacts.id, id)))
    .returning();
  const out = toContact(row!);
  ctx.audit({
    action: 'partner_contact.updated',
    objectType: 'contact',
    objectId: id,
    partnerId,
    before: toContact(before),
    after: out,
  });
  return out;
}

export async function deleteContact(ctx: Ctx, partnerId: string, id: string) {
  const before = await getContact(ctx, partnerId, id);
  await assertPartnerMayEdit(ctx, ['contacts']);
  await ctx.db.delete(partnerContacts).where(and(scope(ctx, partnerId), eq(partnerContacts.id, id)));
  ctx.audit({
    action: 'partner_contact.deleted',
    objectType: 'contact',
    objectId: id,
    partnerId,
    before: toContact(before),
  });
}
