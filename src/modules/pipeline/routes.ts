import type { FastifyInstance } from 'fastify';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  toAccount,
  updateAccount,
} from './accounts.js';
import { IMPORT_BODY_LIMIT, importAccounts, importVendorOpportunities } from './import.js';
import {
  createVendorOpportunity,
  deleteVendorOpportunity,
  getVendorOpportunity,
  listVendorOpportunities,
  toVendorOpportunity,
  updateVendorOpportunity,
} from './opportunities.js';
import {
  Account,
  AccountParams,
  CreateAccount,
  CreateVendorOpportunity,
  ImportQuery,
  ImportResult,
  ListAccountsQuery,
  ListVendorOpportunitiesQuery,
  UpdateAccount,
  UpdateVendorOpportunity,
  VendorOpportunity,
  VendorOpportunityParams,
} from './schemas.js';

/** CSV imports arrive as the raw body (`Content-Type: text/csv`), read as one string. */
export function registerCsvImportParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );
}

const tags = ['Vendor pipeline'];
const actors = ['user', 'apiKey'] as const;
const read = { permission: 'deals.read', actors, workspace: true } as const;
const manage = { permission: 'deals.manage', actors, workspace: true } as const;
const vendorOnly = ' Vendor only: partner credentials get 403 (404 for a single object).';

