import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type Me = Schemas['Principal'];
export type Membership = Schemas['MyMembership'];
export type Permission = string;

export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: () => unwrap(api.GET('/api/v1/me')),
  staleTime: 60_000,
  retry: false,
});

/** The signed-in principal; only inside the signed-in layout, which loads it before rendering. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

/** The principal if it is already known (e.g. for formatting on public pages), never fetching. */
export function useKnownMe(): Me | undefined {
  return useQuery({ ...meQuery, enabled: false }).data;
}

export function can(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export type Persona = 'vendorAdmin' | 'channelManager' | 'staff' | 'partnerAdmin' | 'partnerRep' | 'none';

/** Which dashboard a membership sees. */
export function personaOf(me: Me): Persona {
  const m = me.current;
  if (!m) return 'none';
  if (m.kind === 'partner') return m.role === 'partner_admin' ? 'partnerAdmin' : 'partnerRep';
  if (m.role === 'owner' || m.role === 'admin') return 'vendorAdmin';
  if (m.role === 'channel_manager') return 'channelManager';
  return 'staff';
}

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
