import { and, arrayContains, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, invalid, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, newId, uuidToId } from '../../platform/ids/index.js';
import { productLineSummaries } from '../catalog/index.js';
import { customerMatchColumns } from '../deals/conflicts/keys.js';
import {
  changedWhileSaving,
  checkVersion,
  escapeLike,
  guardExternalRef,
  requireVendor,
  requireVendorFor,
} from './common.js';
import type {
  CreateVendorOpportunityInput,
  ListVendorOpportunitiesInput,
  OpportunityStatus,
  UpdateVendorOpportunityInput,
} from './schemas.js';
import { accounts, vendorOpportunities } from './tables.js';

export type VendorOpportunityRow = typeof vendorOpportunities.$inferSelect;

export function toVendorOpportunity(row: VendorOpportunityRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    externalRef: row.externalRef,
    name: row.name,
    customerName: row.customerName,
    customerNameNorm: row.customerNameNorm,
    customerWebsite: row.customerWebsite,
    customerDomain: row.customerDomain,
    customerCountry: row.customerCountry,
    amountMinor: row.amountMinor,
    currency: row.currency,
    stage: row.stage,
    status: row.status as OpportunityStatus,
    expectedCloseDate: row.expectedCloseDate,
    productLineIds: row.productLineIds.map((u) => uuidToId('productLine', u)),
    ownerName: row.ownerName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The derived comparison columns for a customer name and website (conflict detection's keys). */
export const opportunityKeys = customerMatchColumns;

export async function listVendorOpportunities(ctx: Ctx, q: ListVendorOpportunitiesInput) {
  const workspaceId = requireVendor(ctx);
  const t = vendorOpportunities;
  const ks = keyset({
    sort: q.sort,
    columns: {
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      name: t.name,
      customer_name: t.customerName,
      amount_minor: t.amountMinor,
    },
    id: t.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [eq(t.workspaceId, workspaceId), ks.where];
  if (q.q) {
    const like = escapeLike(q.q);
    conditions.push(
      or(
        ilike(t.name, like),
        ilike(t.customerName, like),
        ilike(t.customerDomain, like),
        ilike(t.externalRef, like),
      ),
    );
  }
  if (q['filter[status]']) conditions.push(eq(t.status, q['filter[status]']));
  if (q['filter[stage]']) conditions.push(eq(t.stage, q['filter[stage]']));
  if (q['filter[country]']) conditions.push(eq(t.customerCountry, q['filter[country]']));
  if (q['filter[accountId]']) conditions.push(eq(t.accountId, q['filter[accountId]']));
  if (q['filter[productLineId]'])
    conditions.push(arrayContains(t.productLineIds, [idToUuid(q['filter[productLineId]'])]));
  if (q['filter[closeFrom]']) conditions.push(gte(t.expectedCloseDate, q['filter[closeFrom]']));
  if (q['filter[closeTo]']) conditions.push(lte(t.expectedCloseDate, q['filter[closeTo]']));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = (
    {
      name: 'name',
      customer_name: 'customerName',
      amount_minor: 'amountMinor',
      created_at: 'createdAt',
      updated_at: 'updatedAt',
    } as const
  )[ks.sortColumnKey as 'name'];
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: page.data.map(toVendorOpportunity), nextCursor: page.nextCursor };
}

export async function getVendorOpportunity(ctx: Ctx, id: string): Promise<VendorOpportunityRow> {
  const workspaceId = requireVendorFor(ctx, 'vendor opportunity');
  const [row] = await ctx.db
    .select()
    .from(vendorOpportunities)
    .where(and(eq(vendorOpportunities.workspaceId, workspaceId), eq(vendorOpportunities.id, id)));
  if (!row) throw notFound('vendor opportunity');
  return row;
}

/** Ids must name this workspace's account and product lines (400 naming the field otherwise). */
async function checkReferences(
  ctx: Ctx,
  accountId: string | null | undefined,
  productLineIds: string[] | undefined,
) {
  const workspaceId = ctx.requireWorkspace();
  if (accountId) {
    const [acc] = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId)));
    if (!acc) throw invalid('body', 'accountId', 'is not an account of this workspace');
  }
  if (productLineIds && productLineIds.length > 0) {
    const known = await productLineSummaries(ctx, productLineIds);
    const bad = productLineIds.findIndex((id) => !known.has(id));
    if (bad >= 0) {
      throw new AppError(
        'validation_failed',
        `productLineIds.${bad}: is not a product line of this workspace`,
        {
          errors: [
            {
              in: 'body',
              field: `productLineIds.${bad}`,
              pointer: `/productLineIds/${bad}`,
              message: 'is not a product line of this workspace',
            },
          ],
        },
      );
    }
  }
}

