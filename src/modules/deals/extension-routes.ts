import { z } from 'zod';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { zId } from '../../platform/ids/index.js';
import {
  DealExtensionList,
  decideExtension,
  ExtensionDecision,
  ExtensionParams,
  ExtensionQueueItem,
  ExtensionQueueQuery,
  ExtensionRequest,
  ExtensionRequestResult,
  listDealExtensions,
  listExtensionQueue,
  requestExtension,
} from './extensions.js';

const tags = ['Deals'];
const actors = ['user', 'apiKey'] as const;
const DealParams = z.strictObject({ dealId: zId('deal') });

export const extensionRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/deals/:dealId/extensions',
    operationId: 'requestDealExtension',
    summary: 'Ask to extend a registration’s protection',
    description:
      'The registering partner (or staff on its behalf) asks for `days` more protection on an approved registration. The program’s rules of engagement limit how often (`extensions.maxCount`, 409 when used up) and by how much (`extensions.maxDays`, 400 naming `days`); one request waits at a time (409). Without `extensions.requireApproval` a request within the limits is granted at once; otherwise it joins the review queue.',
    tags,
    access: { permission: 'deals.register', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: ExtensionRequest,
    bodyExample: { days: 30, reason: 'The customer moved the purchase decision to next quarter.' },
    responses: {
      201: {
        description: 'The request (approved already when no approval is required)',
        schema: ExtensionRequestResult,
      },
    },
    handler: async (ctx, { params, body }) => ({
      status: 201,
      body: await requestExtension(ctx, params.dealId, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deals/:dealId/extensions',
    operationId: 'listDealExtensions',
    summary: 'Extension requests of a registration',
    description:
      'The registration’s extension requests, newest first, and the program’s limits: how many extensions it allows, how long each may be, how many were used, and whether (or why not) another may be asked for now.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: { 200: { description: 'The requests and limits', schema: DealExtensionList } },
    handler: async (ctx, { params }) => ({ body: await listDealExtensions(ctx, params.dealId) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-extensions',
    operationId: 'listDealExtensionQueue',
    summary: 'The extension review queue',
    description:
      'Staff only: extension requests by status (`pending` by default), oldest first, with the deal, its partner, the current protection end and the program’s limits. Export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    query: ExtensionQueueQuery,
    responses: {
      200: {
        description: 'A page of requests',
        schema: pageOf(ExtensionQueueItem, 'DealExtensionQueuePage'),
      },
    },
    csv: {
      columns: [
        'id',
        'dealId',
        'dealTitle',
        'customerName',
        'partnerName',
        'requestedDays',
        'reason',
        'status',
        'requestedAt',
        'protectionEndsAt',
        'extensionCount',
        'maxCount',
        'maxDays',
        'decidedAt',
        'decisionReason',
      ],
      filename: 'deal-extensions',
    },
    handler: async (ctx, { query }) => {
      // Partner keys never hold deals.review; the wall holds even if one did.
      if (ctx.partnerId) return { body: { data: [], nextCursor: null } };
      return { body: await listExtensionQueue(ctx, query) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deal-extensions/:extensionId/decision',
    operationId: 'decideDealExtension',
    summary: 'Decide an extension request',
    description:
      'Approve (optionally for a different number of `days`, within the program’s limit) or reject a pending request, with a reason the partner is told in-app and by e-mail. Approval moves the protection end, counts the extension and restarts the expiry warnings. 409 when the request was already decided or the deal can no longer be extended.',
    tags,
    access: { permission: 'deals.review', actors, workspace: true },
    rateLimit: null,
    params: ExtensionParams,
    body: ExtensionDecision,
    bodyExample: { decision: 'approve', reason: 'Customer confirmed the new timeline.' },
    responses: { 200: { description: 'The decided request', schema: ExtensionRequestResult } },
    handler: async (ctx, { params, body }) => ({
      body: await decideExtension(ctx, params.extensionId, body),
    }),
  }),
];
