import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { zCurrencyCode } from '../catalog/index.js';
import { zWebsite } from '../partners/index.js';
import { dealStages, dealStates } from './states.js';

/** ISO 4217, upper-cased (the catalogue's definition). */
export const zCurrency = zCurrencyCode;

export { zWebsite };

const zDate = z.iso.date('must be a date such as 2027-03-31');
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const Address = z
  .strictObject({
    line1: text(200).optional(),
    line2: text(200).optional(),
    city: text(120).optional(),
    region: text(120).optional(),
    postalCode: text(20).optional(),
  })
  .meta({ id: 'DealAddress' });

export const DealContact = z
  .strictObject({
    name: text(200).optional(),
    email: z.email('must be an e-mail address').max(254).optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()./-]{3,40}$/, 'must be a phone number such as +49 30 1234567')
      .optional(),
    title: text(120).optional(),
  })
  .meta({ id: 'DealContact' });

export const LineItemInput = z
  .strictObject({
    productId: zId('product'),
    quantity: z.number().int().min(1).max(1_000_000),
    unitPriceMinor: z.number().int().min(0).max(1e15).optional(),
  })
  .meta({ id: 'NewDealLineItem' });

const customer = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    website: zWebsite.nullable().optional(),
    country: zCountry.nullable().optional(),
    address: Address.optional(),
  })
  .meta({ id: 'DealCustomerInput' });

const fields = {
  title: z.string().trim().min(1, 'must not be empty').max(200),
  customer,
  contact: DealContact.optional(),
  lineItems: z.array(LineItemInput).max(50).optional(),
  amountMinor: z.number().int().min(0).max(1e15).optional(),
  currency: zCurrency,
  expectedCloseDate: zDate.nullable().optional(),
  stage: z.enum(dealStages).optional(),
  notes: text(10_000).optional(),
};

export const CreateDeal = z
  .strictObject({
    partnerId: zId('partner').optional().meta({
      description: 'Staff registering on a partner’s behalf name the partner; partners leave it out.',
    }),
    ...fields,
    submit: z
      .boolean()
      .optional()
      .meta({ description: 'Submit at once (conflict check, review) instead of saving a draft.' }),
  })
  .meta({ id: 'CreateDeal' });

export const UpdateDeal = z
  .strictObject({
    title: fields.title.optional(),
    customer: customer.optional(),
    contact: fields.contact,
    lineItems: fields.lineItems,
    amountMinor: fields.amountMinor,
    currency: zCurrency.optional(),
    expectedCloseDate: fields.expectedCloseDate,
    stage: fields.stage,
    notes: fields.notes,
  })
  .meta({ id: 'UpdateDeal' });

export const LineItem = z
  .object({
    productId: zId('product'),
    productLineId: zId('productLine'),
    productName: z.string(),
    quantity: z.number().int(),
    unitPriceMinor: z.number().int(),
  })
  .meta({ id: 'DealLineItem' });

