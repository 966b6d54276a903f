import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, publicId, updatedAt, version, workspacePolicy } from '../../platform/db/columns.js';

/**
 * The workspace's product catalogue: product lines (the unit of exclusivity and of conflict
 * splits) and the products partners pick when they register a deal. Partners read it; staff
 * with `deals.manage` change it.
 */
export const productLines = pgTable(
  'product_lines',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('productLine')('id').notNull(),
    name: text('name').notNull(),
    /** Short stable code for imports and reports ("NET", "SEC"). Unique in the workspace. */
    code: text('code').notNull(),
    description: text('description').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('product_lines_code_key').on(t.workspaceId, t.code),
    index('product_lines_created_idx').on(t.workspaceId, t.createdAt, t.id),
    workspacePolicy('product_lines'),
  ],
);

export const products = pgTable(
  'products',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('product')('id').notNull(),
    productLineId: publicId('productLine')('product_line_id').notNull(),
    name: text('name').notNull(),
    /** Stock-keeping unit, unique in the workspace: CSV imports and CRMs refer to products by it. */
    sku: text('sku').notNull(),
    description: text('description').notNull().default(''),
    /** List price per ISO 4217 currency in minor units: {"EUR": 120000, "USD": 130000}. */
    listPrices: jsonb('list_prices').notNull().default(sql`'{}'::jsonb`),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('products_sku_key').on(t.workspaceId, t.sku),
    index('products_line_idx').on(t.workspaceId, t.productLineId),
    index('products_created_idx').on(t.workspaceId, t.createdAt, t.id),
    workspacePolicy('products'),
  ],
);
