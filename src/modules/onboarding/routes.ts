import { defineRoute } from '../../platform/http/route.js';
import { createAgreement, getAgreement, getVersion, listAgreements, publishVersion } from './agreements.js';
import { completeCustomTask, getOnboarding, staffSetStatus, startForPartner } from './checklist.js';
import { getBank, getTax, putBank, putTax } from './details.js';
import { downloadDocument, uploadDocument } from './documents.js';
import { sendReminderNow } from './reminders.js';
import {
  Agreement,
  AgreementList,
  AgreementParams,
  AgreementVersion,
  AgreementVersionParams,
  BankDetails,
  BankInput,
  CreateAgreement,
  DocumentInfo,
  DocumentParams,
  Onboarding,
  OnboardingTask,
  OnboardingTemplate,
  OnboardingTemplateList,
  PartnerParams,
  ProgramParams,
  PublishAgreementVersion,
  ReasonInput,
  ReminderResult,
  Signature,
  SignatureList,
  SignatureParams,
  SignatureVerification,
  SignInput,
  TaskAgreement,
  TaskParams,
  TaxDetails,
  TaxInput,
  TemplateInput,
  TemplateParams,
} from './schemas.js';
import {
  getTaskAgreement,
  listSignatures,
  signAgreement,
  signatureCertificate,
  verifySignature,
} from './signing.js';
import { createTemplate, listTemplates, replaceTemplate } from './templates.js';

const tags = ['Onboarding'];
const both = ['user', 'apiKey'] as const;
const base = '/api/v1/partners/:partnerId/onboarding';

const agreementExample = {
  title: 'Partner agreement',
  body: '# Partner agreement\n\n1. The partner resells the products in its territory.\n2. Either party may end this agreement with 30 days notice.\n',
};
const taskExample = {
  kind: 'document' as const,
  title: 'Certificate of incorporation',
  description: 'A PDF or scan of your certificate of incorporation.',
  required: true,
  agreementId: null,
  config: { allowedTypes: ['application/pdf' as const], maxBytes: 5 * 1024 * 1024 },
};

/** `attachment` with an ASCII name: the ids in these names never need RFC 6266 encoding. */
const download = (bytes: Buffer, type: string, filename: string) => ({
  body: bytes,
  headers: {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  },
});