export async function createVendorOpportunity(ctx: Ctx, input: CreateVendorOpportunityInput) {
  const workspaceId = requireVendor(ctx);
  await checkReferences(ctx, input.accountId, input.productLineIds);
  const now = ctx.clock.now();
  const [row] = await guardExternalRef(
    'vendor_opportunities_external_ref_key',
    input.externalRef,
    'vendor opportunity',
    () =>
      ctx.db
        .insert(vendorOpportunities)
        .values({
          workspaceId,
          id: newId('vendorOpportunity'),
          accountId: input.accountId ?? null,
          externalRef: input.externalRef ?? null,
          name: input.name,
          customerName: input.customerName,
          customerWebsite: input.customerWebsite ?? null,
          customerCountry: input.customerCountry ?? null,
          ...opportunityKeys(input.customerName, input.customerWebsite),
          amountMinor: input.amountMinor ?? 0,
          currency: input.currency ?? 'USD',
          stage: input.stage ?? 'prospecting',
          status: input.status ?? 'open',
          expectedCloseDate: input.expectedCloseDate ?? null,
          productLineIds: [...new Set(input.productLineIds ?? [])].map(idToUuid),
          ownerName: input.ownerName ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
  );
  const created = toVendorOpportunity(row!);
  ctx.audit({
    action: 'vendor_opportunity.created',
    objectType: 'vendor_opportunity',
    objectId: created.id,
    after: created,
  });
  return created;
}

export async function updateVendorOpportunity(
  ctx: Ctx,
  id: string,
  input: UpdateVendorOpportunityInput,
  expectedVersion?: number,
) {
  const before = await getVendorOpportunity(ctx, id);
  checkVersion('vendor opportunity', before.version, expectedVersion);
  await checkReferences(ctx, input.accountId, input.productLineIds);
  const customerName = input.customerName ?? before.customerName;
  const website = input.customerWebsite !== undefined ? input.customerWebsite : before.customerWebsite;
  const { productLineIds, ...rest } = input;
  const [row] = await guardExternalRef(
    'vendor_opportunities_external_ref_key',
    input.externalRef,
    'vendor opportunity',
    () =>
      ctx.db
        .update(vendorOpportunities)
        .set({
          ...rest,
          ...(productLineIds ? { productLineIds: [...new Set(productLineIds)].map(idToUuid) } : {}),
          ...opportunityKeys(customerName, website),
          updatedAt: ctx.clock.now(),
          version: sql`${vendorOpportunities.version} + 1`,
        })
        .where(
          and(
            eq(vendorOpportunities.workspaceId, before.workspaceId),
            eq(vendorOpportunities.id, id),
            eq(vendorOpportunities.version, before.version),
          ),
        )
        .returning(),
  );
  if (!row) throw changedWhileSaving('vendor opportunity');
  const after = toVendorOpportunity(row);
  ctx.audit({
    action: 'vendor_opportunity.updated',
    objectType: 'vendor_opportunity',
    objectId: id,
    before: toVendorOpportunity(before),
    after,
  });
  return after;
}

export async function deleteVendorOpportunity(ctx: Ctx, id: string) {
  const before = await getVendorOpportunity(ctx, id);
  await ctx.db
    .delete(vendorOpportunities)
    .where(and(eq(vendorOpportunities.workspaceId, before.workspaceId), eq(vendorOpportunities.id, id)));
  ctx.audit({
    action: 'vendor_opportunity.deleted',
    objectType: 'vendor_opportunity',
    objectId: id,
    before: toVendorOpportunity(before),
  });
}
