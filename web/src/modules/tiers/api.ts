import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';

export type Tier = Schemas['Tier'];
export type PartnerTier = Schemas['PartnerTier'];
export type ConditionProgress = Schemas['TierConditionProgress'];
export type TierDecision = Schemas['TierDecision'];

export const metrics = ['revenue_won', 'deals_won', 'certified_people', 'customer_satisfaction'] as const;
export const operators = ['>=', '>', '<=', '<', '='] as const;
export type Operator = (typeof operators)[number];

/** The rule tree (the API types it loosely: src/modules/tiers/rules.ts validates it). */
export type Condition = { type: 'condition'; metric: string; operator: Operator; threshold: number };
export type Group = { type: 'group'; op: 'and' | 'or'; rules: CriteriaNode[] };
export type CriteriaNode = Condition | Group;

export const tierKeys = {
  all: ['tiers'] as const,
  program: (programId: string) => ['tiers', 'program', programId] as const,
  partner: (partnerId: string) => ['tiers', 'partner', partnerId] as const,
  decisions: (partnerId: string) => ['tiers', 'decisions', partnerId] as const,
};

export const programTiersQuery = (programId: string) =>
  queryOptions({
    queryKey: tierKeys.program(programId),
    queryFn: () => unwrap(api.GET('/api/v1/programs/{programId}/tiers', { params: { path: { programId } } })),
  });

export const partnerTierQuery = (partnerId: string) =>
  queryOptions({
    queryKey: tierKeys.partner(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{partnerId}/tier', { params: { path: { partnerId } } })),
  });

export const decisionsQuery = (partnerId: string) =>
  queryOptions({
    queryKey: tierKeys.decisions(partnerId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/tier/decisions', {
          params: { path: { partnerId }, query: { limit: 50 } },
        }),
      ),
  });
