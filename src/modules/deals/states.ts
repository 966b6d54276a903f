/**
 * The registration's lifecycle. Terminal states keep their history; `returned` goes back to the
 * partner for more information and is resubmitted (conflict check again); `merged` means the
 * registration was folded into another deal of the same customer, its partner added there.
 */
export const dealStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'merged',
  'won',
  'lost',
  'expired',
] as const;
export type DealState = (typeof dealStates)[number];

export const allowedDealTransitions: Record<DealState, readonly DealState[]> = {
  draft: ['submitted'],
  submitted: ['under_review', 'approved', 'rejected', 'returned', 'merged'],
  under_review: ['approved', 'rejected', 'returned', 'merged', 'submitted'],
  returned: ['submitted'],
  // approved → rejected: a manager resolving a conflict in favour of another registration withdraws it.
  approved: ['won', 'lost', 'expired', 'merged', 'rejected'],
  rejected: [],
  merged: [],
  won: [],
  lost: [],
  expired: [],
};

/** States that hold a claim on the customer: conflict detection compares against these. */
export const activeDealStates = ['submitted', 'under_review', 'returned', 'approved'] as const;
/** States a reviewer still has to decide (SLA timers run). */
export const pendingReviewStates = ['submitted', 'under_review'] as const;

export const dealStages = ['prospecting', 'qualification', 'proposal', 'negotiation', 'commit'] as const;
export type DealStage = (typeof dealStages)[number];

export const participantRoles = ['sourced', 'influenced', 'fulfilment', 'marketplace'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export function canMoveDeal(from: DealState, to: DealState): boolean {
  return allowedDealTransitions[from].includes(to);
}
