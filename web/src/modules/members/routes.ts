import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { invitationStatuses, partnerRoles, type Role, vendorRoles } from './api';

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

export type MembersSearch = {
  q?: string;
  kind?: 'vendor' | 'partner';
  role?: Role;
  partnerId?: string;
  sort?: 'created_at' | '-created_at' | 'email' | '-email';
};

export const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/members',
  validateSearch: (s: Record<string, unknown>): MembersSearch => ({
    q: typeof s.q === 'string' && s.q ? s.q : undefined,
    kind: oneOf(['vendor', 'partner'] as const, s.kind),
    role: oneOf([...vendorRoles, ...partnerRoles], s.role),
    partnerId: typeof s.partnerId === 'string' && s.partnerId.startsWith('ptr_') ? s.partnerId : undefined,
    sort: oneOf(['created_at', '-created_at', 'email', '-email'] as const, s.sort),
  }),
  component: lazyRouteComponent(() => import('./MembersPage'), 'MembersPage'),
});

export type InvitationsSearch = {
  status?: (typeof invitationStatuses)[number] | 'all';
  /** Present = the invite dialog is open; a partner id preselects that partner. */
  invite?: string;
};

export const invitationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/invitations',
  validateSearch: (s: Record<string, unknown>): InvitationsSearch => ({
    status: oneOf([...invitationStatuses, 'all'] as const, s.status),
    invite: typeof s.invite === 'string' ? s.invite : undefined,
  }),
  component: lazyRouteComponent(() => import('./InvitationsPage'), 'InvitationsPage'),
});

export const memberRoutes = [membersRoute, invitationsRoute];
