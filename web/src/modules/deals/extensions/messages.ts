/**
 * Strings of the extension request dialog (deal page) and the staff review queue of extension
 * requests, en — German and Japanese in messages.de.ts / messages.ja.ts with identical keys
 * (`ExtensionMessages` makes a missing or extra key a type error). ICU syntax.
 */
const en = {
  request: 'Ask for an extension',
  requestTitle: 'Extend the protection',
  requestIntro: 'Protection currently ends on {date}. Tell the vendor why the deal needs more time.',
  limits:
    '{used, number} of {max, plural, =0 {no extensions} one {# extension} other {# extensions}} used; up to {days, plural, one {# day} other {# days}} each.',
  needsApproval: 'A reviewer decides; you are told the outcome in-app and by e-mail.',
  grantedAtOnce: 'Within these limits the extension is granted at once.',
  days: 'Days',
  daysHelp: 'At most {max, plural, one {# day} other {# days}}.',
  reason: 'Reason',
  reasonPlaceholder: 'e.g. The customer moved the purchase decision to next quarter.',
  send: 'Send request',
  sentPending: 'Request sent. A reviewer will decide.',
  sentGranted: 'Extension granted: protection now ends on {date}.',
  unavailable: 'No extension possible',
  pendingInfo:
    'Extension of {days, plural, one {# day} other {# days}} asked for on {date}: waiting for a decision.',
  history: 'Extension requests',
  status: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  queue: {
    title: 'Extension requests',
    description:
      'Partners asking for more protection on approved registrations. Approve or reject with a reason the partner sees.',
    status: 'Status',
    deal: 'Deal',
    partner: 'Partner',
    requested: 'Asked for',
    requestedDays: '{days, plural, one {# day} other {# days}}',
    reason: 'Reason',
    protectionEnds: 'Protection ends',
    used: 'Extensions',
    usedOf: '{used, number} of {max, number}',
    requestedAt: 'Asked on',
    decision: 'Decision',
    approve: 'Approve',
    reject: 'Reject',
    approveTitle: 'Approve the extension',
    rejectTitle: 'Reject the extension',
    decisionIntro:
      '{partner} asks for {days, plural, one {# more day} other {# more days}} on “{deal}”: {reason}',
    grantDays: 'Days to grant',
    grantDaysHelp: 'The program allows up to {max, plural, one {# day} other {# days}}.',
    decisionReason: 'Reason (shown to the partner)',
    emptyTitle: 'No requests',
    emptyText: 'Extension requests with this status appear here.',
    actionsFor: 'Decide the request for {deal}',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type ExtensionMessages = Shape<typeof en>;
export const extensionsEn: ExtensionMessages = en;
