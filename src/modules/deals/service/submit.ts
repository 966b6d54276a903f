import type { Ctx } from '../../../platform/access/context.js';
import { AppError } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { recordTouchpoint } from '../../cosell/touchpoints.js';
import { markDealMilestone } from '../../partners/index.js';
import { getPartnerBenefits } from '../../tiers/index.js';
import { type ConflictCheck, checkConflicts, lockCustomerKeys } from '../conflicts/check.js';
import { prepareName } from '../conflicts/score.js';
import { mailPartner } from '../notify.js';
import { rulesForProgram } from '../program-rules.js';
import { canonicalJson, sha256Hex } from '../receipt.js';
import type { DealRules } from '../rules.js';
import { dealConflicts } from '../tables.js';
import { addActivity, type DealRow, moveDeal } from '../transition.js';
import { getDealRow, viewDeal } from './read.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** What the receipt hashes: the registration as the partner submitted it. */
export function registrationContent(row: DealRow) {
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

/**
 * Submits a registration row already read (and locked, or just inserted) in this transaction.
 * What the caller knows already saves round trips: the program's rules, the partner's name
 * (for the view) and whether its first-registration milestone is set.
 */
export async function submitRow(
  ctx: Ctx,
  row: DealRow,
  known: { rules: DealRules; partnerName?: string; firstDealRegistered?: boolean },
) {
  if (row.state !== 'draft' && row.state !== 'returned') {
    throw new AppError('invalid_transition', `A ${row.state} registration cannot be submitted again.`, {
      from: row.state,
      to: 'submitted',
      allowed: [],
    });
  }
  const { rules } = known;
  const subject = {
    customerName: row.customerName,
    domain: row.customerDomain,
    country: row.customerCountry,
    productLineIds: row.productLineIds,
    expectedCloseDate: row.expectedCloseDate,
    prepared: prepareName(row.customerName),
  };
  // The submission number is taken once the customer's locks are held: the order of "first".
  const submissionSeq = await lockCustomerKeys(ctx, subject);
  const now = ctx.clock.now();
  const check = await checkConflicts(ctx, subject, rules, row.id);
  const submittedAt = now.toISOString();
  const submittedContent = { ...registrationContent(row), submittedAt, submissionSeq };
  const contentSha256 = sha256Hex(canonicalJson(submittedContent));

  const ws = ctx.requireWorkspace();
  if (check.candidates.length > 0) {
    await ctx.db.insert(dealConflicts).values(
      check.candidates.slice(0, 20).map((c) => ({
        workspaceId: ws,
        id: newId('dealConflict'),
        dealId: row.id,
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
  const slaHours = rules.review.slaHours;
  const assignee = rules.review.approverUserIds[0] ?? null;
  const primary = check.primary;
  let submitted = await moveDeal(ctx, row, 'submitted', {
    reason: null,
    silent: true,
    patch: {
      submittedAt: now,
      submissionSeq,
      contentSha256,
      submittedContent,
      conflictLevel: check.level,
      conflictStatus: check.level === 'none' ? 'none' : 'open',
      conflictScore: check.candidates[0]?.score ?? null,
      conflictWithDealId: primary?.kind === 'deal' ? primary.uuid : null,
      conflictWithOpportunityId: primary?.kind === 'vendor_opportunity' ? primary.uuid : null,
      reviewDueAt: new Date(now.getTime() + slaHours * HOUR_MS),
      remindedAt: null,
      escalationLevel: 0,
      assigneeUserId: assignee?.startsWith('usr_') ? assignee : null,
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
    },
    data: { submissionSeq, conflictLevel: check.level },
    event: { conflictLevel: check.level, submissionSeq },
  });
  if (!known.firstDealRegistered) await markDealMilestone(ctx, row.partnerId, 'first_deal_registered', now);
  // The registration is the partner's first touch on this opportunity (attribution's raw material).
  await recordTouchpoint(ctx, {
    partnerId: row.partnerId,
    dealId: row.id,
    kind: 'registration',
    occurredAt: now,
    source: 'system',
    note: row.onBehalf ? 'Registered by vendor staff on the partner’s behalf.' : '',
  });

  if (check.level !== 'none') {
    const reason =
      check.level === 'conflict'
        ? 'Another registration of this customer exists. A channel manager will decide; you will be told the outcome.'
        : 'This registration resembles another one; a channel manager will check it.';
    await addActivity(ctx, submitted, { kind: 'conflict', body: reason, data: { level: check.level } });
    // The evidence and which registration it matches are in deal_conflicts (vendor-only rows).
    ctx.audit({
      action: 'deal.conflict_detected',
      objectType: 'deal',
      objectId: row.id,
      partnerId: row.partnerId,
      // Partners are notified with this payload: the level only, nothing about the other side.
      after: { id: row.id, partnerId: row.partnerId, conflictLevel: check.level },
    });
    if (check.level === 'conflict') await mailPartner(ctx, submitted, 'conflict', reason);
    return viewDeal(ctx, submitted, known.partnerName);
  }

  const auto = await autoApproval(ctx, submitted, rules, check);
  if (auto) {
    submitted = await moveDeal(ctx, submitted, 'approved', {
      reason: auto,
      patch: {
        approvedAt: now,
        protectionEndsAt: new Date(now.getTime() + rules.protectionDays * DAY_MS),
        decidedAt: now,
        decidedBy: 'system:auto-approval',
        decisionReason: auto,
        reviewDueAt: null,
      },
      data: { automatic: true },
    });
  }
  return viewDeal(ctx, submitted, known.partnerName);
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
