import { z } from 'zod';
import { AppError } from '../../platform/errors/index.js';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { signReceipt } from './receipt.js';
import {
  ConflictResolution,
  CreateDeal,
  Deal,
  DealConflicts,
  DealParams,
  Decision,
  ListDealsQuery,
  Receipt,
  UpdateDeal,
} from './schemas.js';
import { decideDeal, getDealConflicts, listConflictQueue, resolveConflict } from './service/decide.js';
import { getDealRow, listDeals, viewDeal } from './service/read.js';
import { receiptClaims, submitDeal } from './service/submit.js';
import { createDeal, deleteDeal, updateDeal } from './service/write.js';

const tags = ['Deals'];
const actors = ['user', 'apiKey'] as const;

const exampleDeal = {
  title: 'Robotics line retrofit',
  customer: {
    name: 'Acme Robotics GmbH',
    website: 'https://www.acme-robotics.de',
    country: 'DE',
    address: { line1: 'Hafenstraße 12', city: 'Hamburg', postalCode: '20457' },
  },
  contact: { name: 'Jana Krüger', email: 'jana.krueger@acme-robotics.de', title: 'Head of Operations' },
  amountMinor: 12_000_000,
  currency: 'EUR',
  expectedCloseDate: '2027-03-31',
  notes: 'Budget approved for Q1.',
};

