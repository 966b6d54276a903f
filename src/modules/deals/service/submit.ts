import type { Ctx } from '../../../platform/access/context.js';
import { AppError } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { recordTouchpoint } from '../../cosell/touchpoints.js';
import { markDealMilestone } from '../../partners/index.js';
import { getPartnerBenefits } from '../../tiers/index.js';
import { type ConflictCheck, lockAndCheck } from '../conflicts/check.js';
import { prepareName } from '../conflicts/score.js';
import { mailPartner } from '../notify.js';
import { rulesForProgram } from '../program-rules.js';
import { canonicalJson, sha256Hex } from '../receipt.js';
import type { DealRules } from '../rules.js';
import { dealConflicts, type deals } from '../tables.js';
import { addActivity, assertMove, type DealRow, moveDeal, type NewDeal, recordMove } from '../transition.js';
import { getDealRow, viewDeal } from './read.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** What a submission reads of the registration (a row, or one about to be inserted). */
type Submittable = Pick<
  DealRow,
  | 'id'
  | 'partnerId'
  | 'title'
  | 'customerName'
  | 'customerWebsite'
  | 'customerCountry'
  | 'customerAddress'
  | 'customerDomain'
  | 'contact'
  | 'lineItems'
  | 'productLineIds'
  | 'amountMinor'
  | 'currency'
  | 'expectedCloseDate'
  | 'notes'
>;

/** What the receipt hashes: the registration as the partner submitted it. */
export function registrationContent(row: Submittable) {
  return {
    dealId: row.id,
    partnerId: row.partnerId,
    title: row.title,
    customer: {
      name: row.customerName,
      website: row.customerWebsite,
      country: row.customerCountry,
      address: row.customerAddress,
    },
    contact: row.contact,
    lineItems: row.lineItems,
    amountMinor: row.amountMinor,
    currency: row.currency,
    expectedCloseDate: row.expectedCloseDate,
    notes: row.notes,
  };
}

/** Low risk = no conflict at all, an allowed tier, an amount under the limit (same currency). */
async function autoApproval(
  ctx: Ctx,
  row: DealRow,
  rules: DealRules,
  check: ConflictCheck,
): Promise<string | null> {
  const a = rules.autoApproval;
  if (!a.enabled || check.level !== 'none') return null;
  if (a.maxAmountMinor !== null && (row.currency !== a.currency || row.amountMinor > a.maxAmountMinor))
    return null;
  let tierNote = '';
  if (a.tierIds.length > 0) {
    const { tier } = await getPartnerBenefits(ctx, row.partnerId);
    if (!tier || !a.tierIds.includes(tier.id)) return null;
    tierNote = `, tier ${tier.name} qualifies`;
  }
  const amountNote =
    a.maxAmountMinor === null
      ? ''
      : `, amount ${row.amountMinor / 100} ${row.currency} within the ${a.maxAmountMinor / 100} ${a.currency} limit`;
  return `Auto-approved: no conflicting registration${amountNote}${tierNote}.`;
}

/**
 * Submits a draft (or a registration returned for information). Under the customer's advisory
 * locks it takes the next submission number, runs the conflict check against every partner's
 * active registrations and the vendor's open pipeline, records the candidates with their
 * evidence (vendor-only rows), and then:
 *  - a conflict → waits for review, pointing at the earliest registration (or the vendor
 *    opportunity, with vendor-pipeline precedence); the partner is told only that a conflict exists;
 *  - no conflict and the program's auto-approval rules hold → approved at once, protected;
 *  - otherwise → waits for review with the SLA timer running.
 */
export async function submitDeal(ctx: Ctx, dealId: string) {
  const row = await getDealRow(ctx, dealId, true);
  if (ctx.partnerId && row.partnerId !== ctx.partnerId) throw new AppError('not_found', 'No such deal.');
  return submitRow(ctx, row, { rules: await rulesForProgram(ctx, row.programId) });
}

type Known = { rules: DealRules; partnerName?: string; firstDealRegistered?: boolean };

/** A submission assessed: its number, the conflict check and the row's new fields. */
type Assessment = {
  now: Date;
  check: ConflictCheck;
  patch: Partial<typeof deals.$inferInsert>;
  data: Record<string, unknown>;
  event: Record<string, unknown>;
};

function assertSubmittable(row: Pick<DealRow, 'state'>) {
  if (row.state !== 'draft' && row.state !== 'returned') {
    throw new AppError('invalid_transition', `A ${row.state} registration cannot be submitted again.`, {
      from: row.state,
      to: 'submitted',
      allowed: [],
    });
  }
}

/**
 * The first half of a submission: under the customer's locks, the number and the conflict
 * check (one round trip), then the fields the submitted row gets. `row` may be a registration
 * not written yet (created and submitted in one request).
 */
async function assess(ctx: Ctx, row: Submittable, rules: DealRules, existing: boolean): Promise<Assessment> {
  const subject = {
    customerName: row.customerName,
    domain: row.customerDomain,
    country: row.customerCountry,
    productLineIds: row.productLineIds,
    expectedCloseDate: row.expectedCloseDate,
    prepared: prepareName(row.customerName),
  };
  const { submissionSeq, check } = await lockAndCheck(ctx, subject, rules, existing ? row.id : null);
  const now = ctx.clock.now();
  const submittedContent = { ...registrationContent(row), submittedAt: now.toISOString(), submissionSeq };
  const assignee = rules.review.approverUserIds[0] ?? null;
  const primary = check.primary;
  return {
    now,
    check,
    patch: {
      submittedAt: now,
      submissionSeq,
      contentSha256: sha256Hex(canonicalJson(submittedContent)),
      submittedContent,
      conflictLevel: check.level,
      conflictStatus: check.level === 'none' ? 'none' : 'open',
      conflictScore: check.candidates[0]?.score ?? null,
      conflictWithDealId: primary?.kind === 'deal' ? primary.uuid : null,
      conflictWithOpportunityId: primary?.kind === 'vendor_opportunity' ? primary.uuid : null,
      reviewDueAt: new Date(now.getTime() + rules.review.slaHours * HOUR_MS),
      remindedAt: null,
      escalationLevel: 0,
      assigneeUserId: assignee?.startsWith('usr_') ? assignee : null,
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
    },
    data: { submissionSeq, conflictLevel: check.level },
    event: { conflictLevel: check.level, submissionSeq },
  };
}

