import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  appRole,
  createdAt,
  dealSidePolicy,
  partnerPolicy,
  publicId,
  ts,
  updatedAt,
  vendorOnlyPolicy,
  vendorReadWritePartnerInsertPolicies,
  version,
} from '../../platform/db/columns.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Order of submission across the workspace: taken under the conflict lock, so "who registered
 * first" is a total order even when two submissions share a clock tick.
 */
export const dealSubmissionSeq = pgSequence('deal_submission_seq');

/**
 * A deal registration and, once approved, the shared opportunity vendor and partner reps work
 * on. It belongs to the registering partner (`partner_id`); other partners reach it only as
 * participants of a multi-partner deal (deal_participants), and then see the shared fields only.
 */
export const deals = pgTable(
  'deals',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('deal')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    /** The partner's program when it registered: its rules of engagement apply. */
    programId: publicId('program')('program_id'),
    /** draft | submitted | under_review | returned | approved | rejected | merged | won | lost | expired */
    state: text('state').notNull().default('draft'),
    /** Sales stage while the opportunity is worked (prospecting … commit). */
    stage: text('stage').notNull().default('prospecting'),
    title: text('title').notNull(),
    customerName: text('customer_name').notNull(),
    /** normalizeCompanyName(customerName).core */
    customerNameNorm: text('customer_name_norm').notNull(),
    /** normalizeCompanyName(customerName).sorted */
    customerNameKey: text('customer_name_key').notNull(),
    /** distinctiveName(): the words it is indexed under in deal_match_terms ('' when every word is common). */
    customerNameRare: text('customer_name_rare').notNull().default(''),
    customerWebsite: text('customer_website'),
    /** Registrable domain (tldts): www.eu.acme.co.uk → acme.co.uk. */
    customerDomain: text('customer_domain'),
    customerCountry: text('customer_country'),
    /** { line1, line2, city, region, postalCode } */
    customerAddress: jsonb('customer_address').notNull().default(sql`'{}'::jsonb`),
    /** { name, email, phone, title } */
    contact: jsonb('contact').notNull().default(sql`'{}'::jsonb`),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull(),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    /** [{ productId, productLineId, quantity, unitPriceMinor }] */
    lineItems: jsonb('line_items').notNull().default(sql`'[]'::jsonb`),
    productLineIds: uuid('product_line_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The user who entered it; `onBehalf` when vendor staff registered for the partner. */
    registeredBy: text('registered_by').notNull(),
    onBehalf: boolean('on_behalf').notNull().default(false),
    submittedAt: ts('submitted_at'),
    submissionSeq: bigint('submission_seq', { mode: 'number' }),
    /** SHA-256 of the registration's canonical content at submission (the partner's receipt). */
    contentSha256: text('content_sha256'),
    /** The registration as submitted (canonical JSON hashed into contentSha256), kept for the receipt. */
    submittedContent: jsonb('submitted_content'),
    /** none | possible | conflict */
    conflictLevel: text('conflict_level').notNull().default('none'),
    /** none | open | resolved */
    conflictStatus: text('conflict_status').notNull().default('none'),
    conflictScore: doublePrecision('conflict_score'),
    /** The earlier registration this one conflicts with (never shown to the partner). */
    conflictWithDealId: uuid('conflict_with_deal_id'),
    conflictWithOpportunityId: uuid('conflict_with_opportunity_id'),
    /** SLA: when the review is due, reminders sent, and how far it was escalated. */
    reviewDueAt: ts('review_due_at'),
    remindedAt: ts('reminded_at'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    assigneeUserId: publicId('user')('assignee_user_id'),
    decidedAt: ts('decided_at'),
    decidedBy: text('decided_by'),
    decisionReason: text('decision_reason'),
    approvedAt: ts('approved_at'),
    protectionEndsAt: ts('protection_ends_at'),
    /** Warning offsets (days before expiry) already sent: each goes out once. */
    expiryWarningsSent: integer('expiry_warnings_sent').array().notNull().default(sql`'{}'::int[]`),
    extensionCount: integer('extension_count').notNull().default(0),
    /** The vendor opportunity this deal was attached to when approved against the vendor pipeline. */
    vendorOpportunityId: publicId('vendorOpportunity')('vendor_opportunity_id'),
    mergedIntoDealId: uuid('merged_into_deal_id'),
    closedAt: ts('closed_at'),
    closeReason: text('close_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deals_partner_created_idx').on(t.workspaceId, t.partnerId, t.createdAt, t.id),
    index('deals_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('deals_state_created_idx').on(t.workspaceId, t.state, t.createdAt, t.id),
    uniqueIndex('deals_submission_seq_key').on(t.workspaceId, t.submissionSeq),
    // Conflict candidates: the domain and name-key lookups of the conflict check, active
    // registrations only (the distinctive-word lookup reads deal_match_terms).
    index('deals_domain_idx')
      .on(t.workspaceId, t.customerDomain)
      .where(
        sql`customer_domain is not null and state in ('submitted','under_review','returned','approved')`,
      ),
    index('deals_name_key_idx')
      .on(t.workspaceId, t.customerNameKey)
      .where(sql`state in ('submitted','under_review','returned','approved')`),
    // Scheduled jobs: SLA timers and protection expiry.
    index('deals_review_due_idx').on(t.reviewDueAt).where(sql`state in ('submitted','under_review')`),
    index('deals_protection_idx').on(t.protectionEndsAt).where(sql`state = 'approved'`),
    index('deals_reminder_due_idx')
      .on(t.submittedAt)
      .where(sql`state in ('submitted','under_review') and reminded_at is null`),
    // Partner wall, widened for partners that were added to a multi-partner deal.
    pgPolicy('deals_tenant', {
      for: 'all',
      to: appRole,
      using: sql.raw(dealsVisible),
      withCheck: sql.raw(dealsVisible),
    }),
  ],
);

const dealsVisible = `workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid or exists (select 1 from deal_participants dp where dp.workspace_id = deals.workspace_id and dp.deal_id = deals.id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) end)`;

/**
 * Partners on a deal with their role and share (basis points, 10,000 = 100 %). The registering
 * partner is the first participant (sourced). A partner sees only its own participation row.
 */
export const dealParticipants = pgTable(
  'deal_participants',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('dealParticipant')('id').notNull(),
    dealId: publicId('deal')('deal_id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    /** sourced | influenced | fulfilment | marketplace */
    role: text('role').notNull(),
    shareBps: integer('share_bps').notNull().default(0),
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('deal_participants_deal_partner_role_key').on(t.workspaceId, t.dealId, t.partnerId, t.role),
    index('deal_participants_partner_idx').on(t.workspaceId, t.partnerId, t.dealId),
    partnerPolicy('deal_participants'),
  ],
);

/**
 * The timeline of a deal: state changes with reason, stage and field changes, comments (with
 * @mentions), files, extension requests, conflict outcomes. Who sees a row: `visibility`.
 */
export const dealActivities = pgTable(
  'deal_activities',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('dealActivity')('id').notNull(),
    dealId: publicId('deal')('deal_id').notNull(),
    /** The partner side the row belongs to (null for vendor-internal or shared-with-all rows). */
    partnerId: publicId('partner')('partner_id'),
    /** internal | side | participants */
    visibility: text('visibility').notNull(),
    /** created | submitted | state_changed | stage_changed | updated | comment | file | conflict | extension | participant */
    kind: text('kind').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull().default(''),
    body: text('body').notNull().default(''),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    /** Users @mentioned in a comment (notified in-app). */
    mentions: uuid('mentions').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_activities_deal_idx').on(t.workspaceId, t.dealId, t.createdAt, t.id),
    dealSidePolicy('deal_activities'),
  ],
);

/** Files attached to a registration or shared on the opportunity (same visibility as the timeline). */
export const dealFiles = pgTable(
  'deal_files',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('dealFile')('id').notNull(),
    dealId: publicId('deal')('deal_id').notNull(),
    partnerId: publicId('partner')('partner_id'),
    visibility: text('visibility').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_files_deal_idx').on(t.workspaceId, t.dealId, t.createdAt, t.id),
    dealSidePolicy('deal_files'),
  ],
);

