import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { email, newPassword, supportedLocales } from '../account/schemas.js';
import { partnerTypes } from '../partners/schemas.js';
import { zSlug } from '../programs/schemas.js';
import { requirableFields } from '../vetting/index.js';
import { applicationStatuses } from './tables.js';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullable().optional();

/** The applicant's answers (ApplicationFacts without the contact e-mail and name, sent separately). */
const factFields = {
  companyName: text(200).min(1, 'must not be empty'),
  legalName: optionalText(200),
  website: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(500)
    .nullable()
    .optional(),
  country: zCountry,
  operatingCountries: z.array(zCountry).max(249).optional(),
  partnerTypes: z.array(z.enum(partnerTypes)).min(1, 'needs at least one type').max(partnerTypes.length),
  phone: optionalText(50),
  address: optionalText(500),
  employeeCount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  annualRevenue: z.number().min(0).max(1e13).nullable().optional(),
  description: optionalText(5000),
  industries: z.array(text(100).min(1)).max(30).optional(),
};

export const HONEYPOT_FIELD = 'faxNumber';

export const ApplyBody = z
  .strictObject({
    workspace: zSlug.meta({ description: 'The workspace slug (first part of the form URL).' }),
    program: zSlug.meta({ description: 'The program slug (second part of the form URL).' }),
    ...factFields,
    contactName: text(200).min(1, 'must not be empty'),
    email,
    password: newPassword,
    locale: z.enum(supportedLocales).default('en'),
    [HONEYPOT_FIELD]: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'Leave empty. Hidden from people; a bot that fills it is ignored.' }),
  })
  .meta({ id: 'ApplyBody' });
export type ApplyInput = z.output<typeof ApplyBody>;

export const ApplicationFormQuery = z.strictObject({
  workspace: zSlug.meta({ description: 'The workspace slug.', example: 'acme' }),
  program: zSlug.meta({ description: 'The program slug.', example: 'resellers' }),
});

export const ApplicationForm = z
  .object({
    workspace: z.object({ name: z.string(), slug: z.string() }),
    program: z.object({
      name: z.string(),
      slug: z.string(),
      description: z.string(),
      applicationOpen: z.boolean(),
    }),
    partnerTypes: z.array(z.enum(partnerTypes)),
    /** Fields the applicant must fill in besides the always-required ones. */
    requiredFields: z.array(z.enum(requirableFields)),
    honeypotField: z.string(),
  })
  .meta({ id: 'ApplicationForm' });

export const ApplyAccepted = z
  .object({ status: z.literal('accepted'), message: z.string() })
  .meta({ id: 'ApplyAccepted' });

const token = z.string().min(20).max(300);

export const VerifyBody = z.strictObject({ token }).meta({ id: 'VerifyApplicationBody' });

export const applicantOutcomes = ['approved', 'rejected', 'in_review', 'info_requested'] as const;

/** What an applicant may know about the application: never a screening or duplicate finding. */
export const ApplicantStatus = z
  .object({
    applicationId: zId('application'),
    companyName: z.string(),
    programName: z.string(),
    outcome: z.enum(applicantOutcomes),
    /** The reason the applicant may see (a rejection's or a reviewer's question), else null. */
    reason: z.string().nullable(),
    /** A token for the status page and for answering a request for information. */
    statusToken: z.string(),
    canRespond: z.boolean(),
    submittedAt: z.iso.datetime().nullable(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApplicantStatus' });

export const StatusQuery = z.strictObject({
  token: token.meta({ example: 'apl_01jq3v3z8xf5sbk9m2n7r4t6wd.f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS' }),
});

export const RespondBody = z
  .strictObject({
    token,
    message: text(5000).min(1, 'must not be empty'),
    /** Corrected or added answers; left-out fields keep their value. */
    facts: z
      .strictObject({
        companyName: factFields.companyName.optional(),
        legalName: factFields.legalName,
        website: factFields.website,
        country: zCountry.optional(),
        operatingCountries: factFields.operatingCountries,
        partnerTypes: factFields.partnerTypes.optional(),
        phone: factFields.phone,
        address: factFields.address,
        employeeCount: factFields.employeeCount,
        annualRevenue: factFields.annualRevenue,
        description: factFields.description,
        industries: factFields.industries,
      })
      .optional(),
  })
  .meta({ id: 'RespondToApplicationBody' });
export type RespondInput = z.output<typeof RespondBody>;

// --- Staff ----------------------------------------------------------------------------------

const VettingReasonSchema = z
  .object({
    rule: z.string(),
    outcome: z.enum(['pass', 'review', 'reject']),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'VettingReason' });

export const Application = z
  .object({
    id: zId('application'),
    programId: zId('program'),
    partnerId: zId('partner').nullable(),
    userId: zId('user').nullable(),
    status: z.enum(applicationStatuses),
    companyName: z.string(),
    country: z.string(),
    contactName: z.string(),
    email: z.string(),
    locale: z.string(),
    facts: z.record(z.string(), z.unknown()),
    /** The latest vetting decision: approve, reject or manual_review (null before verification). */
    decision: z.enum(['approve', 'reject', 'manual_review']).nullable(),
    /** Every vetting rule's verdict with its evidence (screening: matched entry, list, score). Staff only. */
    reasons: z.array(VettingReasonSchema),
    applicantReason: z.string().nullable(),
    history: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        action: z.string(),
        decision: z.string().optional(),
        reason: z.string().optional(),
        message: z.string().optional(),
      }),
    ),
    verifiedAt: z.iso.datetime().nullable(),
    reviewedAt: z.iso.datetime().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Application' });

export const ApplicationParams = z.strictObject({ applicationId: zId('application') });

export const ListApplicationsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'updated_at', 'company_name'], '-created_at'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Case-insensitive search in the company name and e-mail.' }),
  'filter[status]': z.enum(applicationStatuses).optional(),
  'filter[decision]': z.enum(['approve', 'reject', 'manual_review']).optional(),
  'filter[programId]': zId('program').optional(),
  'filter[country]': zCountry.optional(),
});
export type ListApplicationsInput = z.output<typeof ListApplicationsQuery>;

export const reviewDecisions = ['approve', 'reject', 'request_info'] as const;
export const DecisionBody = z
  .strictObject({
    decision: z.enum(reviewDecisions),
    reason: text(2000).min(1, 'is required: the applicant sees it'),
  })
  .meta({ id: 'ApplicationDecisionBody' });
export type DecisionInput = z.output<typeof DecisionBody>;
