import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { getProgram } from '../programs/index.js';
import { recomputeNow } from './schedule.js';
import {
  Benefits,
  CreateTier,
  IngestMetrics,
  IngestResult,
  ListDecisionsQuery,
  PartnerParams,
  PartnerTier,
  ProgramParams,
  RecomputeResult,
  Tier,
  TierDecision,
  TierParams,
  UpdateTier,
} from './schemas.js';
import {
  createTier,
  deleteTier,
  getPartnerBenefits,
  getPartnerTier,
  getTier,
  ingestMetrics,
  listDecisions,
  listTiers,
  recomputeOnePartner,
  updateTier,
} from './service.js';

const tags = ['Tiers'];
const actors = ['user', 'apiKey'] as const;
const criteriaExample = {
  type: 'group' as const,
  op: 'and' as const,
  rules: [
    { type: 'condition', metric: 'revenue_won', operator: '>=', threshold: 1000000 },
    {
      type: 'group',
      op: 'or',
      rules: [
        { type: 'condition', metric: 'certified_people', operator: '>=', threshold: 3 },
        { type: 'condition', metric: 'customer_satisfaction', operator: '>=', threshold: 4.5 },
      ],
    },
  ],
};

export const tierRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:programId/tiers',
    operationId: 'listTiers',
    summary: 'List the tiers of a program',
    description:
      'Ordered by rank (1 = entry tier). Partner users see the tiers of their own program only (404 for another).',
    tags,
    access: { permission: 'tiers.read', actors, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    responses: { 200: { description: 'The tiers, lowest first', schema: pageOf(Tier, 'TierList') } },
    handler: async (ctx, { params }) => ({
      body: { data: await listTiers(ctx, params.programId), nextCursor: null },
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs/:programId/tiers',
    operationId: 'createTier',
    summary: 'Add a tier to a program',
    description:
      'Criteria are a rule tree over metrics in the program’s rolling window (`tierWindowDays`); null means every partner qualifies (the usual entry tier). A bad node answers 400 naming its path, e.g. `criteria.rules.1.threshold`. Ranks are unique per program (409).',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    body: CreateTier,
    bodyExample: {
      name: 'Gold',
      rank: 3,
      criteria: criteriaExample,
      discountPct: 20,
      rebatePct: 3,
      mdfEligible: true,
      leadPriority: 3,
    },
    responses: { 201: { description: 'The tier', schema: Tier } },
    handler: async (ctx, { params, body }) => {
      const tier = await createTier(ctx, params.programId, body);
      return {
        status: 201,
        body: tier,
        version: tier.version,
        headers: { location: `/api/v1/programs/${params.programId}/tiers/${tier.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:programId/tiers/:tierId',
    operationId: 'getTier',
    summary: 'Get a tier',
    description: 'Returns the tier with its ETag.',
    tags,
    access: { permission: 'tiers.read', actors, workspace: true },
    rateLimit: null,
    params: TierParams,
    responses: { 200: { description: 'The tier', schema: Tier } },
    handler: async (ctx, { params }) => {
      const tier = await getTier(ctx, params.programId, params.tierId);
      return { body: tier, version: tier.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/programs/:programId/tiers/:tierId',
    operationId: 'updateTier',
    summary: 'Change a tier',
    description:
      'Changes name, rank, criteria or benefits. Send `If-Match` to avoid lost updates (412 if stale). Partners are re-evaluated at the next recompute (daily, or POST …/tiers/recompute).',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    params: TierParams,
    body: UpdateTier,
    bodyExample: { discountPct: 22.5 },
    responses: { 200: { description: 'The updated tier', schema: Tier } },
    handler: async (ctx, { params, body, headers }) => {
      const tier = await updateTier(
        ctx,
        params.programId,
        params.tierId,
        body,
        parseIfMatch(headers['if-match']),
      );
      return { body: tier, version: tier.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/programs/:programId/tiers/:tierId',
    operationId: 'deleteTier',
    summary: 'Delete a tier',
    description:
      'Past decisions keep the tier’s name; partners holding it are re-evaluated at the next recompute.',
    tags,
    access: { permission: 'programs.manage', actors, workspace: true },
    rateLimit: null,
    params: TierParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteTier(ctx, params.programId, params.tierId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs/:programId/tiers/recompute',
    operationId: 'recomputeProgramTiers',
    summary: 'Recompute every partner’s tier now',
    description:
      'Runs the daily recompute of the program at once: promotions apply, demotions start their grace period (with a warning e-mail) or apply when due. Writes commit in batches; 409 while another recompute of the program runs.',
    tags,
    access: { permission: 'tiers.manage', actors, workspace: true },
    rateLimit: { by: 'principal', perMinute: 10 },
    params: ProgramParams,
    responses: { 200: { description: 'What the recompute did', schema: RecomputeResult } },
    handler: async (ctx, { params, deps }) => {
      await getProgram(ctx, params.programId);
      // The batches commit on their own transactions (a 100,000-partner program must not be one
      // transaction), under the program's lease; this request's transaction only authorizes.
      const r = await recomputeNow(deps, ctx.actor, ctx.requireWorkspace(), params.programId);
      return { body: { partners: r.partners, changed: r.changed } };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:partnerId/metrics',
    operationId: 'recordPartnerMetrics',
    summary: 'Record metric events for a partner',
    description:
      'Revenue won, deals won, certified people (a head count report; the latest in the window counts) and customer satisfaction scores. Idempotent per `(metric, externalRef)`: re-sent events are counted as duplicates. The partner is re-evaluated at once, so an earned promotion applies immediately.',
    tags,
    access: { permission: 'tiers.manage', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: IngestMetrics,
    bodyExample: {
      events: [
        {
          metric: 'revenue_won',
          value: 250000,
          occurredAt: '2026-11-02T10:00:00Z',
          source: 'crm',
          externalRef: 'deal-4711',
        },
        {
          metric: 'deals_won',
          value: 1,
          occurredAt: '2026-11-02T10:00:00Z',
          source: 'crm',
          externalRef: 'deal-4711',
        },
      ],
    },
    responses: { 200: { description: 'How many events were stored', schema: IngestResult } },
    handler: async (ctx, { params, body }) => ({ body: await ingestMetrics(ctx, params.partnerId, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/tier',
    operationId: 'getPartnerTier',
    summary: 'A partner’s tier, why, and progress toward the next',
    description:
      'The current tier with its benefits, the explanation of the last evaluation, the next tier’s criteria with progress (0–1) toward each condition, and a pending demotion if one runs. Partner users see their own organisation only.',
    tags,
    access: { permission: 'tiers.read', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The partner’s tier', schema: PartnerTier } },
    handler: async (ctx, { params }) => ({ body: await getPartnerTier(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:partnerId/tier/recompute',
    operationId: 'recomputePartnerTier',
    summary: 'Recompute one partner’s tier now',
    description: 'Evaluates the partner against its program’s tiers at once (same rules as the daily run).',
    tags,
    access: { permission: 'tiers.manage', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'What the recompute did', schema: RecomputeResult } },
    handler: async (ctx, { params }) => ({ body: await recomputeOnePartner(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/tier/decisions',
    operationId: 'listPartnerTierDecisions',
    summary: 'A partner’s tier history',
    description:
      'Every placement, promotion, demotion, pending and cancelled demotion with its explanation, newest first.',
    tags,
    access: { permission: 'tiers.read', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    query: ListDecisionsQuery,
    responses: {
      200: { description: 'A page of decisions', schema: pageOf(TierDecision, 'TierDecisionPage') },
    },
    handler: async (ctx, { params, query }) => ({ body: await listDecisions(ctx, params.partnerId, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/benefits',
    operationId: 'getPartnerBenefits',
    summary: 'A partner’s tier benefits',
    description:
      'Discount, rebate, MDF eligibility and lead priority of the partner’s current tier (all zero without a tier).',
    tags,
    access: { permission: 'tiers.read', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The benefits', schema: Benefits } },
    handler: async (ctx, { params }) => ({ body: await getPartnerBenefits(ctx, params.partnerId) }),
  }),
];