export const Deal = z
  .object({
    id: zId('deal'),
    partnerId: zId('partner')
      .nullable()
      .meta({ description: 'The registering partner; null for a partner added to another partner’s deal.' }),
    partnerName: z.string(),
    programId: zId('program').nullable(),
    state: z.enum(dealStates),
    stage: z.enum(dealStages),
    title: z.string(),
    customer: z.object({
      name: z.string(),
      website: z.string().nullable(),
      domain: z.string().nullable(),
      country: z.string().nullable(),
      address: z.record(z.string(), z.string()),
    }),
    contact: z.record(z.string(), z.string()),
    lineItems: z.array(LineItem),
    productLineIds: z.array(zId('productLine')),
    amountMinor: z.number().int(),
    currency: z.string(),
    expectedCloseDate: z.string().nullable(),
    notes: z.string(),
    nextSteps: z.string(),
    registeredBy: z.string(),
    onBehalf: z.boolean(),
    submittedAt: z.iso.datetime().nullable(),
    submissionSeq: z.number().int().nullable(),
    contentSha256: z.string().nullable(),
    conflict: z.object({
      level: z.enum(['none', 'possible', 'conflict']),
      status: z.enum(['none', 'open', 'resolved']),
      score: z.number().nullable().meta({ description: 'Staff only (null for partners).' }),
      withDealId: zId('deal').nullable().meta({ description: 'Staff only: the earlier registration.' }),
      withOpportunityId: zId('vendorOpportunity')
        .nullable()
        .meta({ description: 'Staff only: the vendor opportunity it matches.' }),
    }),
    review: z.object({
      dueAt: z.iso.datetime().nullable(),
      escalationLevel: z.number().int(),
      assigneeUserId: zId('user').nullable(),
    }),
    decision: z.object({
      decidedAt: z.iso.datetime().nullable(),
      decidedBy: z.string().nullable(),
      reason: z.string().nullable(),
    }),
    approvedAt: z.iso.datetime().nullable(),
    protectionEndsAt: z.iso.datetime().nullable(),
    extensionCount: z.number().int(),
    vendorOpportunityId: zId('vendorOpportunity').nullable(),
    mergedIntoDealId: zId('deal').nullable(),
    closedAt: z.iso.datetime().nullable(),
    closeReason: z.string().nullable(),
    /** For a partner on someone else's multi-partner deal: its own role and share. */
    myParticipation: z.object({ role: z.string(), shareBps: z.number().int() }).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Deal' });

export const DealParams = z.strictObject({ dealId: zId('deal') });

const csvList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(300)
    .transform((v, c) => {
      const parts = v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      for (const p of parts) {
        if (!(values as readonly string[]).includes(p)) {
          c.addIssue({ code: 'custom', message: `unknown value ${p}; one of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      return parts as T[number][];
    });

export const dealSortFields = ['created_at', 'updated_at', 'amount_minor', 'title'] as const;

export const ListDealsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(dealSortFields, '-created_at'),
  q: z.string().trim().max(200).optional().meta({ description: 'Search in the title and customer name.' }),
  'filter[state]': csvList(dealStates)
    .optional()
    .meta({ description: 'One or more states, comma-separated.', example: 'submitted,under_review' }),
  'filter[stage]': csvList(dealStages).optional(),
  'filter[partner]': zId('partner').optional(),
  'filter[conflict]': z.enum(['none', 'possible', 'conflict']).optional(),
  'filter[queue]': z
    .enum(['review', 'conflicts'])
    .optional()
    .meta({ description: 'review: waiting for a decision; conflicts: open conflicts (staff).' }),
  'filter[productLine]': zId('productLine').optional(),
  'filter[closeFrom]': zDate.optional(),
  'filter[closeTo]': zDate.optional(),
  'filter[assignee]': zId('user').optional(),
});

export const Decision = z
  .strictObject({
    decision: z.enum(['approve', 'reject', 'return', 'start_review']),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .meta({ description: 'Shown to the partner. Required to reject or return.' }),
  })
  .meta({ id: 'DealDecision' });

export const ConflictResolution = z
  .strictObject({
    resolution: z.enum(['approve_this', 'keep_existing', 'merge', 'split']),
    reason: z.string().trim().min(1, 'must not be empty').max(2000),
    mergeRole: z.enum(['influenced', 'fulfilment', 'marketplace']).optional(),
    mergeShareBps: z.number().int().min(0).max(10_000).optional(),
    split: z
      .strictObject({
        thisProductLineIds: z.array(zId('productLine')).min(1).max(50),
        otherProductLineIds: z.array(zId('productLine')).min(1).max(50),
      })
      .optional(),
  })
  .meta({ id: 'ConflictResolution' });

export const Evidence = z
  .object({
    signal: z.enum(['name', 'domain', 'trigram', 'country', 'products', 'dates']),
    detail: z.string(),
    value: z.number(),
  })
  .meta({ id: 'ConflictEvidence' });

export const ConflictCandidate = z
  .object({
    id: zId('dealConflict'),
    kind: z.enum(['deal', 'vendor_opportunity']),
    score: z.number(),
    level: z.enum(['conflict', 'possible']),
    primary: z.boolean(),
    evidence: z.array(Evidence),
    /** The other side, for the side-by-side view. */
    other: z.object({
      id: z.string(),
      partnerId: zId('partner').nullable(),
      partnerName: z.string().nullable(),
      title: z.string(),
      state: z.string(),
      customerName: z.string(),
      website: z.string().nullable(),
      domain: z.string().nullable(),
      country: z.string().nullable(),
      amountMinor: z.number().int(),
      currency: z.string(),
      expectedCloseDate: z.string().nullable(),
      productLineIds: z.array(z.string()),
      submittedAt: z.iso.datetime().nullable(),
      submissionSeq: z.number().int().nullable(),
    }),
  })
  .meta({ id: 'ConflictCandidate' });

export const DealConflicts = z
  .object({ deal: Deal, candidates: z.array(ConflictCandidate) })
  .meta({ id: 'DealConflicts' });

export const Receipt = z
  .object({
    dealId: zId('deal'),
    partnerId: zId('partner'),
    submittedAt: z.iso.datetime(),
    submissionSeq: z.number().int(),
    contentSha256: z.string(),
    content: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The canonical registration content that was hashed (RFC 8785 JSON).' }),
    algorithm: z.literal('Ed25519'),
    signature: z.string().meta({
      description:
        'Base64 Ed25519 signature over the canonical JSON of {dealId, partnerId, submittedAt, submissionSeq, contentSha256}.',
    }),
    publicKey: z.string().meta({ description: 'The workspace receipt key (PEM, SPKI).' }),
  })
  .meta({ id: 'DealReceipt' });

export type CreateDealInput = z.output<typeof CreateDeal>;
export type UpdateDealInput = z.output<typeof UpdateDeal>;
export type ListDealsInput = z.output<typeof ListDealsQuery>;
export type ConflictResolutionInput = z.output<typeof ConflictResolution>;
