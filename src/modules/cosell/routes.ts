import { z } from 'zod';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { Deal } from '../deals/schemas.js';
import {
  createAccountPlan,
  deleteAccountPlan,
  getAccountPlan,
  listAccountPlans,
  updateAccountPlan,
} from './account-plans.js';
import { unsafeMemberLookup } from './common.js';
import {
  contentDisposition,
  DEAL_FILE_MAX_BYTES,
  deleteDealFile,
  downloadDealFile,
  listDealFiles,
  UPLOAD_OPERATION,
  uploadDealFile,
} from './files.js';
import { closeDeal, updateOpportunity } from './opportunity.js';
import { addParticipant, listParticipants, removeParticipant, updateParticipant } from './participants.js';
import {
  AccountPlan,
  AccountPlanParams,
  CloseDeal,
  CreateAccountPlan,
  CreateComment,
  CreateParticipant,
  CreateTouchpoint,
  DealActivity,
  DealFile,
  DealParams,
  DealParticipant,
  FileParams,
  ListAccountPlansQuery,
  ListActivitiesQuery,
  ListFilesQuery,
  ListTouchpointsQuery,
  Mentionable,
  ParticipantParams,
  Touchpoint,
  UpdateAccountPlan,
  UpdateOpportunity,
  UpdateParticipant,
  UploadFileQuery,
} from './schemas.js';
import { addComment, listActivities, mentionable } from './timeline.js';
import { createTouchpoint, listTouchpoints } from './touchpoints.js';

const tags = ['Co-selling'];
const actors = ['user', 'apiKey'] as const;
const base = '/api/v1/deals/:dealId';

const AccountPlanListItem = AccountPlan.extend({
  goalCount: z.number().int(),
  stakeholderCount: z.number().int(),
  openActionCount: z.number().int(),
}).meta({ id: 'AccountPlanListItem' });