/** The move's options for draft/returned → submitted (the partner's mail comes with the outcome). */
const submitMove = (a: Assessment) => ({
  reason: null,
  silent: true,
  patch: a.patch,
  data: a.data,
  event: a.event,
  deferActivity: true,
});

/**
 * Submits a registration row already read (and locked) in this transaction. What the caller
 * knows already saves round trips: the program's rules, the partner's name (for the view) and
 * whether its first-registration milestone is set.
 */
export async function submitRow(ctx: Ctx, row: DealRow, known: Known) {
  assertSubmittable(row);
  const a = await assess(ctx, row, known.rules, true);
  const submitted = await moveDeal(ctx, row, 'submitted', submitMove(a));
  return afterSubmit(ctx, submitted, a, known);
}

/**
 * Creates and submits in one: the registration is assessed before it is written and inserted
 * in its submitted state (one write, not an insert and an update); its timeline, audit and
 * events are those of a draft created and then submitted.
 */
export async function insertSubmitted(
  ctx: Ctx,
  draft: NewDeal & Submittable,
  known: Known,
  insert: (values: NewDeal) => Promise<DealRow>,
) {
  assertMove('draft', 'submitted');
  const a = await assess(ctx, draft, known.rules, false);
  const row = await insert({ ...draft, ...a.patch, state: 'submitted' });
  await recordMove(ctx, row, 'draft', 'submitted', submitMove(a));
  return afterSubmit(ctx, row, a, known);
}

/** The second half: evidence, milestone, touchpoint, the partner's notice, auto-approval, view. */
async function afterSubmit(ctx: Ctx, submitted: DealRow, a: Assessment, known: Known) {
  const { now, check } = a;
  const ws = ctx.requireWorkspace();
  if (check.candidates.length > 0) {
    // Evidence rows nobody reads in this transaction: written with the COMMIT.
    ctx.deferInsert(
      dealConflicts,
      check.candidates.slice(0, 20).map((c) => ({
        workspaceId: ws,
        id: newId('dealConflict'),
        dealId: submitted.id,
        candidateKind: c.kind,
        candidateDealId: c.kind === 'deal' ? c.uuid : null,
        candidateOpportunityId: c.kind === 'vendor_opportunity' ? c.uuid : null,
        candidatePartnerId: c.partnerUuid,
        score: c.score,
        level: c.level,
        evidence: c.evidence,
        isPrimary: c === check.primary,
        createdAt: now,
      })),
    );
  }
  if (!known.firstDealRegistered)
    await markDealMilestone(ctx, submitted.partnerId, 'first_deal_registered', now);
  // The registration is the partner's first touch on this opportunity (attribution's raw material).
  await recordTouchpoint(
    ctx,
    {
      partnerId: submitted.partnerId,
      dealId: submitted.id,
      kind: 'registration',
      occurredAt: now,
      source: 'system',
      note: submitted.onBehalf ? 'Registered by vendor staff on the partner’s behalf.' : '',
    },
    { defer: true },
  );

  if (check.level !== 'none') {
    const reason =
      check.level === 'conflict'
        ? 'Another registration of this customer exists. A channel manager will decide; you will be told the outcome.'
        : 'This registration resembles another one; a channel manager will check it.';
    await addActivity(
      ctx,
      submitted,
      { kind: 'conflict', body: reason, data: { level: check.level } },
      { defer: true },
    );
    // The evidence and which registration it matches are in deal_conflicts (vendor-only rows).
    ctx.audit({
      action: 'deal.conflict_detected',
      objectType: 'deal',
      objectId: submitted.id,
      partnerId: submitted.partnerId,
      // Partners are notified with this payload: the level only, nothing about the other side.
      after: { id: submitted.id, partnerId: submitted.partnerId, conflictLevel: check.level },
    });
    if (check.level === 'conflict') await mailPartner(ctx, submitted, 'conflict', reason);
    return viewDeal(ctx, submitted, known.partnerName);
  }

  let result = submitted;
  const auto = await autoApproval(ctx, submitted, known.rules, check);
  if (auto) {
    result = await moveDeal(ctx, submitted, 'approved', {
      reason: auto,
      patch: {
        approvedAt: now,
        protectionEndsAt: new Date(now.getTime() + known.rules.protectionDays * DAY_MS),
        decidedAt: now,
        decidedBy: 'system:auto-approval',
        decisionReason: auto,
        reviewDueAt: null,
      },
      data: { automatic: true },
      deferActivity: true,
    });
  }
  return viewDeal(ctx, result, known.partnerName);
}

/** The receipt's claims for a submitted registration (null before submission). */
export function receiptClaims(row: DealRow) {
  if (!row.submittedAt || row.submissionSeq === null || !row.contentSha256) return null;
  return {
    dealId: row.id,
    partnerId: row.partnerId,
    submittedAt: row.submittedAt.toISOString(),
    submissionSeq: row.submissionSeq,
    contentSha256: row.contentSha256,
  };
}
