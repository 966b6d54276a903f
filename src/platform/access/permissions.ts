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
} as const;
export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

const readOnly: Permission[] = ['workspace.read', 'members.read', 'partners.read', 'notifications.read'];

/**
 * Partner roles act only inside their own organisation: the same permission names, narrowed by
 * the partner wall (scoped queries + row-level security), never widened.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: allPermissions,
  admin: allPermissions,
  channel_manager: [...readOnly, 'members.invite', 'partners.create', 'partners.update', 'audit.read'],
  channel_marketing: [...readOnly],
  sales: [...readOnly],
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
  ],
  partner_rep: ['workspace.read', 'members.read', 'partners.read', 'notifications.read'],
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
