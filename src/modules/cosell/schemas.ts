import { z } from 'zod';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { LineItemInput, zCurrency } from '../deals/schemas.js';
import { dealStages, participantRoles } from '../deals/states.js';

const zDate = z.iso.date('must be a date such as 2027-03-31');
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const visibilities = ['internal', 'side', 'participants'] as const;
export type Visibility = (typeof visibilities)[number];

export const DealParams = z.strictObject({ dealId: zId('deal') });
export const FileParams = z.strictObject({ dealId: zId('deal'), dealFileId: zId('dealFile') });
export const ParticipantParams = z.strictObject({
  dealId: zId('deal'),
  dealParticipantId: zId('dealParticipant'),
});
export const AccountPlanParams = z.strictObject({ accountPlanId: zId('accountPlan') });

// ---- timeline ------------------------------------------------------------------------------

export const DealActivity = z
  .object({
    id: zId('dealActivity'),
    dealId: zId('deal'),
    kind: z.string().meta({
      description:
        'created | submitted | state_changed | stage_changed | updated | comment | file | conflict | extension | participant',
    }),
    visibility: z.enum(visibilities),
    partnerId: zId('partner')
      .nullable()
      .meta({ description: 'The partner side of a `side` row; null otherwise.' }),
    actor: z.object({
      kind: z.string(),
      id: z
        .string()
        .nullable()
        .meta({ description: 'Null when the actor belongs to another partner (never shown).' }),
      name: z.string(),
    }),
    body: z.string(),
    data: z.record(z.string(), z.unknown()),
    mentionedUserIds: z.array(zId('user')),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DealActivity' });

export const ListActivitiesQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[kind]': z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: 'Only entries of this kind.' }),
});
export type ListActivitiesInput = z.output<typeof ListActivitiesQuery>;

export const CreateComment = z
  .strictObject({
    body: required(10_000),
    visibility: z.enum(visibilities).optional().meta({
      description:
        'Partners post to their own side only (the default). Staff choose: internal (vendor only), a partner’s side (`partnerId` required) or participants (every partner on the deal; the default for staff).',
    }),
    partnerId: zId('partner')
      .optional()
      .meta({ description: 'Staff posting to one partner’s side name it.' }),
    mentionedUserIds: z
      .array(zId('user'))
      .max(20)
      .optional()
      .meta({ description: 'Users @mentioned (notified in-app). Each must be able to see the comment.' }),
  })
  .meta({ id: 'CreateDealComment' });
export type CreateCommentInput = z.output<typeof CreateComment>;

export const Mentionable = z
  .object({
    userId: zId('user'),
    name: z.string(),
    kind: z.enum(['vendor', 'partner']),
    partnerId: zId('partner').nullable(),
  })
  .meta({ id: 'MentionablePerson' });

// ---- files ---------------------------------------------------------------------------------

export const DealFile = z
  .object({
    id: zId('dealFile'),
    dealId: zId('deal'),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    visibility: z.enum(visibilities),
    partnerId: zId('partner').nullable(),
    uploadedBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DealFile' });

export const UploadFileQuery = z.strictObject({
  filename: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .refine(
      (v) => !/[\\/]/.test(v) && ![...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f),
      'must be a file name without path separators or control characters',
    )
    .optional()
    .meta({
      example: 'proposal.pdf',
      description: 'Required: the name the file is shown and downloaded with.',
    }),
  visibility: z.enum(visibilities).optional(),
  partnerId: zId('partner').optional(),
});
export type UploadFileInput = z.output<typeof UploadFileQuery>;

export const ListFilesQuery = z.strictObject({ ...paginationShape });

// ---- shared opportunity fields ---------------------------------------------------------------

export const UpdateOpportunity = z
  .strictObject({
    stage: z.enum(dealStages).optional(),
    amountMinor: z.number().int().min(0).max(1e15).optional(),
    currency: zCurrency.optional(),
    expectedCloseDate: zDate.nullable().optional(),
    nextSteps: text(5000).optional(),
    lineItems: z.array(LineItemInput).max(50).optional(),
  })
  .meta({ id: 'UpdateOpportunity' });
export type UpdateOpportunityInput = z.output<typeof UpdateOpportunity>;

export const CloseDeal = z
  .strictObject({
    outcome: z.enum(['won', 'lost']),
    reason: text(2000).optional(),
    amountMinor: z
      .number()
      .int()
      .min(0)
      .max(1e15)
      .optional()
      .meta({ description: 'The final amount (won deals).' }),
  })
  .meta({ id: 'CloseDeal' });
export type CloseDealInput = z.output<typeof CloseDeal>;

// ---- participants --------------------------------------------------------------------------

export const DealParticipant = z
  .object({
    id: zId('dealParticipant'),
    dealId: zId('deal'),
    partnerId: zId('partner'),
    partnerName: z.string(),
    role: z.enum(participantRoles),
    shareBps: z.number().int().meta({ description: 'Share in basis points (10,000 = 100 %).' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DealParticipant' });

const shareBps = z.number().int().min(0).max(10_000);
export const CreateParticipant = z
  .strictObject({ partnerId: zId('partner'), role: z.enum(participantRoles), shareBps })
  .meta({ id: 'CreateDealParticipant' });
export type CreateParticipantInput = z.output<typeof CreateParticipant>;
export const UpdateParticipant = z
  .strictObject({ role: z.enum(participantRoles).optional(), shareBps: shareBps.optional() })
  .meta({ id: 'UpdateDealParticipant' });
export type UpdateParticipantInput = z.output<typeof UpdateParticipant>;

// ---- account plans -------------------------------------------------------------------------

export const stakeholderRoles = [
  'champion',
  'decision_maker',
  'economic_buyer',
  'technical_buyer',
  'influencer',
  'blocker',
  'user',
] as const;
export const planStatuses = ['draft', 'active', 'closed'] as const;

const itemId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -');
export const Goal = z
  .strictObject({
    id: itemId.optional(),
    text: required(500),
    targetDate: zDate.nullable().optional(),
    done: z.boolean().optional(),
  })
  .meta({ id: 'AccountPlanGoalInput' });
export const Stakeholder = z
  .strictObject({
    id: itemId.optional(),
    name: required(200),
    title: text(200).optional(),
    role: z.enum(stakeholderRoles),
    email: z.email('must be an e-mail address').max(254).nullable().optional(),
    notes: text(2000).optional(),
  })
  .meta({ id: 'AccountPlanStakeholderInput' });
export const Action = z
  .strictObject({
    id: itemId.optional(),
    title: required(300),
    ownerUserId: zId('user').nullable().optional(),
    ownerName: text(200).optional(),
    dueDate: zDate.nullable().optional(),
    done: z.boolean().optional(),
  })
  .meta({ id: 'AccountPlanActionInput' });

const goals = z.array(Goal).max(100);
const stakeholders = z.array(Stakeholder).max(200);
const actions = z.array(Action).max(200);

export const AccountPlan = z
  .object({
    id: zId('accountPlan'),
    accountId: zId('account'),
    accountName: z.string(),
    partnerId: zId('partner'),
    partnerName: z.string(),
    title: z.string(),
    status: z.enum(planStatuses),
    summary: z.string(),
    goals: z.array(
      z.object({ id: z.string(), text: z.string(), targetDate: z.string().nullable(), done: z.boolean() }),
    ),
    stakeholders: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        title: z.string(),
        role: z.enum(stakeholderRoles),
        email: z.string().nullable(),
        notes: z.string(),
      }),
    ),
    actions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        ownerUserId: zId('user').nullable(),
        ownerName: z.string(),
        dueDate: z.string().nullable(),
        done: z.boolean(),
      }),
    ),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'AccountPlan' });