export const onboardingRoutes = [
  // --- Agreements (vendor configuration) -----------------------------------------------------
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:programId/agreements',
    operationId: 'listAgreements',
    summary: 'List a program’s agreements with their versions',
    description:
      'Every agreement of the program, its current version and all earlier ones (hashes, not texts).',
    tags,
    access: { permission: 'programs.read', actors: both, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    responses: { 200: { description: 'The agreements', schema: AgreementList } },
    handler: async (ctx, { params }) => ({ body: { data: await listAgreements(ctx, params.programId) } }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs/:programId/agreements',
    operationId: 'createAgreement',
    summary: 'Create an agreement with its first version',
    description: 'Publishes the text as version 1. The text is stored byte for byte with its SHA-256.',
    tags,
    access: { permission: 'programs.manage', actors: both, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    body: CreateAgreement,
    bodyExample: agreementExample,
    responses: { 201: { description: 'The agreement', schema: Agreement } },
    handler: async (ctx, { params, body }) => ({
      status: 201,
      body: await createAgreement(ctx, params.programId, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreements/:agreementId',
    operationId: 'getAgreement',
    summary: 'Get an agreement and its versions',
    description: 'The agreement, its current version and the list of versions with their SHA-256.',
    tags,
    access: { permission: 'programs.read', actors: both, workspace: true },
    rateLimit: null,
    params: AgreementParams,
    responses: { 200: { description: 'The agreement', schema: Agreement } },
    handler: async (ctx, { params }) => ({ body: await getAgreement(ctx, params.agreementId) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/agreements/:agreementId/versions',
    operationId: 'publishAgreementVersion',
    summary: 'Publish a new version of an agreement',
    description:
      'Changed text becomes the next version (201); text identical to the current version publishes nothing (200). Versions are never edited or deleted: signatures of earlier versions stay valid for what was signed.',
    tags,
    access: { permission: 'programs.manage', actors: both, workspace: true },
    rateLimit: null,
    params: AgreementParams,
    body: PublishAgreementVersion,
    bodyExample: { body: `${agreementExample.body}3. Disputes are settled in Munich.\n` },
    responses: {
      200: { description: 'Unchanged: the current version', schema: AgreementVersion },
      201: { description: 'The new version', schema: AgreementVersion },
    },
    handler: async (ctx, { params, body }) => {
      const { created, version } = await publishVersion(ctx, params.agreementId, body);
      return { status: created ? 201 : 200, body: version };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreement-versions/:agreementVersionId',
    operationId: 'getAgreementVersion',
    summary: 'Get the exact text of an agreement version',
    description: 'The text and the SHA-256 of its UTF-8 bytes.',
    tags,
    access: { permission: 'programs.read', actors: both, workspace: true },
    rateLimit: null,
    params: AgreementVersionParams,
    responses: { 200: { description: 'The version', schema: AgreementVersion } },
    handler: async (ctx, { params }) => ({ body: await getVersion(ctx, params.agreementVersionId) }),
  }),

  // --- Templates -----------------------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:programId/onboarding-templates',
    operationId: 'listOnboardingTemplates',
    summary: 'List a program’s onboarding templates',
    description: 'One per partner type at most, plus the program default (partnerType null).',
    tags,
    access: { permission: 'programs.read', actors: both, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    responses: { 200: { description: 'The templates', schema: OnboardingTemplateList } },
    handler: async (ctx, { params }) => ({ body: { data: await listTemplates(ctx, params.programId) } }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs/:programId/onboarding-templates',
    operationId: 'createOnboardingTemplate',
    summary: 'Create an onboarding template',
    description:
      'Tasks a partner of this program (and type) gets when it enters onboarding. 409 if the program already has one for the type.',
    tags,
    access: { permission: 'programs.manage', actors: both, workspace: true },
    rateLimit: null,
    params: ProgramParams,
    body: TemplateInput,
    bodyExample: {
      partnerType: 'msp',
      name: 'MSP onboarding',
      reminderDays: [3, 7, 14],
      tasks: [
        { ...taskExample, kind: 'tax', title: 'Tax details', config: {} },
        { ...taskExample, kind: 'bank', title: 'Bank details', config: {} },
        taskExample,
      ],
    },
    responses: { 201: { description: 'The template', schema: OnboardingTemplate } },
    handler: async (ctx, { params, body }) => ({
      status: 201,
      body: await createTemplate(ctx, params.programId, body),
    }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/onboarding-templates/:onboardingTemplateId',
    operationId: 'replaceOnboardingTemplate',
    summary: 'Replace an onboarding template',
    description: 'Applies to checklists started from now on; running checklists keep their tasks.',
    tags,
    access: { permission: 'programs.manage', actors: both, workspace: true },
    rateLimit: null,
    params: TemplateParams,
    body: TemplateInput,
    bodyExample: {
      partnerType: null,
      name: 'Default onboarding',
      reminderDays: [5, 10],
      tasks: [taskExample],
    },
    responses: { 200: { description: 'The template', schema: OnboardingTemplate } },
    handler: async (ctx, { params, body }) => ({
      body: await replaceTemplate(ctx, params.onboardingTemplateId, body),
    }),
  }),

  // --- A partner's onboarding -----------------------------------------------------------------
  defineRoute({
    method: 'GET',
    url: base,
    operationId: 'getPartnerOnboarding',
    summary: 'Get a partner’s onboarding checklist and milestones',
    description:
      'The current checklist (open, else the last completed) with its tasks, and time to productivity: applied, activated, first deal registered, first deal won, and the days between.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The onboarding', schema: Onboarding } },
    handler: async (ctx, { params }) => ({ body: await getOnboarding(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/start`,
    operationId: 'startPartnerOnboarding',
    summary: 'Start the checklist of a partner in onboarding',
    description:
      'Checklists start by themselves when a partner enters onboarding; this starts one for a partner that is in onboarding without one. Returns the onboarding.',
    tags,
    access: { permission: 'onboarding.manage', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The onboarding', schema: Onboarding } },
    handler: async (ctx, { params }) => ({ body: await startForPartner(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/tasks/:onboardingTaskId/agreement`,
    operationId: 'getOnboardingTaskAgreement',
    summary: 'Read the agreement an agreement task asks to sign',
    description: 'The current version’s exact text and its SHA-256: sign by sending that hash back.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: TaskParams,
    responses: { 200: { description: 'The version to sign', schema: TaskAgreement } },
    handler: async (ctx, { params }) => ({
      body: await getTaskAgreement(ctx, params.partnerId, params.onboardingTaskId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/tasks/:onboardingTaskId/signature`,
    operationId: 'signOnboardingAgreement',
    summary: 'Sign the agreement of an agreement task',
    description:
      'A user of the partner signs the version they read: its id, its SHA-256, their name and consent. Records who, when, from which IP and user agent, renders the certificate PDF and completes the task.',
    tags,
    access: { permission: 'onboarding.complete', actors: ['user'], workspace: true },
    rateLimit: { by: 'principal', perMinute: 30 },
    params: TaskParams,
    body: SignInput,
    bodyExample: {
      agreementVersionId: 'agv_01jq3v3z8xf5sbk9m2n7r4t6wd',
      sha256: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a',
      signerName: 'Hanako Yamada',
      consent: true,
    },
    responses: { 201: { description: 'The signature', schema: Signature } },
    handler: async (ctx, { params, body, request, headers }) => {
      const ua = headers['user-agent'];
      const signature = await signAgreement(ctx, params.partnerId, params.onboardingTaskId, body, {
        ip: request.ip ?? null,
        userAgent: typeof ua === 'string' ? ua.slice(0, 1000) : null,
      });
      return { status: 201, body: signature, headers: { location: signature.certificateUrl } };
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/signatures`,
    operationId: 'listOnboardingSignatures',
    summary: 'List a partner’s agreement signatures',
    description: 'Every signature, newest first, each for the exact version signed.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The signatures', schema: SignatureList } },
    handler: async (ctx, { params }) => ({ body: { data: await listSignatures(ctx, params.partnerId) } }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/signatures/:signatureId/certificate.pdf`,
    operationId: 'getSignatureCertificate',
    summary: 'Download a signature certificate (PDF)',
    description:
      'The certificate rendered at signing, unchanged; the signed text is attached inside the PDF.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: SignatureParams,
    responses: { 200: { description: 'application/pdf' } },
    handler: async (ctx, { params }) => {
      const { bytes, filename } = await signatureCertificate(ctx, params.partnerId, params.signatureId);
      return download(bytes, 'application/pdf', filename);
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/signatures/:signatureId/verification`,
    operationId: 'verifyOnboardingSignature',
    summary: 'Verify a signature against the signed text',
    description:
      'Recomputes the SHA-256 of the signed version’s stored text and of the stored certificate and compares them with what was recorded at signing.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: SignatureParams,
    responses: { 200: { description: 'The verification', schema: SignatureVerification } },
    handler: async (ctx, { params }) => ({
      body: await verifySignature(ctx, params.partnerId, params.signatureId),
    }),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/tax`,
    operationId: 'putOnboardingTax',
    summary: 'Give tax details',
    description:
      'W-9 (US persons), W-8BEN-E (entities outside the US) or a country tax number, validated for its format and check digits. The number is encrypted at rest and only ever returned masked. Completes the tax task.',
    tags,
    access: { permission: 'onboarding.complete', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: TaxInput,
    bodyExample: {
      form: 'tax_id',
      country: 'DE',
      scheme: 'vat',
      taxId: 'DE136695976',
      legalName: 'Nordlicht Systems GmbH',
    },
    responses: { 200: { description: 'The tax details, masked', schema: TaxDetails } },
    handler: async (ctx, { params, body }) => ({ body: await putTax(ctx, params.partnerId, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/tax`,
    operationId: 'getOnboardingTax',
    summary: 'Get tax details (masked)',
    description: 'The tax form as given, with the number masked.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The tax details, masked', schema: TaxDetails } },
    handler: async (ctx, { params }) => ({ body: await getTax(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/bank`,
    operationId: 'putOnboardingBank',
    summary: 'Give bank details',
    description:
      'An IBAN (validated, with optional BIC) or an account number with its routing number. Encrypted at rest (AES-256-GCM), masked in every response, never logged. Completes the bank task.',
    tags,
    access: { permission: 'onboarding.complete', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    body: BankInput,
    bodyExample: {
      kind: 'iban',
      holderName: 'Nordlicht Systems GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
    },
    responses: { 200: { description: 'The bank details, masked', schema: BankDetails } },
    handler: async (ctx, { params, body }) => ({ body: await putBank(ctx, params.partnerId, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/bank`,
    operationId: 'getOnboardingBank',
    summary: 'Get bank details (masked)',
    description: 'Masked values only; the full numbers never leave the server.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: PartnerParams,
    responses: { 200: { description: 'The bank details, masked', schema: BankDetails } },
    handler: async (ctx, { params }) => ({ body: await getBank(ctx, params.partnerId) }),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/tasks/:onboardingTaskId/document`,
    operationId: 'uploadOnboardingDocument',
    summary: 'Upload the document of a document task',
    description:
      'Send the file as the raw body with `Content-Type: application/pdf`, `image/png` or `image/jpeg`. The content is checked (magic bytes), not only the header; type and size limits are the task’s (default 10 MB). Completes the task.',
    tags,
    access: { permission: 'onboarding.complete', actors: both, workspace: true },
    rateLimit: { by: 'principal', perMinute: 60 },
    params: TaskParams,
    responses: { 201: { description: 'The stored document', schema: DocumentInfo } },
    handler: async (ctx, { params, request, headers }) => ({
      status: 201,
      body: await uploadDocument(
        ctx,
        params.partnerId,
        params.onboardingTaskId,
        request.body,
        headers['content-type'],
      ),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/documents/:documentId`,
    operationId: 'downloadOnboardingDocument',
    summary: 'Download an uploaded document',
    description: 'The file as uploaded, with its content type.',
    tags,
    access: { permission: 'onboarding.read', actors: both, workspace: true },
    rateLimit: null,
    params: DocumentParams,
    responses: { 200: { description: 'The file' } },
    handler: async (ctx, { params }) => {
      const d = await downloadDocument(ctx, params.partnerId, params.documentId);
      return download(d.bytes, d.contentType, d.filename);
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/tasks/:onboardingTaskId/complete`,
    operationId: 'completeOnboardingTask',
    summary: 'Complete a custom task',
    description:
      'For custom tasks only; the other kinds complete by doing them (sign, give details, upload, course).',
    tags,
    access: { permission: 'onboarding.complete', actors: both, workspace: true },
    rateLimit: null,
    params: TaskParams,
    responses: { 200: { description: 'The task', schema: OnboardingTask } },
    handler: async (ctx, { params }) => ({
      body: await completeCustomTask(ctx, params.partnerId, params.onboardingTaskId),
    }),
  }),
  ...(
    [
      [
        'waive',
        'waived',
        'Waive a task',
        'The task no longer blocks activation; the reason is recorded and shown.',
      ],
      ['reopen', 'todo', 'Reopen a task', 'Back to todo, with the reason (not on a completed checklist).'],
      [
        'mark-done',
        'done',
        'Mark a task done',
        'For tasks done outside Symbio (e.g. a course before the enablement module reports it), with the reason.',
      ],
    ] as const
  ).map(([path, status, summary, description]) =>
    defineRoute({
      method: 'POST',
      url: `${base}/tasks/:onboardingTaskId/${path}`,
      operationId: `${path.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}OnboardingTask`,
      summary,
      description,
      tags,
      access: { permission: 'onboarding.manage', actors: both, workspace: true },
      rateLimit: null,
      params: TaskParams,
      body: ReasonInput,
      bodyExample: { reason: 'Collected on paper at the partner summit.' },
      responses: { 200: { description: 'The task', schema: OnboardingTask } },
      handler: async (ctx, { params, body }) => ({
        body: await staffSetStatus(ctx, params.partnerId, params.onboardingTaskId, status, body.reason),
      }),
    }),
  ),
  defineRoute({
    method: 'POST',
    url: `${base}/reminders`,
    operationId: 'sendOnboardingReminder',
    summary: 'Send an onboarding reminder now',
    description:
      'E-mails the partner’s admins the list of open required tasks (besides the scheduled reminders).',
    tags,
    access: { permission: 'onboarding.manage', actors: both, workspace: true },
    rateLimit: { by: 'principal', perMinute: 10 },
    params: PartnerParams,
    responses: { 200: { description: 'Who was reminded of how many tasks', schema: ReminderResult } },
    handler: async (ctx, { params }) => ({ body: await sendReminderNow(ctx, params.partnerId) }),
  }),
];
