import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, invalid, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import type {
  CreateProductInput,
  CreateProductLineInput,
  ListProductLinesInput,
  ListProductsInput,
  UpdateProductInput,
  UpdateProductLineInput,
} from './schemas.js';
import { productLines, products } from './tables.js';

export type ProductLineRow = typeof productLines.$inferSelect;
export type ProductRow = typeof products.$inferSelect;

export const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function toProductLine(row: ProductLineRow) {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    description: row.description,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toProduct(row: ProductRow, line: { name: string; code: string }) {
  return {
    id: row.id,
    productLineId: row.productLineId,
    productLineName: line.name,
    productLineCode: line.code,
    name: row.name,
    sku: row.sku,
    description: row.description,
    listPrices: (row.listPrices ?? {}) as Record<string, number>,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * The catalogue is the workspace's. Staff see all of it; partners (who pick products when they
 * register a deal) see only what is on sale: active lines and active products of active lines.
 */
function lineScope(ctx: Ctx): SQL {
  const inWorkspace = eq(productLines.workspaceId, ctx.requireWorkspace());
  return ctx.partnerId ? and(inWorkspace, eq(productLines.active, true))! : inWorkspace;
}
function productScope(ctx: Ctx): SQL {
  const inWorkspace = eq(products.workspaceId, ctx.requireWorkspace());
  return ctx.partnerId
    ? and(inWorkspace, eq(products.active, true), eq(productLines.active, true))!
    : inWorkspace;
}

/** Turns a unique-index violation into a 409 naming the field; anything else is rethrown. */
async function guardUnique<T>(
  field: string,
  constraint: string,
  value: string | undefined,
  what: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const pgErr = e.cause ?? e;
    if (value !== undefined && pgErr.code === '23505' && pgErr.constraint === constraint) {
      throw new AppError(
        'conflict',
        `Another ${what} of this workspace already uses the ${field} "${value}".`,
        {
          errors: [
            { in: 'body', field, pointer: `/${field}`, message: `is already used by another ${what}` },
          ],
        },
      );
    }
    throw err;
  }
}

const stale = (what: string, version: number, expected: number) =>
  new AppError(
    'precondition_failed',
    `The ${what} is at version ${version}; you sent If-Match "${expected}".`,
  );

// --- Product lines ---------------------------------------------------------------------------

export async function listProductLines(ctx: Ctx, q: ListProductLinesInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: productLines.createdAt, name: productLines.name, code: productLines.code },
    id: productLines.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [lineScope(ctx), ks.where];
  if (q.q)
    conditions.push(or(ilike(productLines.name, escapeLike(q.q)), ilike(productLines.code, escapeLike(q.q))));
  if (q['filter[active]']) conditions.push(eq(productLines.active, q['filter[active]'] === 'true'));
  const rows = await ctx.db
    .select()
    .from(productLines)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = { name: 'name', code: 'code', created_at: 'createdAt' }[
    ks.sortColumnKey
  ] as keyof ProductLineRow;
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: page.data.map(toProductLine), nextCursor: page.nextCursor };
}

export async function getProductLine(ctx: Ctx, id: string): Promise<ProductLineRow> {
  const [row] = await ctx.db
    .select()
    .from(productLines)
    .where(and(lineScope(ctx), eq(productLines.id, id)));
  if (!row) throw notFound('product line');
  return row;
}

export async function createProductLine(ctx: Ctx, input: CreateProductLineInput) {
  const workspaceId = ctx.requireWorkspace();
  const [row] = await guardUnique('code', 'product_lines_code_key', input.code, 'product line', () =>
    ctx.db
      .insert(productLines)
      .values({
        workspaceId,
        id: newId('productLine'),
        name: input.name,
        code: input.code,
        description: input.description ?? '',
        active: input.active ?? true,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      })
      .returning(),
  );
  const created = toProductLine(row!);
  ctx.audit({
    action: 'product_line.created',
    objectType: 'product_line',
    objectId: created.id,
    after: created,
  });
  return created;
}