/**
 * A conflict candidate found when a registration was submitted: the earlier registration or
 * vendor opportunity, its score and the evidence. Vendor-internal: the submitting partner writes
 * it (inside its own submit) but can never read it back — it learns only that a conflict exists.
 */
export const dealConflicts = pgTable(
  'deal_conflicts',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('dealConflict')('id').notNull(),
    dealId: publicId('deal')('deal_id').notNull(),
    /** deal | vendor_opportunity */
    candidateKind: text('candidate_kind').notNull(),
    candidateDealId: uuid('candidate_deal_id'),
    candidateOpportunityId: uuid('candidate_opportunity_id'),
    candidatePartnerId: uuid('candidate_partner_id'),
    score: doublePrecision('score').notNull(),
    /** conflict | possible */
    level: text('level').notNull(),
    /** [{ signal, detail, value }] — what produced the score, shown side by side in the queue. */
    evidence: jsonb('evidence').notNull(),
    /** The candidate the deal points at (the earliest registration, or the vendor opportunity). */
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_conflicts_deal_idx').on(t.workspaceId, t.dealId),
    index('deal_conflicts_candidate_idx').on(t.workspaceId, t.candidateDealId),
    ...vendorReadWritePartnerInsertPolicies('deal_conflicts'),
  ],
);