export const dealRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/deals',
    operationId: 'listDeals',
    summary: 'List deal registrations and shared opportunities',
    description:
      'Staff see every registration; a partner sees its own and the deals it was added to (its side only). Filter by state, stage, partner, conflict level, product line, close dates or a queue (`review`, `conflicts`). Export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    query: ListDealsQuery,
    responses: { 200: { description: 'A page of deals', schema: pageOf(Deal, 'DealPage') } },
    csv: {
      columns: [
        'id',
        'title',
        'partnerName',
        'state',
        'stage',
        'customer.name',
        'customer.domain',
        'customer.country',
        'amountMinor',
        'currency',
        'expectedCloseDate',
        'conflict.level',
        'submittedAt',
        'protectionEndsAt',
        'createdAt',
      ],
      filename: 'deals',
    },
    handler: async (ctx, { query }) => ({ body: await listDeals(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deals',
    operationId: 'createDeal',
    summary: 'Register a deal',
    description:
      'Saves a draft registration, or submits it at once with `submit: true` (conflict check, then auto-approval or review). Staff register on a partner’s behalf by naming `partnerId`. Products come from the catalogue; a line item without `unitPriceMinor` takes the list price in the deal’s currency, and `amountMinor` defaults to the line items’ total.',
    tags,
    access: { permission: 'deals.register', actors, workspace: true },
    rateLimit: null,
    body: CreateDeal,
    bodyExample: { ...exampleDeal, partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd' },
    responses: { 201: { description: 'The registration', schema: Deal } },
    handler: async (ctx, { body }) => {
      const deal = await createDeal(ctx, body);
      return {
        status: 201,
        body: deal,
        version: deal.version,
        headers: { location: `/api/v1/deals/${deal.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deals/:dealId',
    operationId: 'getDeal',
    summary: 'Get a deal',
    description:
      'Returns the deal with its ETag. A partner learns whether its registration conflicts and the outcome, never with whom.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 200: { description: 'The deal', schema: Deal } },
    handler: async (ctx, { params }) => {
      const deal = await viewDeal(ctx, await getDealRow(ctx, params.dealId));
      return { body: deal, version: deal.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/deals/:dealId',
    operationId: 'updateDeal',
    summary: 'Edit a draft or returned registration',
    description:
      'Only drafts and registrations returned for information can be edited (409 otherwise; approved deals are worked through the co-selling routes). Send `If-Match` (412 if stale).',
    tags,
    access: { permission: 'deals.register', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: UpdateDeal,
    bodyExample: { notes: 'Customer confirmed the budget.', expectedCloseDate: '2027-04-30' },
    responses: { 200: { description: 'The registration', schema: Deal } },
    handler: async (ctx, { params, body, headers }) => {
      const deal = await updateDeal(ctx, params.dealId, body, parseIfMatch(headers['if-match']));
      return { body: deal, version: deal.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/deals/:dealId',
    operationId: 'deleteDeal',
    summary: 'Delete a draft',
    description: 'Deletes a draft registration; anything submitted stays on record (409).',
    tags,
    access: { permission: 'deals.register', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteDeal(ctx, params.dealId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deals/:dealId/submit',
    operationId: 'submitDeal',
    summary: 'Submit a registration',
    description:
      'Submits a draft or a returned registration: takes the next submission number under the customer’s lock, checks for conflicts with every partner’s registrations and the vendor pipeline, then auto-approves (program rules) or queues it for review with the SLA timer. Concurrent submissions of one customer resolve deterministically: the first wins, the others are conflicts pointing at it.',
    tags,
    access: { permission: 'deals.register', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 200: { description: 'The submitted registration', schema: Deal } },
    handler: async (ctx, { params }) => {
      const deal = await submitDeal(ctx, params.dealId);
      return { body: deal, version: deal.version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deals/:dealId/receipt',
    operationId: 'getDealReceipt',
    summary: 'Get the signed registration receipt',
    description:
      'Proof of registration: the content as submitted (canonical JSON, RFC 8785), its SHA-256, the submission time and sequence number, signed with the workspace’s Ed25519 key. Verify the signature over the canonical JSON of `{dealId, partnerId, submittedAt, submissionSeq, contentSha256}`. 409 before submission.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 200: { description: 'The receipt', schema: Receipt } },
    handler: async (ctx, { params }) => {
      const row = await getDealRow(ctx, params.dealId);
      if (ctx.partnerId && row.partnerId !== ctx.partnerId) throw new AppError('not_found', 'No such deal.');
      const claims = receiptClaims(row);
      if (!claims) throw new AppError('conflict', 'The registration has not been submitted yet.');
      return {
        body: {
          ...claims,
          content: (row.submittedContent ?? {}) as Record<string, unknown>,
          ...signReceipt(ctx.config, ctx.requireWorkspace(), claims),
        },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deals/:dealId/decision',
    operationId: 'decideDeal',
    summary: 'Decide a registration',
    description:
      'Start the review, approve (protection starts), reject or return for information. A reason is required to reject or return; the partner is told it in-app and by e-mail. A registration with an open conflict is decided in the conflict queue instead (409).',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: Decision,
    bodyExample: { decision: 'approve', reason: 'Qualified opportunity, no overlap.' },
    responses: { 200: { description: 'The registration', schema: Deal } },
    handler: async (ctx, { params, body }) => {
      const deal = await decideDeal(ctx, params.dealId, body);
      return { body: deal, version: deal.version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deals/:dealId/conflicts',
    operationId: 'getDealConflicts',
    summary: 'Conflict evidence of a registration',
    description:
      'Staff only: the registrations and vendor opportunities this one matched at its last submission, each with score, level and evidence, and the other side for a side-by-side view.',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 200: { description: 'The candidates', schema: DealConflicts } },
    handler: async (ctx, { params }) => {
      if (ctx.partnerId) throw new AppError('not_found', 'No such deal.');
      return { body: await getDealConflicts(ctx, params.dealId) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-conflicts',
    operationId: 'listDealConflicts',
    summary: 'The conflict queue',
    description:
      'Staff only: registrations with an open conflict, each with its candidates and evidence side by side.',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    query: ListDealsQuery,
    responses: {
      200: {
        description: 'A page of conflicts',
        schema: z
          .object({ data: z.array(DealConflicts), nextCursor: z.string().nullable() })
          .meta({ id: 'DealConflictPage' }),
      },
    },
    handler: async (ctx, { query }) => {
      if (ctx.partnerId) return { body: { data: [], nextCursor: null } };
      return { body: await listConflictQueue(ctx, query) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deals/:dealId/conflict-resolution',
    operationId: 'resolveDealConflict',
    summary: 'Resolve a conflict',
    description:
      '`approve_this` (this registration wins; the other is rejected), `keep_existing` (this one is rejected), `merge` (folded into the earlier deal; its partner joins it with `mergeRole`), or `split` (both approved, each for its own product lines). Both partners are told what happened to their own registration, never who the other is.',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: ConflictResolution,
    bodyExample: { resolution: 'keep_existing', reason: 'The other partner registered this customer first.' },
    responses: { 200: { description: 'The registration after the decision', schema: Deal } },
    handler: async (ctx, { params, body }) => {
      if (ctx.partnerId) throw new AppError('not_found', 'No such deal.');
      const deal = await resolveConflict(ctx, params.dealId, body);
      return { body: deal, version: deal.version };
    },
  }),
];
