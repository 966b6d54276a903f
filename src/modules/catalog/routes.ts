import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  CreateProduct,
  CreateProductLine,
  ListProductLinesQuery,
  ListProductsQuery,
  Product,
  ProductLine,
  ProductLineParams,
  ProductParams,
  UpdateProduct,
  UpdateProductLine,
} from './schemas.js';
import {
  createProduct,
  createProductLine,
  deleteProduct,
  deleteProductLine,
  getProduct,
  getProductLine,
  listProductLines,
  listProducts,
  toProductLine,
  updateProduct,
  updateProductLine,
} from './service.js';

const tags = ['Catalogue'];
const actors = ['user', 'apiKey'] as const;
const read = { permission: 'deals.read', actors, workspace: true } as const;
const manage = { permission: 'deals.manage', actors, workspace: true } as const;

export const catalogRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/product-lines',
    operationId: 'listProductLines',
    summary: 'List product lines',
    description:
      'The product lines of the workspace catalogue (the unit of exclusivity and conflict splits). Partners see active ones only. Export CSV with `Accept: text/csv`.',
    tags,
    access: read,
    rateLimit: null,
    query: ListProductLinesQuery,
    responses: {
      200: { description: 'A page of product lines', schema: pageOf(ProductLine, 'ProductLinePage') },
    },
    csv: {
      columns: ['id', 'code', 'name', 'description', 'active', 'createdAt', 'updatedAt'],
      filename: 'product-lines',
    },
    handler: async (ctx, { query }) => ({ body: await listProductLines(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/product-lines',
    operationId: 'createProductLine',
    summary: 'Create a product line',
    description:
      'Creates a product line. `code` (stored upper-case) is unique in the workspace (409 naming `code`).',
    tags,
    access: manage,
    rateLimit: null,
    body: CreateProductLine,
    bodyExample: { name: 'Network security', code: 'NET', description: 'Firewalls and VPN gateways.' },
    responses: { 201: { description: 'The new product line', schema: ProductLine } },
    handler: async (ctx, { body }) => {
      const line = await createProductLine(ctx, body);
      return {
        status: 201,
        body: line,
        version: line.version,
        headers: { location: `/api/v1/product-lines/${line.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/product-lines/:productLineId',
    operationId: 'getProductLine',
    summary: 'Get a product line',
    description: 'Returns the product line with its ETag.',
    tags,
    access: read,
    rateLimit: null,
    params: ProductLineParams,
    responses: { 200: { description: 'The product line', schema: ProductLine } },
    handler: async (ctx, { params }) => {
      const line = toProductLine(await getProductLine(ctx, params.productLineId));
      return { body: line, version: line.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/product-lines/:productLineId',
    operationId: 'updateProductLine',
    summary: 'Update a product line',
    description:
      'Changes the given fields; `"active": false` takes the line (and its products) off the partners’ picker. Send `If-Match` with the ETag you read (412 if stale).',
    tags,
    access: manage,
    rateLimit: null,
    params: ProductLineParams,
    body: UpdateProductLine,
    bodyExample: { active: false },
    responses: { 200: { description: 'The updated product line', schema: ProductLine } },
    handler: async (ctx, { params, body, headers }) => {
      const line = await updateProductLine(
        ctx,
        params.productLineId,
        body,
        parseIfMatch(headers['if-match']),
      );
      return { body: line, version: line.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/product-lines/:productLineId',
    operationId: 'deleteProductLine',
    summary: 'Delete a product line',
    description: 'Deletes a product line that has no products (409 otherwise: deactivate it instead).',
    tags,
    access: manage,
    rateLimit: null,
    params: ProductLineParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteProductLine(ctx, params.productLineId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/products',
    operationId: 'listProducts',
    summary: 'List products',
    description:
      'The products of the workspace catalogue with their list prices per currency (minor units). Partners see active products of active lines only — what they can register. Filter by line, state or search; export CSV with `Accept: text/csv`.',
    tags,
    access: read,
    rateLimit: null,
    query: ListProductsQuery,
    responses: { 200: { description: 'A page of products', schema: pageOf(Product, 'ProductPage') } },
    csv: {
      columns: [
        'id',
        'sku',
        'name',
        'productLineId',
        'productLineCode',
        'productLineName',
        'active',
        'listPricesText',
        'createdAt',
        'updatedAt',
      ],
      filename: 'products',
    },
    handler: async (ctx, { query, request }) => {
      const page = await listProducts(ctx, query);
      // CSV export flattens the price map into one "EUR 120000;USD 130000" cell.
      if (/\btext\/csv\b/.test(request.headers.accept ?? '')) {
        return {
          body: {
            ...page,
            data: page.data.map((p) => ({
              ...p,
              listPricesText: Object.entries(p.listPrices)
                .map(([c, v]) => `${c} ${v}`)
                .join(';'),
            })),
          },
        };
      }
      return { body: page };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/products',
    operationId: 'createProduct',
    summary: 'Create a product',
    description:
      'Creates a product in a product line. `sku` is unique in the workspace (409 naming `sku`). `listPrices` maps ISO 4217 codes to minor units; each bad entry is named (`listPrices.EUR`).',
    tags,
    access: manage,
    rateLimit: null,
    body: CreateProduct,
    bodyExample: {
      productLineId: 'pln_01h455vb4pex5vsknk084sn02q',
      name: 'Firewall 100',
      sku: 'NET-FW-100',
      listPrices: { EUR: 120000, USD: 130000 },
    },
    responses: { 201: { description: 'The new product', schema: Product } },
    handler: async (ctx, { body }) => {
      const product = await createProduct(ctx, body);
      return {
        status: 201,
        body: product,
        version: product.version,
        headers: { location: `/api/v1/products/${product.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/products/:productId',
    operationId: 'getProduct',
    summary: 'Get a product',
    description: 'Returns the product with its ETag.',
    tags,
    access: read,
    rateLimit: null,
    params: ProductParams,
    responses: { 200: { description: 'The product', schema: Product } },
    handler: async (ctx, { params }) => {
      const { view } = await getProduct(ctx, params.productId);
      return { body: view, version: view.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/products/:productId',
    operationId: 'updateProduct',
    summary: 'Update a product',
    description:
      'Changes the given fields; `listPrices` replaces the whole price list. `"active": false` takes the product off the partners’ picker (registered deals keep their line items). Send `If-Match` with the ETag you read (412 if stale).',
    tags,
    access: manage,
    rateLimit: null,
    params: ProductParams,
    body: UpdateProduct,
    bodyExample: { listPrices: { EUR: 125000 } },
    responses: { 200: { description: 'The updated product', schema: Product } },
    handler: async (ctx, { params, body, headers }) => {
      const product = await updateProduct(ctx, params.productId, body, parseIfMatch(headers['if-match']));
      return { body: product, version: product.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/products/:productId',
    operationId: 'deleteProduct',
    summary: 'Delete a product',
    description:
      'Deletes the product. Registered deals keep their copied line items; prefer deactivating (`"active": false`) to keep it in reports.',
    tags,
    access: manage,
    rateLimit: null,
    params: ProductParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteProduct(ctx, params.productId);
      return { status: 204 };
    },
  }),
];
