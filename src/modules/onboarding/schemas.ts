import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { zId } from '../../platform/ids/index.js';
import { partnerTypes } from '../partners/schemas.js';
import { documentTypes, taskKinds, taskStatuses } from './tables.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex')
  .meta({ example: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a' });
const iso = z.string().meta({ format: 'date-time' });
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const DEFAULT_DOCUMENT_BYTES = 10 * 1024 * 1024;

// --- Agreements ------------------------------------------------------------------------------

export const ProgramParams = z.strictObject({ programId: zId('program') });
export const AgreementParams = z.strictObject({ agreementId: zId('agreement') });
export const AgreementVersionParams = z.strictObject({ agreementVersionId: zId('agreementVersion') });

/** Agreement text: markdown or plain text, up to 200,000 characters. Stored byte for byte. */
const agreementBody = z.string().min(1, 'must not be empty').max(200_000);

export const CreateAgreement = z
  .strictObject({ title: text(200), body: agreementBody })
  .meta({ id: 'CreateAgreement' });
export const PublishAgreementVersion = z
  .strictObject({ body: agreementBody, title: text(200).optional() })
  .meta({ id: 'PublishAgreementVersion' });

export const AgreementVersionSummary = z
  .object({
    id: zId('agreementVersion'),
    agreementId: zId('agreement'),
    versionNumber: z.number().int(),
    title: z.string(),
    sha256: z.string(),
    publishedAt: iso,
    publishedBy: z.string(),
  })
  .meta({ id: 'AgreementVersionSummary' });
export const AgreementVersion = AgreementVersionSummary.extend({
  body: z.string().meta({ description: 'The exact text; `sha256` is the hash of its UTF-8 bytes.' }),
}).meta({ id: 'AgreementVersion' });
export const Agreement = z
  .object({
    id: zId('agreement'),
    programId: zId('program'),
    title: z.string(),
    createdAt: iso,
    currentVersion: AgreementVersionSummary,
    versions: z.array(AgreementVersionSummary),
  })
  .meta({ id: 'Agreement' });
export const AgreementList = z.object({ data: z.array(Agreement) }).meta({ id: 'AgreementList' });

// --- Templates -------------------------------------------------------------------------------

const TaskConfig = z
  .strictObject({
    allowedTypes: z.array(z.enum(documentTypes)).min(1).max(3).optional(),
    maxBytes: z.number().int().min(1024).max(MAX_DOCUMENT_BYTES).optional(),
    courseKey: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be a lower-case key')
      .optional(),
  })
  .meta({ id: 'OnboardingTaskConfig' });

export const TemplateTaskInput = z
  .strictObject({
    kind: z.enum(taskKinds),
    title: text(200),
    description: z.string().max(4000).default(''),
    required: z.boolean().default(true),
    agreementId: zId('agreement').nullable().default(null),
    config: TaskConfig.default({}),
  })
  .meta({ id: 'OnboardingTemplateTaskSpec' });

export const TemplateInput = z
  .strictObject({
    partnerType: z.enum(partnerTypes).nullable().default(null).meta({
      description: 'The partner type this template is for; null for the program default.',
    }),
    name: text(200),
    reminderDays: z
      .array(z.number().int().min(1).max(365))
      .max(10)
      .default([3, 7, 14])
      .meta({ description: 'Days after the start on which open required tasks are reminded.' }),
    tasks: z.array(TemplateTaskInput).min(1).max(50),
  })
  .meta({ id: 'SaveOnboardingTemplate' });

export const TemplateParams = z.strictObject({ onboardingTemplateId: zId('onboardingTemplate') });

export const OnboardingTemplate = z
  .object({
    id: zId('onboardingTemplate'),
    programId: zId('program'),
    partnerType: z.enum(partnerTypes).nullable(),
    name: z.string(),
    reminderDays: z.array(z.number().int()),
    tasks: z.array(
      z.object({
        kind: z.enum(taskKinds),
        title: z.string(),
        description: z.string(),
        required: z.boolean(),
        agreementId: zId('agreement').nullable(),
        config: TaskConfig,
      }),
    ),
    updatedAt: iso,
    version: z.number().int(),
  })
  .meta({ id: 'OnboardingTemplate' });
export const OnboardingTemplateList = z
  .object({ data: z.array(OnboardingTemplate) })
  .meta({ id: 'OnboardingTemplateList' });

// --- Partner onboarding ----------------------------------------------------------------------

export const PartnerParams = z.strictObject({ partnerId: zId('partner') });
export const TaskParams = z.strictObject({
  partnerId: zId('partner'),
  onboardingTaskId: zId('onboardingTask'),
});
export const SignatureParams = z.strictObject({ partnerId: zId('partner'), signatureId: zId('signature') });
export const DocumentParams = z.strictObject({ partnerId: zId('partner'), documentId: zId('document') });

export const DocumentInfo = z
  .object({
    id: zId('document'),
    taskId: zId('onboardingTask'),
    contentType: z.enum(documentTypes),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: iso,
  })
  .meta({ id: 'OnboardingDocument' });

export const OnboardingTask = z
  .object({
    id: zId('onboardingTask'),
    checklistId: zId('checklist'),
    kind: z.enum(taskKinds),
    title: z.string(),
    description: z.string(),
    required: z.boolean(),
    agreementId: zId('agreement').nullable(),
    config: TaskConfig,
    status: z.enum(taskStatuses),
    statusChangedAt: iso.nullable(),
    statusChangedBy: z.string().nullable(),
    statusReason: z.string().nullable(),
    documents: z.array(DocumentInfo),
    version: z.number().int(),
  })
  .meta({ id: 'OnboardingTask' });

export const Signature = z
  .object({
    id: zId('signature'),
    partnerId: zId('partner'),
    taskId: zId('onboardingTask').nullable(),
    agreementId: zId('agreement'),
    agreementVersionId: zId('agreementVersion'),
    versionNumber: z.number().int(),
    agreementTitle: z.string(),
    sha256: z.string(),
    signerName: z.string(),
    signerEmail: z.string(),
    userId: zId('user'),
    signedAt: iso,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    certificateSha256: z.string(),
    certificateUrl: z.string(),
  })
  .meta({ id: 'Signature' });
export const SignatureList = z.object({ data: z.array(Signature) }).meta({ id: 'SignatureList' });

const days = z
  .number()
  .nullable()
  .meta({ description: 'Whole and fractional days; null until both ends exist.' });
export const Milestones = z
  .object({
    appliedAt: iso.nullable(),
    onboardingStartedAt: iso.nullable(),
    activatedAt: iso.nullable(),
    firstDealRegisteredAt: iso.nullable(),
    firstDealWonAt: iso.nullable(),
    daysApplicationToActivation: days,
    daysActivationToFirstDeal: days,
    daysFirstDealToFirstWin: days,
    daysApplicationToFirstWin: days,
  })
  .meta({ id: 'OnboardingMilestones' });

export const Onboarding = z
  .object({
    partnerId: zId('partner'),
    partnerStatus: z.string(),
    checklist: z
      .object({
        id: zId('checklist'),
        name: z.string(),
        templateId: zId('onboardingTemplate').nullable(),
        startedAt: iso,
        completedAt: iso.nullable(),
        reminderDays: z.array(z.number().int()),
        progress: z.object({
          required: z.number().int(),
          requiredDone: z.number().int(),
          total: z.number().int(),
        }),
      })
      .nullable(),
    tasks: z.array(OnboardingTask),
    milestones: Milestones,
  })
  .meta({ id: 'Onboarding' });

export const TaskAgreement = AgreementVersion.extend({
  signed: z.boolean().meta({ description: 'Whether this partner already signed this version.' }),
}).meta({ id: 'TaskAgreement' });

export const SignInput = z
  .strictObject({
    agreementVersionId: zId('agreementVersion'),
    sha256: sha256Hex.meta({ description: 'The SHA-256 of the text you were shown; must match.' }),
    signerName: text(200),
    consent: z.literal(true, { message: 'must be true: consent to sign electronically' }),
  })
  .meta({ id: 'SignAgreement' });

export const ReasonInput = z.strictObject({ reason: text(1000) }).meta({ id: 'OnboardingReason' });

export const SignatureVerification = z
  .object({
    signatureId: zId('signature'),
    agreementVersionId: zId('agreementVersion'),
    storedSha256: z.string(),
    recomputedSha256: z.string(),
    textMatches: z.boolean(),
    certificateSha256Matches: z.boolean(),
    valid: z.boolean(),
  })
  .meta({ id: 'SignatureVerification' });

export const ReminderResult = z
  .object({ recipients: z.number().int(), openTasks: z.number().int() })
  .meta({ id: 'OnboardingReminderResult' });

// --- Tax -------------------------------------------------------------------------------------

const Address = z
  .strictObject({
    line1: text(200),
    line2: z.string().trim().max(200).optional(),
    city: text(100),
    region: z.string().trim().max(100).optional(),
    postalCode: z.string().trim().max(20).optional(),
    country: zCountry,
  })
  .meta({ id: 'PostalAddress' });

export const entityClassifications = [
  'individual',
  'c_corporation',
  's_corporation',
  'partnership',
  'trust_estate',
  'llc_c',
  'llc_s',
  'llc_p',
  'other',
] as const;
export const chapter3Statuses = [
  'corporation',
  'partnership',
  'simple_trust',
  'grantor_trust',
  'complex_trust',
  'estate',
  'government',
  'central_bank',
  'tax_exempt_organization',
  'private_foundation',
  'international_organization',
] as const;

export const W9Input = z
  .strictObject({
    form: z.literal('w9'),
    tinType: z.enum(['ssn', 'ein']),
    tin: text(20),
    legalName: text(200),
    businessName: z.string().trim().max(200).optional(),
    entityClassification: z.enum(entityClassifications),
    address: Address,
  })
  .meta({ id: 'W9Form' });
export const W8BenEInput = z
  .strictObject({
    form: z.literal('w8bene'),
    organizationName: text(200),
    countryOfIncorporation: zCountry,
    chapter3Status: z.enum(chapter3Statuses),
    giin: z.string().trim().max(19).optional().meta({ description: 'FATCA GIIN, XXXXXX.XXXXX.XX.XXX' }),
    foreignTin: text(40),
    address: Address,
  })
  .meta({ id: 'W8BenEForm' });
export const CountryTaxIdInput = z
  .strictObject({
    form: z.literal('tax_id'),
    country: zCountry,
    scheme: z
      .string()
      .regex(/^[a-z_]{2,12}$/)
      .optional()
      .meta({ description: 'e.g. vat, abn, gstin, bn, cn; omitted: any company number of the country' }),
    taxId: text(40),
    legalName: text(200),
  })
  .meta({ id: 'CountryTaxIdForm' });
export const TaxInput = z
  .discriminatedUnion('form', [W9Input, W8BenEInput, CountryTaxIdInput])
  .meta({ id: 'TaxDetailsForm' });

export const TaxDetails = z
  .object({
    id: zId('taxDetail'),
    partnerId: zId('partner'),
    form: z.enum(['w9', 'w8bene', 'tax_id']),
    country: z.string(),
    scheme: z.string(),
    taxIdMasked: z.string(),
    fields: z.record(z.string(), z.unknown()),
    updatedAt: iso,
  })
  .meta({ id: 'TaxDetails' });

// --- Bank ------------------------------------------------------------------------------------

export const IbanInput = z
  .strictObject({
    kind: z.literal('iban'),
    holderName: text(200),
    iban: text(42),
    bic: z.string().trim().max(11).optional(),
  })
  .meta({ id: 'IbanBankForm' });
export const AccountInput = z
  .strictObject({
    kind: z.literal('account'),
    holderName: text(200),
    country: zCountry,
    accountNumber: text(34),
    routingNumber: text(20).meta({ description: 'ABA routing number (US), sort code, BSB, transit…' }),
    bic: z.string().trim().max(11).optional(),
  })
  .meta({ id: 'AccountBankForm' });
export const BankInput = z
  .discriminatedUnion('kind', [IbanInput, AccountInput])
  .meta({ id: 'BankDetailsForm' });

export const BankDetails = z
  .object({
    id: zId('bankAccount'),
    partnerId: zId('partner'),
    kind: z.enum(['iban', 'account']),
    holderName: z.string(),
    country: z.string(),
    masked: z.record(z.string(), z.string().nullable()).meta({
      description:
        'Masked values only (e.g. iban "DE89 **** **** **** **30 00"); the full numbers are never returned.',
    }),
    updatedAt: iso,
  })
  .meta({ id: 'BankDetails' });
