/**
 * The permission matrix: the single source of truth for who may do what. `docs/permissions.md`
 * is rendered from this file (`npm run docs:permissions`) and a test fails when they drift.
 */
export const vendorRoles = [
  'owner',
  'admin',
  'channel_manager',
  'channel_marketing',
  'sales',
  'finance',
  'viewer',
] as const;
export const partnerRoles = ['partner_admin', 'partner_rep'] as const;
export type VendorRole = (typeof vendorRoles)[number];
export type PartnerRole = (typeof partnerRoles)[number];
export type Role = VendorRole | PartnerRole;

export const permissions = {
  'workspace.read': 'See the workspace (program) settings',
  'workspace.update': 'Change the workspace name and settings',
  'members.read': 'List users and their roles',
  'members.invite': 'Invite users and manage invitations',
  'members.update': 'Change roles, remove users, trigger password resets',
  'partners.read': 'See partner organisations',
  'partners.create': 'Create partner organisations',
  'partners.update': 'Edit partner organisations',
  'partners.delete': 'Delete partner organisations',
  'apikeys.read': 'List API keys',
  'apikeys.manage': 'Create and revoke API keys',
  'audit.read': 'Read the audit log and verify its hash chain',
  'webhooks.manage': 'Manage webhook endpoints, see deliveries, replay them',
  'jobs.read': 'See failed background jobs and mail (dead letters) and retry them',
  'notifications.read': 'Read and mark your own notifications',
  'directory.manage': 'Define custom fields and which profile fields partners may edit',
  'lifecycle.transition': 'Move partners between lifecycle states (incl. offboarding)',
  'programs.read': 'See partner programs, their tiers and agreements',
  'programs.manage': 'Create and change programs, tiers, agreements and onboarding checklists',
  'applications.review': 'See partner applications and their vetting results; approve, reject, ask for more',
  'screening.manage': 'Load denied-party lists and screen names against them',
  'onboarding.read': 'See onboarding checklists and their tasks (bank details always masked)',
  'onboarding.complete':
    'Complete onboarding tasks: sign agreements, give tax and bank details, upload documents',
  'onboarding.manage': 'Waive or reopen onboarding tasks and send reminders',
  'tiers.read': 'See tiers, tier decisions and their explanations',
  'tiers.manage': 'Record partner metrics and recompute tiers on demand',
  'deals.read': 'See deal registrations and shared opportunities (partners: only their own side)',
  'deals.register':
    'Register deals, edit drafts, submit them, ask for extensions (staff: also on a partner’s behalf)',
  'deals.review': 'Approve, reject or return registrations, resolve conflicts, decide extension requests',
  'deals.manage':
    'Manage the product catalogue, the vendor pipeline (accounts, opportunities, CSV import) and rules of engagement',
  'cosell.write':
    'Work on shared opportunities: stage, amount, products, next steps, comments, files, touchpoints, account plans',
} as const;
export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

const readOnly: Permission[] = [
  'workspace.read',
  'deals.read',
  'members.read',
  'partners.read',
  'notifications.read',
  'programs.read',
  'onboarding.read',
  'tiers.read',
];

/**
 * Partner roles act only inside their own organisation: the same permission names, narrowed by
 * the partner wall (scoped queries + row-level security), never widened.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: allPermissions,
  admin: allPermissions,
  channel_manager: [
    ...readOnly,
    'members.invite',
    'partners.create',
    'partners.update',
    'audit.read',
    'lifecycle.transition',
    'applications.review',
    'screening.manage',
    'onboarding.manage',
    'tiers.manage',
    'deals.register',
    'deals.review',
    'deals.manage',
    'cosell.write',
  ],
  channel_marketing: [...readOnly],
  // Vendor reps register on a partner's behalf and co-sell; approving stays with channel managers.
  sales: [...readOnly, 'deals.register', 'cosell.write'],
  finance: [...readOnly, 'audit.read'],
  viewer: [...readOnly],
  partner_admin: [
    'workspace.read',
    'members.read',
    'members.invite',
    'members.update',
    'partners.read',
    'partners.update',
    'apikeys.read',
    'apikeys.manage',
    'notifications.read',
    'programs.read',
    'onboarding.read',
    'onboarding.complete',
    'tiers.read',
    'deals.read',
    'deals.register',
    'cosell.write',
  ],
  partner_rep: [
    'workspace.read',
    'members.read',
    'partners.read',
    'notifications.read',
    'programs.read',
    'onboarding.read',
    'tiers.read',
    'deals.read',
    'deals.register',
    'cosell.write',
  ],
};

/** Roles a member may hand out: never more than its own, and owners are made only by owners. */
export function assignableRoles(role: Role): Role[] {
  if (role === 'owner') return [...vendorRoles, ...partnerRoles];
  if (role === 'admin') return [...vendorRoles.filter((r) => r !== 'owner'), ...partnerRoles];
  if (role === 'channel_manager') return [...partnerRoles];
  if (role === 'partner_admin') return [...partnerRoles];
  return [];
}

export function isVendorRole(role: string): role is VendorRole {
  return (vendorRoles as readonly string[]).includes(role);
}
export function isPartnerRole(role: string): role is PartnerRole {
  return (partnerRoles as readonly string[]).includes(role);
}
