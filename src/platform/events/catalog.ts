/**
 * The domain events Symbio publishes (webhooks, notifications, automations). An event is written
 * for every audit entry whose action is listed here, in the same transaction: a change can never
 * be recorded without its event or the reverse. Each entry has a description and a sample
 * payload, used by the docs, the webhook endpoint form and the tests.
 */
export const eventCatalog = {
  'partner.created': {
    description: 'A partner organisation was created.',
    sample: {
      id: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      name: 'Nordlicht Systems GmbH',
      types: ['si'],
      country: 'DE',
      status: 'active',
    },
  },
  'partner.updated': {
    description: 'A partner organisation changed.',
    sample: {
      id: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      name: 'Nordlicht Systems GmbH',
      website: 'https://nordlicht.example',
    },
  },
  'partner.deleted': {
    description: 'A partner organisation was deleted.',
    sample: { id: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'partner.state_changed': {
    description: 'A partner moved to another lifecycle state (who, when and why are in the payload).',
    sample: {
      id: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      from: 'onboarding',
      to: 'active',
      reason: 'Every required onboarding task is done.',
    },
  },
  'application.submitted': {
    description: 'A partner application was verified by e-mail and now counts.',
    sample: { id: 'apl_01jq3v3z8xf5sbk9m2n7r4t6wd', companyName: 'Nordlicht Systems GmbH', country: 'DE' },
  },
  'application.decided': {
    description:
      'Vetting or a reviewer decided an application (approve, reject, manual review, more information).',
    sample: {
      id: 'apl_01jq3v3z8xf5sbk9m2n7r4t6wd',
      decision: 'manual_review',
      reasons: ['Screening: “NORDLICHT SYSTEMS” matches “Nordlicht Systems GmbH” (score 0.97).'],
    },
  },
  'agreement.signed': {
    description: 'A partner user signed a version of the partner agreement.',
    sample: {
      id: 'sig_01jq3v3z8xf5sbk9m2n7r4t6wd',
      agreementVersionId: 'agv_01jq3v3z8xf5sbk9m2n7r4t6wd',
      sha256: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a',
    },
  },
  'onboarding.task_completed': {
    description: 'An onboarding task was completed or waived.',
    sample: { id: 'obk_01jq3v3z8xf5sbk9m2n7r4t6wd', kind: 'tax', status: 'done' },
  },
  'onboarding.completed': {
    description: 'Every required onboarding task of a partner is done.',
    sample: { id: 'obc_01jq3v3z8xf5sbk9m2n7r4t6wd', partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'tier.changed': {
    description: 'A partner was promoted or demoted; the payload carries the explanation.',
    sample: {
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      from: 'Silver',
      to: 'Gold',
      explanation: 'Gold: revenue 1.2M ≥ 1M and certified people 4 ≥ 3',
    },
  },
  'tier.demotion_pending': {
    description: 'A partner no longer meets its tier and will be demoted when the grace period ends.',
    sample: {
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      from: 'Gold',
      to: 'Silver',
      dueAt: '2027-01-15T00:00:00.000Z',
    },
  },
  'deal.submitted': {
    description:
      'A partner (or staff on its behalf) submitted a deal registration; the payload says whether a conflict was found and whether it was auto-approved.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      state: 'submitted',
      conflictLevel: 'none',
      submissionSeq: 1042,
    },
  },
  'deal.approved': {
    description: 'A deal registration was approved; protection runs until `protectionEndsAt`.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      reason: 'No conflict; amount within the auto-approval limit.',
      protectionEndsAt: '2027-02-22T00:00:00.000Z',
    },
  },
  'deal.rejected': {
    description: 'A deal registration was rejected (the reason is shown to the partner).',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      reason: 'Another partner registered this customer first.',
    },
  },
  'deal.returned': {
    description: 'A deal registration was returned to the partner for more information.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      reason: 'Please add the customer contact.',
    },
  },
  'deal.merged': {
    description:
      'A conflicting registration was merged into another deal of the same customer; its partner joined that deal.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      reason: 'Merged: you are now the influencing partner on the deal.',
    },
  },
  'deal.conflict_detected': {
    description: 'A submitted registration matches an earlier registration or the vendor pipeline.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      conflictLevel: 'conflict',
    },
  },
  'deal.conflict_resolved': {
    description: 'A manager resolved a conflict (approve one, reject, merge or split by product line).',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      resolution: 'split',
      reason: 'Split: you keep the Networking line.',
    },
  },
  'deal.stage_changed': {
    description: 'The sales stage of a shared opportunity changed.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      from: 'qualification',
      to: 'proposal',
    },
  },
  'deal.won': {
    description: 'A deal was closed as won.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      amountMinor: 12000000,
      currency: 'EUR',
    },
  },
  'deal.lost': {
    description: 'A deal was closed as lost.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      reason: 'Customer chose a competitor.',
    },
  },
  'deal.expiring': {
    description: 'A registration’s protection ends soon (sent once per configured warning day).',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      daysLeft: 14,
      protectionEndsAt: '2027-02-22T00:00:00.000Z',
    },
  },
  'deal.expired': {
    description: 'A registration’s protection ended without a win or an extension.',
    sample: { id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd', partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'deal.extension_requested': {
    description:
      'A partner asked to extend a registration’s protection (needsReview: whether a reviewer decides it; assigneeUserId: the deal’s assigned reviewer, when there is one).',
    sample: {
      id: 'dext_01jq3v3z8xf5sbk9m2n7r4t6wd',
      dealId: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      requestedDays: 30,
      reason: 'Budget approval slipped to next quarter.',
      needsReview: true,
    },
  },
  'deal.extension_decided': {
    description: 'An extension request was approved or rejected.',
    sample: {
      id: 'dext_01jq3v3z8xf5sbk9m2n7r4t6wd',
      dealId: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      status: 'approved',
      protectionEndsAt: '2027-03-24T00:00:00.000Z',
    },
  },
  'deal.review_escalated': {
    description: 'A registration waited past its review SLA and was escalated to the next approver.',
    sample: {
      id: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      level: 1,
      assigneeUserId: 'usr_01jq3v3z8xf5sbk9m2n7r4t6wd',
    },
  },
  'deal.comment_added': {
    description: 'Someone commented on a shared opportunity; mentioned users are notified.',
    sample: {
      id: 'dac_01jq3v3z8xf5sbk9m2n7r4t6wd',
      dealId: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      mentionedUserIds: ['usr_01jq3v3z8xf5sbk9m2n7r4t6wd'],
    },
  },
  'deal.partner_added': {
    description: 'A partner was added to a multi-partner deal with a role and share.',
    sample: {
      id: 'dpt_01jq3v3z8xf5sbk9m2n7r4t6wd',
      dealId: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      role: 'influenced',
      shareBps: 2000,
    },
  },
  'touchpoint.recorded': {
    description: 'A partner interaction with an opportunity was recorded (raw material for attribution).',
    sample: {
      id: 'tch_01jq3v3z8xf5sbk9m2n7r4t6wd',
      partnerId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
      dealId: 'deal_01jq3v3z8xf5sbk9m2n7r4t6wd',
      kind: 'meeting',
    },
  },
  'membership.created': {
    description: 'A user joined the workspace.',
    sample: { userId: 'usr_01jq3v3z8xf5sbk9m2n7r4t6wd', role: 'partner_rep' },
  },
  'membership.role_changed': { description: 'A member’s role changed.', sample: { role: 'viewer' } },
  'membership.removed': {
    description: 'A user left the workspace.',
    sample: { userId: 'usr_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'invitation.created': {
    description: 'A user was invited.',
    sample: { id: 'inv_01jq3v3z8xf5sbk9m2n7r4t6wd', email: 'new@example.com', role: 'partner_rep' },
  },
  'invitation.accepted': {
    description: 'An invitation was accepted.',
    sample: { id: 'inv_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'invitation.revoked': {
    description: 'An invitation was revoked.',
    sample: { id: 'inv_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'api_key.created': {
    description: 'An API key was created.',
    sample: { id: 'key_01jq3v3z8xf5sbk9m2n7r4t6wd', name: 'CRM sync', scopes: ['partners.read'] },
  },
  'api_key.revoked': {
    description: 'An API key was revoked.',
    sample: { id: 'key_01jq3v3z8xf5sbk9m2n7r4t6wd' },
  },
  'workspace.updated': {
    description: 'The workspace settings changed.',
    sample: { name: 'Acme Cloud Partner Network' },
  },
  'webhook_endpoint.disabled': {
    description: 'A webhook endpoint was disabled after persistent failures.',
    sample: { id: 'whk_01jq3v3z8xf5sbk9m2n7r4t6wd', url: 'https://hooks.example.com/symbio' },
  },
} as const satisfies Record<string, { description: string; sample: Record<string, unknown> }>;

export type EventType = keyof typeof eventCatalog;
export const eventTypes = Object.keys(eventCatalog) as [EventType, ...EventType[]];

export function isEventType(action: string): action is EventType {
  return Object.hasOwn(eventCatalog, action);
}
