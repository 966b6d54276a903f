import type { Ctx } from '../../platform/access/context.js';
import { AppError, type FieldError, fieldError } from '../../platform/errors/index.js';
import { idToUuid, isId, uuidToId } from '../../platform/ids/index.js';

export type LineItemInput = { productId: string; quantity: number; unitPriceMinor?: number };
export type ResolvedLineItem = {
  productId: string;
  productLineId: string;
  productName: string;
  quantity: number;
  unitPriceMinor: number;
};

/**
 * Turns what a registration names (product ids, quantities, optional prices) into priced line
 * items from the workspace catalogue. Unknown or inactive products and prices that cannot be
 * filled from the list price in `currency` fail with one validation error naming every bad
 * `lineItems[i].…` field (body pointers `/lineItems/i/…`). Scoped to the actor's workspace (and
 * row-level security), so another workspace's product is simply unknown.
 */
export async function resolveLineItems(
  ctx: Ctx,
  items: LineItemInput[],
  currency: string,
): Promise<ResolvedLineItem[]> {
  if (items.length === 0) return [];
  const workspaceId = ctx.requireWorkspace();
  const ids = [...new Set(items.map((i) => i.productId).filter((id) => isId('product', id)))];
  // Plain SQL (workspace wall written out): every registration runs this, and building it with
  // Drizzle cost more CPU than PostgreSQL spends answering it (bench/RESULTS.md).
  const { rows } =
    ids.length === 0
      ? { rows: [] }
      : await ctx.client.query<{
          id: string;
          product_line_id: string;
          name: string;
          list_prices: unknown;
          active: boolean;
        }>(
          'select id, product_line_id, name, list_prices, active from products where workspace_id = $1 and id = any($2::uuid[])',
          [idToUuid(workspaceId), ids.map(idToUuid)],
        );
  const byId = new Map(
    rows.map((r) => {
      const id = uuidToId('product', r.id);
      const productLineId = uuidToId('productLine', r.product_line_id);
      return [id, { id, productLineId, name: r.name, listPrices: r.list_prices, active: r.active }];
    }),
  );
  const errors: FieldError[] = [];
  const resolved: ResolvedLineItem[] = [];
  items.forEach((item, i) => {
    const product = byId.get(item.productId);
    if (!product?.active) {
      errors.push(
        fieldError(
          'body',
          ['lineItems', i, 'productId'],
          product ? 'is not an active product' : 'is not a product of this catalogue',
        ),
      );
      return;
    }
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      errors.push(fieldError('body', ['lineItems', i, 'quantity'], 'must be a whole number of at least 1'));
      return;
    }
    let unitPriceMinor = item.unitPriceMinor;
    if (unitPriceMinor === undefined) {
      const listed = (product.listPrices as Record<string, unknown> | null)?.[currency];
      if (typeof listed !== 'number' || !Number.isSafeInteger(listed) || listed < 0) {
        errors.push(
          fieldError(
            'body',
            ['lineItems', i, 'unitPriceMinor'],
            `is required: the product has no list price in ${currency}`,
          ),
        );
        return;
      }
      unitPriceMinor = listed;
    } else if (!Number.isSafeInteger(unitPriceMinor) || unitPriceMinor < 0) {
      errors.push(
        fieldError('body', ['lineItems', i, 'unitPriceMinor'], 'must be a whole number of minor units ≥ 0'),
      );
      return;
    }
    resolved.push({
      productId: product.id,
      productLineId: product.productLineId,
      productName: product.name,
      quantity: item.quantity,
      unitPriceMinor,
    });
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  }
  return resolved;
}
