import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  createdAt,
  partnerPolicy,
  publicId,
  ts,
  updatedAt,
  version,
  workspacePolicy,
} from '../../platform/db/columns.js';

/** Raw bytes (certificates, uploaded documents): PostgreSQL bytea read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const taskKinds = ['agreement', 'tax', 'bank', 'document', 'course', 'custom'] as const;
export type TaskKind = (typeof taskKinds)[number];
export const taskStatuses = ['todo', 'done', 'waived'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** What a task asks for beyond its kind (per task, copied from the template when instantiated). */
export type TaskConfig = {
  /** document tasks: accepted types (default all three) and size limit (default 10 MB). */
  allowedTypes?: DocumentType[];
  maxBytes?: number;
  /** course tasks: the enablement module's course key that completes the task. */
  courseKey?: string;
};

/** One task of a template, before it becomes a partner's task. */
export type TemplateTask = {
  kind: TaskKind;
  title: string;
  description: string;
  required: boolean;
  agreementId: string | null;
  config: TaskConfig;
};

/** A program's agreement document (e.g. "Partner agreement"); its text lives in versions. */
export const agreements = pgTable(
  'agreements',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('agreement')('id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    title: text('title').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('agreements_program_idx').on(t.workspaceId, t.programId, t.createdAt),
    workspacePolicy('agreements'),
  ],
);

/**
 * Immutable published text of an agreement. Nothing in the application updates or deletes a
 * row: publishing changed text inserts the next version, and signatures point at the version
 * (and carry its SHA-256), so a later version never changes what was signed.
 */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('agreementVersion')('id').notNull(),
    agreementId: publicId('agreement')('agreement_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    title: text('title').notNull(),
    /** The exact text shown to the signer (markdown or plain text), UTF-8. */
    body: text('body').notNull(),
    /** SHA-256 (hex) of the UTF-8 bytes of `body`. */
    sha256: text('sha256').notNull(),
    publishedAt: ts('published_at').notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('agreement_versions_number_key').on(t.workspaceId, t.agreementId, t.versionNumber),
    workspacePolicy('agreement_versions'),
  ],
);

/** Checklist template per program and partner type (null partner type = the program default). */
export const onboardingTemplates = pgTable(
  'onboarding_templates',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('onboardingTemplate')('id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    partnerType: text('partner_type'),
    name: text('name').notNull(),
    tasks: jsonb('tasks').$type<TemplateTask[]>().notNull(),
    /** Days after the checklist started on which open required tasks trigger a reminder. */
    reminderDays: integer('reminder_days').array().notNull().default(sql`'{3,7,14}'::int[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique('onboarding_templates_program_type_key')
      .on(t.workspaceId, t.programId, t.partnerType)
      .nullsNotDistinct(),
    workspacePolicy('onboarding_templates'),
  ],
);

/** A partner's onboarding run: started when it enters `onboarding`, completed when every required task is. */
export const checklists = pgTable(
  'checklists',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('checklist')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    programId: publicId('program')('program_id'),
    templateId: publicId('onboardingTemplate')('template_id'),
    name: text('name').notNull(),
    reminderDays: integer('reminder_days').array().notNull(),
    startedAt: ts('started_at').notNull(),
    completedAt: ts('completed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One open checklist per partner; a partner re-entering onboarding later gets a new one.
    uniqueIndex('checklists_open_partner_key')
      .on(t.workspaceId, t.partnerId)
      .where(sql`completed_at is null`),
    index('checklists_partner_idx').on(t.workspaceId, t.partnerId, t.startedAt),
    // The reminder pass scans open checklists across workspaces.
    index('checklists_open_idx').on(t.startedAt).where(sql`completed_at is null`),
    partnerPolicy('checklists'),
  ],
);

export const onboardingTasks = pgTable(
  'onboarding_tasks',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('onboardingTask')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    checklistId: publicId('checklist')('checklist_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').$type<TaskKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    required: boolean('required').notNull().default(true),
    agreementId: publicId('agreement')('agreement_id'),
    config: jsonb('config').$type<TaskConfig>().notNull().default(sql`'{}'::jsonb`),
    status: text('status').$type<TaskStatus>().notNull().default('todo'),
    statusChangedAt: ts('status_changed_at'),
    statusChangedBy: text('status_changed_by'),
    /** Why staff waived or reopened the task (null for a plain completion). */
    statusReason: text('status_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('onboarding_tasks_checklist_idx').on(t.workspaceId, t.checklistId, t.position),
    index('onboarding_tasks_partner_idx').on(t.workspaceId, t.partnerId),
    partnerPolicy('onboarding_tasks'),
  ],
);

/** An e-signature: who signed which exact text, when and from where, with its certificate PDF. */
export const signatures = pgTable(
  'signatures',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('signature')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    taskId: publicId('onboardingTask')('task_id'),
    agreementId: publicId('agreement')('agreement_id').notNull(),
    agreementVersionId: publicId('agreementVersion')('agreement_version_id').notNull(),
    /** SHA-256 of the signed version's text, as shown to and confirmed by the signer. */
    sha256: text('sha256').notNull(),
    signerName: text('signer_name').notNull(),
    signerEmail: text('signer_email').notNull(),
    userId: publicId('user')('user_id').notNull(),
    signedAt: ts('signed_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    certificate: bytea('certificate').notNull(),
    certificateSha256: text('certificate_sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('signatures_partner_idx').on(t.workspaceId, t.partnerId, t.signedAt),
    partnerPolicy('signatures'),
  ],
);

/**
 * A partner's tax details. The identifying number is sealed (AES-256-GCM, `key_id` names the
 * key); the rest of the form (names, classification, address) is kept readable in `fields`.
 */
export const taxDetails = pgTable(
  'tax_details',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('taxDetail')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    form: text('form').notNull(),
    country: text('country').notNull(),
    /** Which number it is (ssn, ein, vat, abn, gstin…), as validated. */
    scheme: text('scheme').notNull(),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    taxIdSealed: text('tax_id_sealed').notNull(),
    taxIdMasked: text('tax_id_masked').notNull(),
    keyId: text('key_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('tax_details_partner_key').on(t.workspaceId, t.partnerId),
    partnerPolicy('tax_details'),
  ],
);

/** Where the partner is paid. Account numbers are sealed; only masked forms are ever returned. */
export const bankAccounts = pgTable(
  'bank_accounts',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('bankAccount')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    kind: text('kind').notNull(),
    holderName: text('holder_name').notNull(),
    country: text('country').notNull(),
    sealed: text('sealed').notNull(),
    keyId: text('key_id').notNull(),
    masked: jsonb('masked').$type<Record<string, string | null>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('bank_accounts_partner_key').on(t.workspaceId, t.partnerId),
    partnerPolicy('bank_accounts'),
  ],
);

/** An uploaded onboarding document, kept in the database with its hash. */
export const documents = pgTable(
  'documents',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('document')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    taskId: publicId('onboardingTask')('task_id').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('documents_task_idx').on(t.workspaceId, t.taskId, t.uploadedAt),
    partnerPolicy('documents'),
  ],
);

/**
 * Scheduled reminders already sent: the primary key (checklist, day) is what makes each one go
 * out exactly once, however many job runners race for it.
 */
export const onboardingReminders = pgTable(
  'onboarding_reminders',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    checklistId: publicId('checklist')('checklist_id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    dueDay: integer('due_day').notNull(),
    sentAt: ts('sent_at').notNull(),
    recipients: integer('recipients').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.checklistId, t.dueDay] }),
    partnerPolicy('onboarding_reminders'),
  ],
);
