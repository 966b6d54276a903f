import type { VettingDecision, VettingReason } from '../vetting/index.js';
import type { ApplicationStatus } from './tables.js';

/**
 * Rules whose finding the applicant may read. Screening (a denied-party list match) and duplicate
 * findings are for staff only: telling the applicant would reveal the lists and other partners.
 */
const APPLICANT_VISIBLE_RULES = new Set<VettingReason['rule']>([
  'restricted_country',
  'required_fields',
  'email',
]);

/**
 * What to do with an automated vetting decision. A rejection the applicant can be told about is
 * final; one that rests only on staff-only findings goes to a reviewer instead, whose reason (which
 * the applicant then reads) is written by a person rather than leaking what was matched.
 */
export function settle(
  decision: VettingDecision,
  reasons: VettingReason[],
): { status: ApplicationStatus; applicantReason: string | null } {
  if (decision === 'approve') return { status: 'approved', applicantReason: null };
  if (decision === 'reject') {
    const visible = reasons.filter((r) => r.outcome === 'reject' && APPLICANT_VISIBLE_RULES.has(r.rule));
    if (visible.length === reasons.filter((r) => r.outcome === 'reject').length && visible.length > 0) {
      return { status: 'rejected', applicantReason: visible.map((r) => r.message).join(' ') };
    }
  }
  return { status: 'submitted', applicantReason: null };
}

/** The staff-side summary of why vetting decided as it did (for the lifecycle transition reason). */
export const findings = (reasons: VettingReason[], outcome: VettingReason['outcome']) =>
  reasons
    .filter((r) => r.outcome === outcome)
    .map((r) => r.message)
    .join(' ');

/** The status as the applicant sees it. */
export function applicantOutcome(status: ApplicationStatus) {
  switch (status) {
    case 'approved':
      return 'approved' as const;
    case 'rejected':
      return 'rejected' as const;
    case 'info_requested':
      return 'info_requested' as const;
    default:
      return 'in_review' as const;
  }
}