/** Requests to extend an approved registration's protection, decided by a reviewer. */
export const dealExtensions = pgTable(
  'deal_extensions',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('dealExtension')('id').notNull(),
    dealId: publicId('deal')('deal_id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    requestedDays: integer('requested_days').notNull(),
    reason: text('reason').notNull(),
    /** pending | approved | rejected */
    status: text('status').notNull().default('pending'),
    requestedBy: text('requested_by').notNull(),
    requestedAt: ts('requested_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_extensions_deal_idx').on(t.workspaceId, t.dealId, t.requestedAt),
    index('deal_extensions_pending_idx').on(t.workspaceId, t.requestedAt).where(sql`status = 'pending'`),
    partnerPolicy('deal_extensions'),
  ],
);

/**
 * The conflict check's word index (migration 0016): one row per distinctive word of an active
 * registration's or open vendor opportunity's name (and the words run together, "maple star" →
 * "maplestar"), kept by triggers on both tables. The key orders a word's rows by the whole sorted
 * name, so a lookup reads the few rows nearest the probe's name in one index range — however
 * many names share the word. Vendor-internal (written by the triggers as the table owner).
 */
export const dealMatchTerms = pgTable(
  'deal_match_terms',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    term: text('term').notNull(),
    /** The name's normalised, sorted key (deals.customer_name_key). */
    nameKey: text('name_key').notNull(),
    /** The registration's or vendor opportunity's id. */
    refId: uuid('ref_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.term, t.nameKey, t.refId] }),
    vendorOnlyPolicy('deal_match_terms'),
  ],
);

/**
 * Every distinctive word ever indexed in a workspace under itself and each of its one-letter
 * deletions (words of five letters or more: the SymSpell idea), so a misspelt word finds the
 * indexed words within one edit by exact keys ("microsfot" and "microsoft" share "microsft").
 * Only grows; a word nobody uses any more costs one wasted lookup.
 */
export const dealNameVocab = pgTable(
  'deal_name_vocab',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    key: text('key').notNull(),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key, t.word] }), vendorOnlyPolicy('deal_name_vocab')],
);
