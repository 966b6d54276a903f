import { z } from 'zod';
import { paginationShape } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { builtInMetrics, CriteriaSchema, operators, zMetric } from './rules.js';

export const ProgramParams = z.strictObject({ programId: zId('program') });
export const TierParams = z.strictObject({ programId: zId('program'), tierId: zId('tier') });
export const PartnerParams = z.strictObject({ partnerId: zId('partner') });

const pct = z.number().finite().min(0, 'must be 0–100').max(100, 'must be 0–100');
const benefitFields = {
  discountPct: pct.meta({ description: 'Discount on list price, percent.' }),
  rebatePct: pct.meta({ description: 'Rebate on sales, percent.' }),
  mdfEligible: z.boolean().meta({ description: 'May request market development funds.' }),
  leadPriority: z
    .number()
    .int()
    .min(0)
    .max(100)
    .meta({ description: 'Lead routing priority: higher is served first; 0 = none.' }),
};

export const Tier = z
  .object({
    id: zId('tier'),
    programId: zId('program'),
    rank: z
      .number()
      .int()
      .meta({ description: 'Position from the bottom: 1 = entry tier; higher is better.' }),
    name: z.string(),
    criteria: CriteriaSchema.nullable(),
    ...benefitFields,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Tier' });

const name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const rank = z.number().int().min(1, 'must be 1 or more').max(100, 'must be at most 100');

export const CreateTier = z
  .strictObject({
    name,
    rank,
    criteria: CriteriaSchema.nullable().optional(),
    discountPct: benefitFields.discountPct.optional(),
    rebatePct: benefitFields.rebatePct.optional(),
    mdfEligible: benefitFields.mdfEligible.optional(),
    leadPriority: benefitFields.leadPriority.optional(),
  })
  .meta({ id: 'CreateTierInput' });
export type CreateTierInput = z.output<typeof CreateTier>;

export const UpdateTier = CreateTier.partial().meta({ id: 'UpdateTierInput' });
export type UpdateTierInput = z.output<typeof UpdateTier>;

export const MetricEventInput = z.strictObject({
  metric: z.enum(builtInMetrics),
  value: z.number().finite().min(-1e13).max(1e13),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().trim().min(1).max(100).optional(),
  // Not named "…Id": it is the sender's own reference (a CRM deal number), never a Symbio id.
  externalRef: z.string().trim().min(1).max(200).optional().meta({
    description:
      'Your reference for this observation (e.g. the CRM deal number): re-sending the same metric with the same reference is a no-op (idempotent ingestion).',
  }),
});

export const IngestMetrics = z
  .strictObject({ events: z.array(MetricEventInput).min(1, 'must hold at least one event').max(1000) })
  .meta({ id: 'IngestMetricsInput' });
export type IngestMetricsInput = z.output<typeof IngestMetrics>;

export const IngestResult = z
  .object({
    inserted: z.number().int(),
    duplicates: z
      .number()
      .int()
      .meta({ description: 'Events skipped because their externalRef was already recorded.' }),
  })
  .meta({ id: 'IngestMetricsResult' });

export const ConditionProgress = z
  .object({
    metric: zMetric,
    operator: z.enum(operators),
    threshold: z.number(),
    actual: z.number().nullable(),
    passed: z.boolean(),
    progress: z.number().meta({ description: 'How far toward the threshold, 0–1 (1 = met).' }),
  })
  .meta({ id: 'TierConditionProgress' });

const TierRef = z.object({ id: zId('tier'), name: z.string(), rank: z.number().int() });

export const Benefits = z
  .object({
    partnerId: zId('partner'),
    tier: TierRef.nullable(),
    ...benefitFields,
  })
  .meta({ id: 'PartnerBenefits' });

export const PartnerTier = z
  .object({
    partnerId: zId('partner'),
    programId: zId('program').nullable(),
    tier: TierRef.extend(benefitFields).nullable(),
    since: z.iso.datetime().nullable(),
    evaluatedAt: z.iso.datetime().nullable(),
    explanation: z.string().nullable(),
    conditions: z
      .array(ConditionProgress)
      .meta({ description: 'The current tier’s conditions as last evaluated.' }),
    next: TierRef.extend({
      criteria: CriteriaSchema.nullable(),
      conditions: z.array(ConditionProgress),
    }).nullable(),
    pendingDemotion: z.object({ to: TierRef.nullable(), dueAt: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'PartnerTier' });

export const decisionKinds = [
  'placed',
  'promoted',
  'demoted',
  'demotion_pending',
  'demotion_cancelled',
] as const;

export const TierDecision = z
  .object({
    id: zId('tierDecision'),
    partnerId: zId('partner'),
    programId: zId('program'),
    kind: z.enum(decisionKinds),
    fromTier: z.object({ id: zId('tier'), name: z.string().nullable() }).nullable(),
    toTier: z.object({ id: zId('tier'), name: z.string().nullable() }).nullable(),
    explanation: z.string(),
    dueAt: z.iso.datetime().nullable(),
    actorId: z.string(),
    decidedAt: z.iso.datetime(),
  })
  .meta({ id: 'TierDecision' });

export const ListDecisionsQuery = z.strictObject({ ...paginationShape });

export const RecomputeResult = z
  .object({
    partners: z.number().int().meta({ description: 'Partners evaluated.' }),
    changed: z.number().int().meta({ description: 'Partners whose tier state or explanation was written.' }),
  })
  .meta({ id: 'TierRecomputeResult' });
