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