export async function updateProductLine(
  ctx: Ctx,
  id: string,
  input: UpdateProductLineInput,
  expectedVersion?: number,
) {
  const before = await getProductLine(ctx, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion)
    throw stale('product line', before.version, expectedVersion);
  const [row] = await guardUnique('code', 'product_lines_code_key', input.code, 'product line', () =>
    ctx.db
      .update(productLines)
      .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${productLines.version} + 1` })
      .where(and(lineScope(ctx), eq(productLines.id, id), eq(productLines.version, before.version)))
      .returning(),
  );
  if (!row)
    throw new AppError(
      'precondition_failed',
      'The product line changed while you were saving; read it again.',
    );
  const after = toProductLine(row);
  ctx.audit({
    action: 'product_line.updated',
    objectType: 'product_line',
    objectId: id,
    before: toProductLine(before),
    after,
  });
  return after;
}

/**
 * Deletes a product line without products. Deals and vendor opportunities keep product line
 * ids for exclusivity and conflict history, so a line in use is deactivated instead (409).
 */
export async function deleteProductLine(ctx: Ctx, id: string) {
  const before = await getProductLine(ctx, id);
  const [used] = await ctx.db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.workspaceId, ctx.requireWorkspace()), eq(products.productLineId, id)))
    .limit(1);
  if (used) {
    throw new AppError(
      'conflict',
      'This product line has products; deactivate it instead (PATCH with "active": false).',
    );
  }
  await ctx.db.delete(productLines).where(and(lineScope(ctx), eq(productLines.id, id)));
  ctx.audit({
    action: 'product_line.deleted',
    objectType: 'product_line',
    objectId: id,
    before: toProductLine(before),
  });
}

/** The workspace's product lines by code (upper-case), for imports. */
export async function productLinesByCode(ctx: Ctx): Promise<Map<string, { id: string; active: boolean }>> {
  const rows = await ctx.db
    .select({ id: productLines.id, code: productLines.code, active: productLines.active })
    .from(productLines)
    .where(eq(productLines.workspaceId, ctx.requireWorkspace()));
  return new Map(rows.map((r) => [r.code.toUpperCase(), { id: r.id, active: r.active }]));
}

/** Names and codes of the given product lines (unknown ids are left out). */
export async function productLineSummaries(ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; code: string }>();
  const rows = await ctx.db
    .select({ id: productLines.id, name: productLines.name, code: productLines.code })
    .from(productLines)
    .where(eq(productLines.workspaceId, ctx.requireWorkspace()));
  const wanted = new Set(ids);
  return new Map(rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, { name: r.name, code: r.code }]));
}

// --- Products --------------------------------------------------------------------------------

const productSelect = { product: products, lineName: productLines.name, lineCode: productLines.code };

function joinLine() {
  return and(eq(productLines.workspaceId, products.workspaceId), eq(productLines.id, products.productLineId));
}

export async function listProducts(ctx: Ctx, q: ListProductsInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: products.createdAt, name: products.name, sku: products.sku },
    id: products.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [productScope(ctx), ks.where];
  if (q.q) conditions.push(or(ilike(products.name, escapeLike(q.q)), ilike(products.sku, escapeLike(q.q))));
  if (q['filter[productLineId]']) conditions.push(eq(products.productLineId, q['filter[productLineId]']));
  if (q['filter[active]']) conditions.push(eq(products.active, q['filter[active]'] === 'true'));
  const rows = await ctx.db
    .select(productSelect)
    .from(products)
    .innerJoin(productLines, joinLine())
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const flat = rows.map((r) => ({ ...r.product, lineName: r.lineName, lineCode: r.lineCode }));
  const sortKey = { name: 'name', sku: 'sku', created_at: 'createdAt' }[
    ks.sortColumnKey
  ] as keyof (typeof flat)[number];
  const page = pageFrom(flat, q.limit, q.sort, sortKey);
  return {
    data: page.data.map((r) => toProduct(r, { name: r.lineName, code: r.lineCode })),
    nextCursor: page.nextCursor,
  };
}

export async function getProduct(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select(productSelect)
    .from(products)
    .innerJoin(productLines, joinLine())
    .where(and(productScope(ctx), eq(products.id, id)));
  if (!row) throw notFound('product');
  return { row: row.product, view: toProduct(row.product, { name: row.lineName, code: row.lineCode }) };
}

/** The product line a product goes into: it must exist in this workspace (400 naming the field). */
async function lineFor(ctx: Ctx, productLineId: string) {
  const [line] = await ctx.db
    .select()
    .from(productLines)
    .where(and(eq(productLines.workspaceId, ctx.requireWorkspace()), eq(productLines.id, productLineId)));
  if (!line) throw invalid('body', 'productLineId', 'is not a product line of this workspace');
  return line;
}

export async function createProduct(ctx: Ctx, input: CreateProductInput) {
  const workspaceId = ctx.requireWorkspace();
  const line = await lineFor(ctx, input.productLineId);
  const [row] = await guardUnique('sku', 'products_sku_key', input.sku, 'product', () =>
    ctx.db
      .insert(products)
      .values({
        workspaceId,
        id: newId('product'),
        productLineId: line.id,
        name: input.name,
        sku: input.sku,
        description: input.description ?? '',
        listPrices: input.listPrices ?? {},
        active: input.active ?? true,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      })
      .returning(),
  );
  const created = toProduct(row!, line);
  ctx.audit({ action: 'product.created', objectType: 'product', objectId: created.id, after: created });
  return created;
}

export async function updateProduct(
  ctx: Ctx,
  id: string,
  input: UpdateProductInput,
  expectedVersion?: number,
) {
  const before = await getProduct(ctx, id);
  if (expectedVersion !== undefined && before.row.version !== expectedVersion)
    throw stale('product', before.row.version, expectedVersion);
  const line = input.productLineId
    ? await lineFor(ctx, input.productLineId)
    : { name: before.view.productLineName, code: before.view.productLineCode };
  const [row] = await guardUnique('sku', 'products_sku_key', input.sku, 'product', () =>
    ctx.db
      .update(products)
      .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${products.version} + 1` })
      .where(
        and(
          eq(products.workspaceId, ctx.requireWorkspace()),
          eq(products.id, id),
          eq(products.version, before.row.version),
        ),
      )
      .returning(),
  );
  if (!row)
    throw new AppError('precondition_failed', 'The product changed while you were saving; read it again.');
  const after = toProduct(row, line);
  ctx.audit({ action: 'product.updated', objectType: 'product', objectId: id, before: before.view, after });
  return after;
}

/**
 * Deletes a product. Registered deals copy product id, line and name into their line items, so
 * history survives; still, deactivating keeps the product visible in reports and is preferred.
 */
export async function deleteProduct(ctx: Ctx, id: string) {
  const before = await getProduct(ctx, id);
  await ctx.db
    .delete(products)
    .where(and(eq(products.workspaceId, ctx.requireWorkspace()), eq(products.id, id)));
  ctx.audit({ action: 'product.deleted', objectType: 'product', objectId: id, before: before.view });
}