export const CreateAccountPlan = z
  .strictObject({
    accountId: zId('account'),
    partnerId: zId('partner'),
    title: required(200),
    status: z.enum(planStatuses).optional(),
    summary: text(5000).optional(),
    goals: goals.optional(),
    stakeholders: stakeholders.optional(),
    actions: actions.optional(),
  })
  .meta({ id: 'CreateAccountPlan' });
export type CreateAccountPlanInput = z.output<typeof CreateAccountPlan>;

export const UpdateAccountPlan = z
  .strictObject({
    title: required(200).optional(),
    status: z.enum(planStatuses).optional(),
    summary: text(5000).optional(),
    goals: goals.optional(),
    stakeholders: stakeholders.optional(),
    actions: actions.optional(),
  })
  .meta({ id: 'UpdateAccountPlan' });
export type UpdateAccountPlanInput = z.output<typeof UpdateAccountPlan>;

export const ListAccountPlansQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'updated_at', 'title'], '-updated_at'),
  'filter[partner]': zId('partner').optional(),
  'filter[account]': zId('account').optional(),
  'filter[status]': z.enum(planStatuses).optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Search in title and account name.' }),
});
export type ListAccountPlansInput = z.output<typeof ListAccountPlansQuery>;

// ---- touchpoints ---------------------------------------------------------------------------

export const touchpointKinds = [
  'registration',
  'cosell_activity',
  'introduction',
  'meeting',
  'technical_validation',
  'content_shared',
  'event',
  'marketplace_transaction',
] as const;
export type TouchpointKind = (typeof touchpointKinds)[number];
/** Kinds a person records; registration and co-sell activity are written by the system. */
export const manualTouchpointKinds = [
  'introduction',
  'meeting',
  'technical_validation',
  'content_shared',
  'event',
  'marketplace_transaction',
] as const;

export const Touchpoint = z
  .object({
    id: zId('touchpoint'),
    partnerId: zId('partner'),
    partnerName: z.string(),
    dealId: zId('deal').nullable(),
    kind: z.enum(touchpointKinds),
    occurredAt: z.iso.datetime(),
    source: z.enum(['system', 'manual', 'api']),
    recordedBy: z.string(),
    note: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Touchpoint' });

export const MarketplaceData = z.strictObject({
  marketplace: z.enum(['aws', 'azure', 'gcp', 'other']),
  offerId: text(200).optional(),
  amountMinor: z.number().int().min(0).max(1e15),
  currency: zCurrency,
});

export const CreateTouchpoint = z
  .strictObject({
    partnerId: zId('partner')
      .optional()
      .meta({ description: 'Staff name the partner; partners leave it out.' }),
    dealId: zId('deal').optional(),
    kind: z.enum(manualTouchpointKinds),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    note: text(2000).optional(),
    data: z.record(z.string(), z.unknown()).optional().meta({
      description:
        'Kind-specific details. marketplace_transaction requires {marketplace: aws|azure|gcp|other, offerId?, amountMinor, currency}.',
    }),
  })
  .meta({ id: 'CreateTouchpoint' });
export type CreateTouchpointInput = z.output<typeof CreateTouchpoint>;

export const ListTouchpointsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['occurred_at'], '-occurred_at'),
  'filter[partner]': zId('partner').optional(),
  'filter[deal]': zId('deal').optional(),
  'filter[kind]': z.enum(touchpointKinds).optional(),
  'filter[from]': z.iso.datetime({ offset: true }).optional(),
  'filter[to]': z.iso.datetime({ offset: true }).optional(),
});
export type ListTouchpointsInput = z.output<typeof ListTouchpointsQuery>;
