import { defineRoute, pageOf } from '../../platform/http/route.js';
import { PartnerParams } from '../partners/schemas.js';
import { listActivity, listTransitions } from './history.js';
import {
  ActivityItem,
  CreateTransition,
  ListActivityQuery,
  ListTransitionsQuery,
  Transition,
} from './schemas.js';
import { transitionPartner } from './service.js';

const tags = ['Lifecycle'];
const actors = ['user', 'apiKey'] as const;

export const lifecycleRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:partnerId/transitions',
    operationId: 'transitionPartner',
    summary: 'Move a partner to another lifecycle state',
    description:
      'Records who, when and why, and emits `partner.state_changed`. A move the lifecycle does not allow answers 409 `invalid_transition` with `from`, `to` and `allowed` (the states reachable from the current one). Offboarding revokes the partner’s sessions and API keys at once.',
    tags,
    access: { permission: 'lifecycle.transition', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: CreateTransition,
    bodyExample: { to: 'at_risk', reason: 'No registered deal in two quarters.' },
    responses: { 201: { description: 'The recorded transition', schema: Transition } },
    handler: async (ctx, { params, body }) => ({
      status: 201,
      body: await transitionPartner(ctx, params.partnerId, body.to, body.reason),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/transitions',
    operationId: 'listPartnerTransitions',
    summary: 'A partner’s lifecycle history',
    description: 'Every state change, newest first. Partner users read their own organisation’s.',
    tags,
    access: { permission: 'partners.read', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    query: ListTransitionsQuery,
    responses: {
      200: { description: 'A page of transitions', schema: pageOf(Transition, 'TransitionPage') },
    },
    handler: async (ctx, { params, query }) => ({
      body: await listTransitions(ctx, params.partnerId, query),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:partnerId/activity',
    operationId: 'listPartnerActivity',
    summary: 'A partner’s activity timeline',
    description:
      'The partner’s audit entries merged with its lifecycle transitions, newest first. Vendor staff only.',
    tags,
    access: { permission: 'partners.read', actors, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    query: ListActivityQuery,
    responses: { 200: { description: 'A page of activity', schema: pageOf(ActivityItem, 'ActivityPage') } },
    handler: async (ctx, { params, query }) => ({ body: await listActivity(ctx, params.partnerId, query) }),
  }),
];
