import { sql } from 'drizzle-orm';
import { char, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, partnerPolicy, publicId, ts, updatedAt, version } from '../../platform/db/columns.js';
import type { ApplicationFacts, VettingReason } from '../vetting/index.js';

export const applicationStatuses = [
  /** Stored, but the e-mail address is not confirmed yet: it does not count. */
  'pending_verification',
  /** Verified and vetted; waiting for a reviewer (the manual review queue). */
  'submitted',
  /** A reviewer asked the applicant for more information. */
  'info_requested',
  'approved',
  'rejected',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** One step in an application's history, shown to staff on the detail page. */
export type ApplicationEvent = {
  at: string;
  by: string;
  action: 'verified' | 'vetted' | 'approve' | 'reject' | 'request_info' | 'responded';
  decision?: string;
  reason?: string;
  message?: string;
};

/**
 * A partner application made through a program's public form. Until the applicant confirms the
 * e-mail address the row has no partner (it is vendor-only under row-level security); the
 * verification creates the applicant organisation and sets `partner_id`, after which the
 * partner's own users may read it (partner wall).
 */
export const applications = pgTable(
  'applications',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('application')('id').notNull(),
    programId: publicId('program')('program_id').notNull(),
    /** Null until the e-mail is verified and the organisation exists. */
    partnerId: publicId('partner')('partner_id'),
    /** The applicant's admin user, once verified (an existing account is attached, never changed). */
    userId: publicId('user')('user_id'),
    status: text('status').$type<ApplicationStatus>().notNull().default('pending_verification'),
    /** What the applicant answered, as vetting reads it. */
    facts: jsonb('facts').$type<ApplicationFacts>().notNull(),
    // Copies of facts for filtering, searching and sorting the queue.
    companyName: text('company_name').notNull(),
    country: char('country', { length: 2 }).notNull(),
    email: text('email').notNull(),
    contactName: text('contact_name').notNull(),
    locale: text('locale').notNull().default('en'),
    /**
     * argon2 hash of the password chosen on the form, kept only until verification (then used for
     * a new account, or discarded when the e-mail already has one) and cleared.
     */
    passwordHash: text('password_hash'),
    /** SHA-256 of the one-time verification token; the token itself is only in the e-mail. */
    verificationTokenHash: text('verification_token_hash'),
    verificationExpiresAt: ts('verification_expires_at'),
    verifiedAt: ts('verified_at'),
    /** The latest automated vetting decision (approve / reject / manual_review) and every reason. */
    decision: text('decision'),
    reasons: jsonb('reasons').$type<VettingReason[]>().notNull().default(sql`'[]'::jsonb`),
    /** What the applicant is told (never a screening or duplicate finding). */
    applicantReason: text('applicant_reason'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: ts('reviewed_at'),
    decidedAt: ts('decided_at'),
    history: jsonb('history').$type<ApplicationEvent[]>().notNull().default(sql`'[]'::jsonb`),
    ip: text('ip'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('applications_verification_token_key').on(t.verificationTokenHash),
    index('applications_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('applications_workspace_status_idx').on(t.workspaceId, t.status, t.createdAt, t.id),
    index('applications_workspace_company_idx').on(t.workspaceId, t.companyName, t.id),
    index('applications_workspace_partner_idx').on(t.workspaceId, t.partnerId),
    // The purge of never-confirmed applications (purge.ts) finds them without a scan.
    index('applications_unverified_expiry_idx')
      .on(t.verificationExpiresAt)
      .where(sql`status = 'pending_verification'`),
    partnerPolicy('applications'),
  ],
);
