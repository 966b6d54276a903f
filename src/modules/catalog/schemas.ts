import { z } from 'zod';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { currencyCodes } from './money.js';

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const description = z.string().trim().max(5000, 'must be at most 5000 characters');
/** Short stable code for imports and reports: letters, digits, - and _, stored upper-case. */
const zCode = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, - and _ (starting with a letter or digit)')
  .transform((v) => v.toUpperCase())
  .meta({ example: 'NET' });
const zSku = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/,
    'must be letters, digits and . _ - / (starting with a letter or digit)',
  )
  .meta({ example: 'NET-FW-100' });

/**
 * List prices: ISO 4217 code → minor units (EUR 1,200.00 is 120000). Each bad key or value is
 * reported under its own field name (`listPrices.EUR`), so the form can point at the row.
 */
export const zListPrices = z
  .record(
    z.string().refine((k) => currencyCodes.has(k)),
    z
      .number('must be a whole number of minor units')
      .int('must be a whole number of minor units')
      .min(0, 'must be ≥ 0')
      .max(Number.MAX_SAFE_INTEGER, 'is too large'),
    {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? 'is not an ISO 4217 currency code (upper-case, such as EUR or USD)'
          : undefined,
    },
  )
  .refine((v) => Object.keys(v).length <= 200, 'must have at most 200 currencies')
  .meta({
    description: 'List price per ISO 4217 currency in minor units (EUR 1,200.00 → 120000).',
    example: { EUR: 120000, USD: 130000 },
  });

export const ProductLine = z
  .object({
    id: zId('productLine'),
    name: z.string(),
    code: z.string(),
    description: z.string(),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'ProductLine' });

export const CreateProductLine = z
  .strictObject({
    name,
    code: zCode,
    description: description.optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'CreateProductLine' });

export const UpdateProductLine = z
  .strictObject({
    name: name.optional(),
    code: zCode.optional(),
    description: description.optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateProductLine' });

export const ProductLineParams = z.strictObject({ productLineId: zId('productLine') });

const zBoolFilter = z.enum(['true', 'false']);

export const ListProductLinesQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name', 'code'], 'name'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Case-insensitive search in the name and code.' }),
  'filter[active]': zBoolFilter
    .optional()
    .meta({ description: 'Only active (true) or inactive (false) lines. Partners see active ones only.' }),
});

export const Product = z
  .object({
    id: zId('product'),
    productLineId: zId('productLine'),
    productLineName: z.string(),
    productLineCode: z.string(),
    name: z.string(),
    sku: z.string(),
    description: z.string(),
    listPrices: z.record(z.string(), z.number().int()),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Product' });

export const CreateProduct = z
  .strictObject({
    productLineId: zId('productLine'),
    name,
    sku: zSku,
    description: description.optional(),
    listPrices: zListPrices.optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'CreateProduct' });

export const UpdateProduct = z
  .strictObject({
    productLineId: zId('productLine').optional(),
    name: name.optional(),
    sku: zSku.optional(),
    description: description.optional(),
    listPrices: zListPrices.optional().meta({ description: 'Replaces the whole price list.' }),
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateProduct' });

export const ProductParams = z.strictObject({ productId: zId('product') });

export const ListProductsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name', 'sku'], 'name'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Case-insensitive search in the name and SKU.' }),
  'filter[productLineId]': zId('productLine').optional(),
  'filter[active]': zBoolFilter
    .optional()
    .meta({ description: 'Only active (true) or inactive (false) products. Partners see active ones only.' }),
});

export type CreateProductLineInput = z.output<typeof CreateProductLine>;
export type UpdateProductLineInput = z.output<typeof UpdateProductLine>;
export type ListProductLinesInput = z.output<typeof ListProductLinesQuery>;
export type CreateProductInput = z.output<typeof CreateProduct>;
export type UpdateProductInput = z.output<typeof UpdateProduct>;
export type ListProductsInput = z.output<typeof ListProductsQuery>;
