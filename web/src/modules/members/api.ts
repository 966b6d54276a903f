import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';

export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type Role = Member['role'];
export type MemberListQuery = NonNullable<paths['/api/v1/members']['get']['parameters']['query']>;
export type InvitationListQuery = NonNullable<paths['/api/v1/invitations']['get']['parameters']['query']>;

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
export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;

/**
 * The roles a member may hand out, mirrored from the API's rule to offer only sensible choices;
 * the API decides (and answers 403 otherwise).
 */
export function assignableRoles(myRole: Role | undefined): Role[] {
  if (myRole === 'owner') return [...vendorRoles, ...partnerRoles];
  if (myRole === 'admin') return [...vendorRoles.filter((r) => r !== 'owner'), ...partnerRoles];
  if (myRole === 'channel_manager' || myRole === 'partner_admin') return [...partnerRoles];
  return [];
}

export const isPartnerRole = (role: string) => (partnerRoles as readonly string[]).includes(role);

export const memberKeys = {
  all: ['members'] as const,
  list: (q: MemberListQuery) => ['members', 'list', q] as const,
  census: (kind: string, cap: number) => ['members', 'census', kind, cap] as const,
  invitations: ['invitations'] as const,
};

export const memberListQuery = (query: MemberListQuery) =>
  queryOptions({
    queryKey: memberKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/members', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** Counts members of a kind up to `cap` (no count endpoint yet); `complete` false means "N+". */
export const memberCensusQuery = (kind: 'vendor' | 'partner' | 'all', cap = 1000) =>
  queryOptions({
    queryKey: memberKeys.census(kind, cap),
    queryFn: async () => {
      let count = 0;
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/members', {
            params: { query: { limit: 200, cursor, ...(kind === 'all' ? {} : { 'filter[kind]': kind }) } },
          }),
        );
        count += page.data.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor && count < cap);
      return { count, complete: !cursor };
    },
    staleTime: 30_000,
  });

/** Pending invitations, counted up to one page of 200. */
export const pendingInvitationsQuery = () =>
  queryOptions({
    queryKey: [...memberKeys.invitations, 'pending-count'] as const,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/invitations', { params: { query: { limit: 200, 'filter[status]': 'pending' } } }),
      );
      return { count: page.data.length, complete: !page.nextCursor };
    },
    staleTime: 30_000,
  });