export const cosellRoutes = [
  // --- Timeline -------------------------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: `${base}/activities`,
    operationId: 'listDealActivities',
    summary: 'List the timeline of a deal',
    description:
      'State and stage changes, field changes, comments, files and participants, newest first (`sort=created_at` for oldest first). Staff see every entry; a partner sees its own side and what is shared with all partners on the deal — never another partner’s side.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    query: ListActivitiesQuery,
    responses: {
      200: { description: 'A page of timeline entries', schema: pageOf(DealActivity, 'DealActivityPage') },
    },
    handler: async (ctx, { params, query }) => ({ body: await listActivities(ctx, params.dealId, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/comments`,
    operationId: 'addDealComment',
    summary: 'Comment on a deal',
    description:
      'Partners comment on their own side. Staff choose `internal` (vendor only), one partner’s `side` (with `partnerId`) or `participants` (the default). `mentionedUserIds` are notified in-app; each must be able to see the comment (400 naming `mentionedUserIds.<i>` otherwise). A partner’s comment also records a co-selling touchpoint.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: { by: 'principal', perMinute: 120 },
    params: DealParams,
    body: CreateComment,
    bodyExample: { body: 'Customer wants a demo next week — can you join?', visibility: 'side' },
    responses: { 201: { description: 'The timeline entry', schema: DealActivity } },
    handler: async (ctx, { params, body, deps }) => ({
      status: 201,
      body: await addComment(ctx, params.dealId, body, unsafeMemberLookup(deps, ctx.requireWorkspace())),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/mentionable`,
    operationId: 'listDealMentionable',
    summary: 'People you may @mention on a deal',
    description:
      'For the comment box’s autocomplete. Staff: vendor staff and the users of every partner on the deal. A partner: its own colleagues and the vendor staff already on its timeline.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: {
      200: {
        description: 'People',
        schema: z.object({ data: z.array(Mentionable) }).meta({ id: 'MentionableList' }),
      },
    },
    handler: async (ctx, { params, deps }) => ({
      body: { data: await mentionable(ctx, params.dealId, unsafeMemberLookup(deps, ctx.requireWorkspace())) },
    }),
  }),
  // --- Files ----------------------------------------------------------------------------------
  defineRoute({
    method: 'POST',
    url: `${base}/files`,
    operationId: UPLOAD_OPERATION,
    summary: 'Attach a file to a deal',
    description:
      'Send the file as the raw body (PDF, PNG, JPEG, Word/Excel/PowerPoint OOXML, CSV or plain text; up to 25 MB) with its `Content-Type` (or `application/octet-stream`) and `?filename=`. The content is checked, not only the header. Visibility as for comments: partners share with their own side.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: { by: 'principal', perMinute: 60 },
    bodyLimit: DEAL_FILE_MAX_BYTES,
    params: DealParams,
    query: UploadFileQuery,
    responses: { 201: { description: 'The stored file', schema: DealFile } },
    handler: async (ctx, { params, query, request, headers }) => ({
      status: 201,
      body: await uploadDealFile(ctx, params.dealId, query, request.body, headers['content-type']),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/files`,
    operationId: 'listDealFiles',
    summary: 'List the files of a deal',
    description:
      'Newest first; a partner sees its own side’s files and those shared with all partners on the deal.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    query: ListFilesQuery,
    responses: { 200: { description: 'A page of files', schema: pageOf(DealFile, 'DealFilePage') } },
    handler: async (ctx, { params, query }) => ({ body: await listDealFiles(ctx, params.dealId, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/files/:dealFileId/content`,
    operationId: 'downloadDealFile',
    summary: 'Download a deal file',
    description: 'The file as uploaded, as an attachment with its name.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: FileParams,
    responses: { 200: { description: 'The file' } },
    handler: async (ctx, { params }) => {
      const f = await downloadDealFile(ctx, params.dealId, params.dealFileId);
      return {
        body: f.bytes,
        headers: {
          'content-type': f.contentType,
          'content-disposition': contentDisposition(f.filename),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/files/:dealFileId`,
    operationId: 'deleteDealFile',
    summary: 'Delete a deal file',
    description: 'The person who uploaded it, or vendor staff.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: FileParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteDealFile(ctx, params.dealId, params.dealFileId);
      return { status: 204 };
    },
  }),
  // --- Shared fields and closing ---------------------------------------------------------------
  defineRoute({
    method: 'PATCH',
    url: `${base}/opportunity`,
    operationId: 'updateDealOpportunity',
    summary: 'Update the shared opportunity fields',
    description:
      'On approved deals: stage, amount and currency, products (`lineItems`, priced from the catalogue; the amount follows them unless `amountMinor` is sent), expected close date, next steps. Staff with `cosell.write` or a partner on the deal. Send `If-Match`. A stage change is shown to every partner on the deal and emits `deal.stage_changed`.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: UpdateOpportunity,
    bodyExample: { stage: 'proposal', nextSteps: 'Send the proposal by Friday.' },
    responses: { 200: { description: 'The deal', schema: Deal } },
    handler: async (ctx, { params, body, headers }) => {
      const deal = await updateOpportunity(ctx, params.dealId, body, parseIfMatch(headers['if-match']));
      return { body: deal, version: deal.version };
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/close`,
    operationId: 'closeDeal',
    summary: 'Close a deal as won or lost',
    description:
      'Vendor staff only, on approved deals. A win records `revenue_won` (weighted by each partner’s share) and `deals_won` tier metrics for every partner on the deal, idempotently, and marks each partner’s first win.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: CloseDeal,
    bodyExample: { outcome: 'won', reason: 'Signed on 2027-03-28.', amountMinor: 11_500_000 },
    responses: { 200: { description: 'The closed deal', schema: Deal } },
    handler: async (ctx, { params, body }) => {
      const deal = await closeDeal(ctx, params.dealId, body);
      return { body: deal, version: deal.version };
    },
  }),
  // --- Participants ---------------------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: `${base}/participants`,
    operationId: 'listDealParticipants',
    summary: 'List the partners on a deal',
    description:
      'Staff see every partner with its role and share; a partner sees only its own participation.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    responses: {
      200: { description: 'Participants', schema: pageOf(DealParticipant, 'DealParticipantPage') },
    },
    handler: async (ctx, { params }) => ({ body: await listParticipants(ctx, params.dealId) }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/participants`,
    operationId: 'addDealParticipant',
    summary: 'Add a partner to a deal',
    description:
      'Vendor staff. Roles: sourced, influenced, fulfilment, marketplace; the shares of all partners on the deal add up to at most 10,000 bps (400 naming `shareBps` otherwise). The added partner is notified (`deal.partner_added`).',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: DealParams,
    body: CreateParticipant,
    bodyExample: { partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd', role: 'influenced', shareBps: 0 },
    responses: { 201: { description: 'The participation', schema: DealParticipant } },
    handler: async (ctx, { params, body }) => ({
      status: 201,
      body: await addParticipant(ctx, params.dealId, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/participants/:dealParticipantId`,
    operationId: 'updateDealParticipant',
    summary: 'Change a partner’s role or share on a deal',
    description:
      'Vendor staff. The registering partner stays the sourcing partner; shares stay within 10,000 bps.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: ParticipantParams,
    body: UpdateParticipant,
    bodyExample: { shareBps: 2000 },
    responses: { 200: { description: 'The participation', schema: DealParticipant } },
    handler: async (ctx, { params, body }) => ({
      body: await updateParticipant(ctx, params.dealId, params.dealParticipantId, body),
    }),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/participants/:dealParticipantId`,
    operationId: 'removeDealParticipant',
    summary: 'Remove a partner from a deal',
    description: 'Vendor staff. The registering partner’s sourced participation cannot be removed.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: ParticipantParams,
    responses: { 204: { description: 'Removed' } },
    handler: async (ctx, { params }) => {
      await removeParticipant(ctx, params.dealId, params.dealParticipantId);
      return { status: 204 };
    },
  }),
  // --- Account plans --------------------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: '/api/v1/account-plans',
    operationId: 'listAccountPlans',
    summary: 'List joint account plans',
    description:
      'Staff see every plan; a partner its own. Filter by partner, account, status or search; export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    query: ListAccountPlansQuery,
    responses: {
      200: { description: 'A page of plans', schema: pageOf(AccountPlanListItem, 'AccountPlanPage') },
    },
    csv: {
      columns: [
        'id',
        'title',
        'accountId',
        'accountName',
        'partnerId',
        'partnerName',
        'status',
        'goalCount',
        'stakeholderCount',
        'openActionCount',
        'createdAt',
        'updatedAt',
      ],
      filename: 'account-plans',
    },
    handler: async (ctx, { query }) => ({ body: await listAccountPlans(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account-plans',
    operationId: 'createAccountPlan',
    summary: 'Start a joint account plan',
    description:
      'Vendor staff start a plan for one of their accounts with one partner: goals, stakeholders with roles, actions with owners and due dates. Item ids are generated when left out.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    body: CreateAccountPlan,
    bodyExample: {
      accountId: 'acct_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      title: 'Acme Robotics FY27',
      summary: 'Expand from the Hamburg plant to all three EU sites.',
      goals: [{ text: 'Pilot live in Hamburg', targetDate: '2027-02-28' }],
      stakeholders: [{ name: 'Jana Krüger', title: 'Head of Operations', role: 'champion' }],
      actions: [{ title: 'Joint discovery workshop', ownerName: 'Partner SE', dueDate: '2027-01-15' }],
    },
    responses: { 201: { description: 'The plan', schema: AccountPlan } },
    handler: async (ctx, { body, deps }) => {
      const plan = await createAccountPlan(ctx, body, unsafeMemberLookup(deps, ctx.requireWorkspace()));
      return {
        status: 201,
        body: plan,
        version: plan.version,
        headers: { location: `/api/v1/account-plans/${plan.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/account-plans/:accountPlanId',
    operationId: 'getAccountPlan',
    summary: 'Get a joint account plan',
    description: 'Returns the plan with its ETag.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    params: AccountPlanParams,
    responses: { 200: { description: 'The plan', schema: AccountPlan } },
    handler: async (ctx, { params }) => {
      const plan = await getAccountPlan(ctx, params.accountPlanId);
      return { body: plan, version: plan.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/account-plans/:accountPlanId',
    operationId: 'updateAccountPlan',
    summary: 'Update a joint account plan',
    description:
      'Lists (goals, stakeholders, actions) are replaced as a whole. Partners change those three; title, summary and status are the vendor’s. Send `If-Match`.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: AccountPlanParams,
    body: UpdateAccountPlan,
    bodyExample: { goals: [{ text: 'Pilot live in Hamburg', targetDate: '2027-02-28', done: true }] },
    responses: { 200: { description: 'The plan', schema: AccountPlan } },
    handler: async (ctx, { params, body, headers, deps }) => {
      const plan = await updateAccountPlan(
        ctx,
        params.accountPlanId,
        body,
        unsafeMemberLookup(deps, ctx.requireWorkspace()),
        parseIfMatch(headers['if-match']),
      );
      return { body: plan, version: plan.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/account-plans/:accountPlanId',
    operationId: 'deleteAccountPlan',
    summary: 'Delete a joint account plan',
    description: 'Vendor staff only.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    params: AccountPlanParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteAccountPlan(ctx, params.accountPlanId);
      return { status: 204 };
    },
  }),
  // --- Touchpoints ----------------------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: '/api/v1/touchpoints',
    operationId: 'listTouchpoints',
    summary: 'List touchpoints',
    description:
      'Every recorded partner interaction (registration, co-selling activity, introduction, meeting, technical validation, content shared, event, marketplace transaction), newest first. Partners see their own. Filter by partner, deal, kind and time; export CSV with `Accept: text/csv`.',
    tags,
    access: { permission: 'deals.read', actors, workspace: true },
    rateLimit: null,
    query: ListTouchpointsQuery,
    responses: {
      200: { description: 'A page of touchpoints', schema: pageOf(Touchpoint, 'TouchpointPage') },
    },
    csv: {
      columns: [
        'id',
        'occurredAt',
        'partnerId',
        'partnerName',
        'dealId',
        'kind',
        'source',
        'recordedBy',
        'note',
        'createdAt',
      ],
      filename: 'touchpoints',
    },
    handler: async (ctx, { query }) => ({ body: await listTouchpoints(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/touchpoints',
    operationId: 'recordTouchpoint',
    summary: 'Record a touchpoint',
    description:
      'Partners record their own interactions; staff name the partner. `marketplace_transaction` requires `data: {marketplace: aws|azure|gcp|other, offerId?, amountMinor, currency}`. Emits `touchpoint.recorded`.',
    tags,
    access: { permission: 'cosell.write', actors, workspace: true },
    rateLimit: null,
    body: CreateTouchpoint,
    bodyExample: {
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      kind: 'meeting',
      occurredAt: '2026-11-20T14:00:00Z',
      note: 'Discovery call with the customer’s operations team.',
    },
    responses: { 201: { description: 'The touchpoint', schema: Touchpoint } },
    handler: async (ctx, { body }) => ({ status: 201, body: await createTouchpoint(ctx, body) }),
  }),
];
