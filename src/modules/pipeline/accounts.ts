import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import {
  changedWhileSaving,
  checkVersion,
  customerKeys,
  escapeLike,
  guardExternalRef,
  requireVendor,
  requireVendorFor,
} from './common.js';
import type { CreateAccountInput, ListAccountsInput, UpdateAccountInput } from './schemas.js';
import { accounts, vendorOpportunities } from './tables.js';

export type AccountRow = typeof accounts.$inferSelect;

export function toAccount(row: AccountRow) {
  return {
    id: row.id,
    externalRef: row.externalRef,
    name: row.name,
    nameNorm: row.nameNorm,
    website: row.website,
    domain: row.domain,
    country: row.country,
    industry: row.industry,
    ownerName: row.ownerName,
    strategic: row.strategic,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listAccounts(ctx: Ctx, q: ListAccountsInput) {
  const workspaceId = requireVendor(ctx);
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: accounts.createdAt, updated_at: accounts.updatedAt, name: accounts.name },
    id: accounts.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, workspaceId), ks.where];
  if (q.q) {
    const like = escapeLike(q.q);
    conditions.push(
      or(ilike(accounts.name, like), ilike(accounts.domain, like), ilike(accounts.externalRef, like)),
    );
  }
  if (q['filter[country]']) conditions.push(eq(accounts.country, q['filter[country]']));
  if (q['filter[strategic]']) conditions.push(eq(accounts.strategic, q['filter[strategic]'] === 'true'));
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = ({ name: 'name', created_at: 'createdAt', updated_at: 'updatedAt' } as const)[
    ks.sortColumnKey as 'name'
  ];
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: page.data.map(toAccount), nextCursor: page.nextCursor };
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountRow> {
  const workspaceId = requireVendorFor(ctx, 'account');
  const [row] = await ctx.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, id)));
  if (!row) throw notFound('account');
  return row;
}

/** The columns an account write sets, with the derived comparison keys. */
export function accountValues(input: { name: string; website?: string | null | undefined }) {
  const keys = customerKeys(input.name, input.website);
  return { nameNorm: keys.nameNorm, domain: keys.domain };
}

export async function createAccount(ctx: Ctx, input: CreateAccountInput) {
  const workspaceId = requireVendor(ctx);
  const now = ctx.clock.now();
  const [row] = await guardExternalRef('accounts_external_ref_key', input.externalRef, 'account', () =>
    ctx.db
      .insert(accounts)
      .values({
        workspaceId,
        id: newId('account'),
        externalRef: input.externalRef ?? null,
        name: input.name,
        website: input.website ?? null,
        country: input.country ?? null,
        industry: input.industry ?? null,
        ownerName: input.ownerName ?? null,
        strategic: input.strategic ?? false,
        ...accountValues(input),
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
  );
  const created = toAccount(row!);
  ctx.audit({ action: 'account.created', objectType: 'account', objectId: created.id, after: created });
  return created;
}

export async function updateAccount(
  ctx: Ctx,
  id: string,
  input: UpdateAccountInput,
  expectedVersion?: number,
) {
  const before = await getAccount(ctx, id);
  checkVersion('account', before.version, expectedVersion);
  const name = input.name ?? before.name;
  const website = input.website !== undefined ? input.website : before.website;
  const [row] = await guardExternalRef('accounts_external_ref_key', input.externalRef, 'account', () =>
    ctx.db
      .update(accounts)
      .set({
        ...input,
        ...accountValues({ name, website }),
        updatedAt: ctx.clock.now(),
        version: sql`${accounts.version} + 1`,
      })
      .where(
        and(
          eq(accounts.workspaceId, before.workspaceId),
          eq(accounts.id, id),
          eq(accounts.version, before.version),
        ),
      )
      .returning(),
  );
  if (!row) throw changedWhileSaving('account');
  const after = toAccount(row);
  ctx.audit({
    action: 'account.updated',
    objectType: 'account',
    objectId: id,
    before: toAccount(before),
    after,
  });
  return after;
}

/** Deletes an account; its opportunities stay and lose the link (they carry the customer fields). */
export async function deleteAccount(ctx: Ctx, id: string) {
  const before = await getAccount(ctx, id);
  await ctx.db
    .update(vendorOpportunities)
    .set({ accountId: null, updatedAt: ctx.clock.now(), version: sql`${vendorOpportunities.version} + 1` })
    .where(
      and(eq(vendorOpportunities.workspaceId, before.workspaceId), eq(vendorOpportunities.accountId, id)),
    );
  await ctx.db.delete(accounts).where(and(eq(accounts.workspaceId, before.workspaceId), eq(accounts.id, id)));
  ctx.audit({ action: 'account.deleted', objectType: 'account', objectId: id, before: toAccount(before) });
}