export const pipelineRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts',
    operationId: 'listAccounts',
    summary: 'List customer accounts',
    description: `The vendor’s own customer accounts (from its CRM). Filter, search, sort, paginate, or export CSV with \`Accept: text/csv\`.${vendorOnly}`,
    tags,
    access: read,
    rateLimit: null,
    query: ListAccountsQuery,
    responses: { 200: { description: 'A page of accounts', schema: pageOf(Account, 'AccountPage') } },
    csv: {
      columns: [
        'id',
        'externalRef',
        'name',
        'website',
        'domain',
        'country',
        'industry',
        'ownerName',
        'strategic',
        'createdAt',
        'updatedAt',
      ],
      filename: 'accounts',
    },
    handler: async (ctx, { query }) => ({ body: await listAccounts(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts',
    operationId: 'createAccount',
    summary: 'Create a customer account',
    description: `Creates an account. \`externalRef\` (your CRM’s id) is unique in the workspace (409 naming it). The normalised name and the website’s registrable domain are stored for conflict detection.${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    body: CreateAccount,
    bodyExample: {
      name: 'Acme Robotics GmbH',
      externalRef: 'ACC-1001',
      website: 'https://www.acme-robotics.de',
      country: 'DE',
      industry: 'Manufacturing',
      strategic: true,
    },
    responses: { 201: { description: 'The new account', schema: Account } },
    handler: async (ctx, { body }) => {
      const account = await createAccount(ctx, body);
      return {
        status: 201,
        body: account,
        version: account.version,
        headers: { location: `/api/v1/accounts/${account.id}` },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts/import',
    operationId: 'importAccounts',
    summary: 'Import customer accounts from CSV',
    description: `Send the file as the raw body with \`Content-Type: text/csv\` (up to 10 MiB, 20,000 rows). Header row (any order, case-insensitive): externalRef, name (required), website, country, industry, ownerName, strategic (true/false). Rows upsert on externalRef; rows without one are created. Valid rows are written in one transaction; rows with errors are skipped and listed in \`errors\` with their line (the header is line 1) and column. \`?dryRun=true\` reports the same without writing.${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: { by: 'principal', perMinute: 30 },
    bodyLimit: IMPORT_BODY_LIMIT,
    query: ImportQuery,
    responses: { 200: { description: 'The import report', schema: ImportResult } },
    handler: async (ctx, { query, request }) => ({
      body: await importAccounts(ctx, request.body, query.dryRun === 'true'),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts/:accountId',
    operationId: 'getAccount',
    summary: 'Get a customer account',
    description: `Returns the account with its ETag.${vendorOnly}`,
    tags,
    access: read,
    rateLimit: null,
    params: AccountParams,
    responses: { 200: { description: 'The account', schema: Account } },
    handler: async (ctx, { params }) => {
      const account = toAccount(await getAccount(ctx, params.accountId));
      return { body: account, version: account.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/accounts/:accountId',
    operationId: 'updateAccount',
    summary: 'Update a customer account',
    description: `Changes the given fields (null clears an optional one). Send \`If-Match\` with the ETag you read (412 if stale).${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    params: AccountParams,
    body: UpdateAccount,
    bodyExample: { strategic: false },
    responses: { 200: { description: 'The updated account', schema: Account } },
    handler: async (ctx, { params, body, headers }) => {
      const account = await updateAccount(ctx, params.accountId, body, parseIfMatch(headers['if-match']));
      return { body: account, version: account.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/accounts/:accountId',
    operationId: 'deleteAccount',
    summary: 'Delete a customer account',
    description: `Deletes the account. Its opportunities stay (they carry the customer fields) and lose the link.${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    params: AccountParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteAccount(ctx, params.accountId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/vendor-opportunities',
    operationId: 'listVendorOpportunities',
    summary: 'List vendor opportunities',
    description: `The vendor’s own (direct) pipeline, which conflict detection compares every registration with. Filter, search, sort, paginate, or export CSV with \`Accept: text/csv\`.${vendorOnly}`,
    tags,
    access: read,
    rateLimit: null,
    query: ListVendorOpportunitiesQuery,
    responses: {
      200: {
        description: 'A page of vendor opportunities',
        schema: pageOf(VendorOpportunity, 'VendorOpportunityPage'),
      },
    },
    csv: {
      columns: [
        'id',
        'externalRef',
        'name',
        'customerName',
        'customerWebsite',
        'customerDomain',
        'customerCountry',
        'amountMinor',
        'currency',
        'stage',
        'status',
        'expectedCloseDate',
        'productLineIds',
        'accountId',
        'ownerName',
        'createdAt',
        'updatedAt',
      ],
      filename: 'vendor-opportunities',
    },
    handler: async (ctx, { query }) => ({ body: await listVendorOpportunities(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/vendor-opportunities',
    operationId: 'createVendorOpportunity',
    summary: 'Create a vendor opportunity',
    description: `Creates an opportunity of the vendor’s own pipeline. \`externalRef\` is unique in the workspace (409 naming it); \`amountMinor\` is in minor units of \`currency\`. The normalised customer name and the website’s registrable domain are stored for conflict detection.${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    body: CreateVendorOpportunity,
    bodyExample: {
      name: 'Acme – factory network refresh',
      customerName: 'Acme Robotics GmbH',
      externalRef: 'OPP-2001',
      accountId: 'acct_01h455vb4pex5vsknk084sn02q',
      customerWebsite: 'https://www.acme-robotics.de',
      customerCountry: 'DE',
      amountMinor: 12500000,
      currency: 'EUR',
      stage: 'proposal',
      status: 'open',
      expectedCloseDate: '2027-03-31',
      productLineIds: ['pln_01h455vb4pex5vsknk084sn02q'],
    },
    responses: { 201: { description: 'The new vendor opportunity', schema: VendorOpportunity } },
    handler: async (ctx, { body }) => {
      const opp = await createVendorOpportunity(ctx, body);
      return {
        status: 201,
        body: opp,
        version: opp.version,
        headers: { location: `/api/v1/vendor-opportunities/${opp.id}` },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/vendor-opportunities/import',
    operationId: 'importVendorOpportunities',
    summary: 'Import vendor opportunities from CSV',
    description: `Send the file as the raw body with \`Content-Type: text/csv\` (up to 10 MiB, 20,000 rows). Header row (any order, case-insensitive): externalRef, name and customerName (required), customerWebsite, customerCountry (ISO 3166-1 alpha-2), amount (decimal in major units, e.g. 12500.00; at most the currency’s decimals), currency (ISO 4217; required with an amount), stage, status (open, won, lost), expectedCloseDate (YYYY-MM-DD), productLineCodes (\`;\`-separated product line codes), accountExternalRef (an existing account’s externalRef), ownerName. Rows upsert on externalRef; rows without one are created. Valid rows are written in one transaction; rows with errors are skipped and listed in \`errors\` with their line (the header is line 1) and column. \`?dryRun=true\` reports the same without writing.${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: { by: 'principal', perMinute: 30 },
    bodyLimit: IMPORT_BODY_LIMIT,
    query: ImportQuery,
    responses: { 200: { description: 'The import report', schema: ImportResult } },
    handler: async (ctx, { query, request }) => ({
      body: await importVendorOpportunities(ctx, request.body, query.dryRun === 'true'),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/vendor-opportunities/:vendorOpportunityId',
    operationId: 'getVendorOpportunity',
    summary: 'Get a vendor opportunity',
    description: `Returns the opportunity with its ETag.${vendorOnly}`,
    tags,
    access: read,
    rateLimit: null,
    params: VendorOpportunityParams,
    responses: { 200: { description: 'The vendor opportunity', schema: VendorOpportunity } },
    handler: async (ctx, { params }) => {
      const opp = toVendorOpportunity(await getVendorOpportunity(ctx, params.vendorOpportunityId));
      return { body: opp, version: opp.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/vendor-opportunities/:vendorOpportunityId',
    operationId: 'updateVendorOpportunity',
    summary: 'Update a vendor opportunity',
    description: `Changes the given fields (null clears an optional one; \`productLineIds\` replaces the list). Send \`If-Match\` with the ETag you read (412 if stale).${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    params: VendorOpportunityParams,
    body: UpdateVendorOpportunity,
    bodyExample: { status: 'won', stage: 'closed' },
    responses: { 200: { description: 'The updated vendor opportunity', schema: VendorOpportunity } },
    handler: async (ctx, { params, body, headers }) => {
      const opp = await updateVendorOpportunity(
        ctx,
        params.vendorOpportunityId,
        body,
        parseIfMatch(headers['if-match']),
      );
      return { body: opp, version: opp.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/vendor-opportunities/:vendorOpportunityId',
    operationId: 'deleteVendorOpportunity',
    summary: 'Delete a vendor opportunity',
    description: `Deletes the opportunity; it no longer takes part in conflict detection (prefer status lost/won to keep history).${vendorOnly}`,
    tags,
    access: manage,
    rateLimit: null,
    params: VendorOpportunityParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteVendorOpportunity(ctx, params.vendorOpportunityId);
      return { status: 204 };
    },
  }),
];
