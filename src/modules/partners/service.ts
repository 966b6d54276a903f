import { and, arrayContains, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { countPartnerMembers } from '../../platform/tenancy/index.js';
import type { CreatePartnerInput, ListPartnersInput, UpdatePartnerInput } from './schemas.js';
import { partners } from './tables.js';

type PartnerRow = typeof partners.$inferSelect;

export function toPartner(row: PartnerRow) {
  return {
    id: row.id,
    name: row.name,
    types: row.types as PartnerRow['types'] & never[],
    country: row.country,
    website: row.website,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const scope = (ctx: Ctx) => tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id });

export async function listPartners(ctx: Ctx, q: ListPartnersInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: partners.createdAt, name: partners.name },
    id: partners.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [scope(ctx), ks.where];
  if (q.q) conditions.push(ilike(partners.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q['filter[type]']) conditions.push(arrayContains(partners.types, [q['filter[type]']]));
  if (q['filter[country]']) conditions.push(eq(partners.country, q['filter[country]']));
  if (q['filter[status]']) conditions.push(eq(partners.status, q['filter[status]']));
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, ks.sortColumnKey === 'name' ? 'name' : 'createdAt');
  return { data: page.data.map(toPartner), nextCursor: page.nextCursor };
}

export async function getPartner(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(partners)
    .where(and(scope(ctx), eq(partners.id, id)));
  if (!row) throw notFound('partner');
  return row;
}

export async function createPartner(ctx: Ctx, input: CreatePartnerInput) {
  const workspaceId = ctx.requireWorkspace();
  const [row] = await ctx.db
    .insert(partners)
    .values({
      workspaceId,
      id: newId('partner'),
      name: input.name,
      types: input.types,
      country: input.country ?? null,
      website: input.website ?? null,
      status: input.status ?? 'active',
    })
    .returning();
  const created = toPartner(row!);
  ctx.audit({
    action: 'partner.created',
    objectType: 'partner',
    objectId: created.id,
    partnerId: created.id,
    after: created,
  });
  return created;
}

// Partner users may edit their own organisation's contact details, not how the vendor classifies it.
const PARTNER_EDITABLE = new Set(['name', 'website', 'country']);

export async function updatePartner(
  ctx: Ctx,
  id: string,
  input: UpdatePartnerInput,
  expectedVersion?: number,
) {
  if (ctx.partnerId) {
    const locked = Object.keys(input).filter((k) => !PARTNER_EDITABLE.has(k));
    if (locked.length > 0) {
      throw new AppError('forbidden', `Partner users cannot change: ${locked.join(', ')}.`);
    }
  }
  const before = await getPartner(ctx, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The partner is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  const [row] = await ctx.db
    .update(partners)
    .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${partners.version} + 1` })
    .where(and(scope(ctx), eq(partners.id, id), eq(partners.version, before.version)))
    .returning();
  if (!row)
    throw new AppError('precondition_failed', 'The partner changed while you were saving; read it again.');
  const after = toPartner(row);
  ctx.audit({
    action: 'partner.updated',
    objectType: 'partner',
    objectId: id,
    partnerId: id,
    before: toPartner(before),
    after,
  });
  return after;
}

export async function deletePartner(ctx: Ctx, id: string) {
  const before = await getPartner(ctx, id);
  if (await countPartnerMembers(ctx, id)) {
    throw new AppError('conflict', 'This partner still has users; remove them first.');
  }
  await ctx.db.delete(partners).where(and(scope(ctx), eq(partners.id, id)));
  ctx.audit({
    action: 'partner.deleted',
    objectType: 'partner',
    objectId: id,
    partnerId: id,
    before: toPartner(before),
  });
}
