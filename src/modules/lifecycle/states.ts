/**
 * The partner lifecycle: the states and the only moves between them. Every module that moves a
 * partner goes through `transitionPartner` (service.ts), which enforces this table, records the
 * move (who, when, why) and emits `partner.state_changed`.
 */
export const lifecycleStates = [
  'prospect',
  'applied',
  'vetting',
  'onboarding',
  'active',
  'at_risk',
  'inactive',
  'offboarded',
] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

export const allowedTransitions: Record<LifecycleState, readonly LifecycleState[]> = {
  // A vendor-sourced prospect may skip the application and go straight to onboarding.
  prospect: ['applied', 'onboarding', 'offboarded'],
  applied: ['vetting', 'offboarded'],
  // Rejection of an application is an offboarding with the rejection as its reason.
  vetting: ['onboarding', 'offboarded'],
  onboarding: ['active', 'inactive', 'offboarded'],
  active: ['at_risk', 'inactive', 'offboarded'],
  at_risk: ['active', 'inactive', 'offboarded'],
  inactive: ['active', 'onboarding', 'offboarded'],
  // Re-engaging a former partner starts over as a prospect; its history stays.
  offboarded: ['prospect'],
};

export function canTransition(from: LifecycleState, to: LifecycleState): boolean {
  return allowedTransitions[from].includes(to);
}
