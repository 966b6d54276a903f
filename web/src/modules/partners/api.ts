import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';

export type Partner = Schemas['Partner'];
export type PartnerListQuery = NonNullable<paths['/api/v1/partners']['get']['parameters']['query']>;

export const partnerTypes = [
  'isv',
  'si',
  'var',
  'msp',
  'distributor',
  'telco',
  'referral',
  'influencer',
  'marketplace',
  'consultant',
] as const;
export const partnerStatuses = ['prospect', 'active', 'inactive'] as const;
export type PartnerType = (typeof partnerTypes)[number];
export type PartnerStatus = (typeof partnerStatuses)[number];

/** Query keys for partners: one factory, so invalidation hits every list and detail. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: (query: PartnerListQuery) => ['partners', 'list', query] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  census: (cap: number) => ['partners', 'census', cap] as const,
};

export const partnerListQuery = (query: PartnerListQuery) =>
  queryOptions({
    queryKey: partnerKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/partners', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const partnerQuery = (partnerId: string) =>
  queryOptions({
    queryKey: partnerKeys.detail(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{partnerId}', { params: { path: { partnerId } } })),
  });

/**
 * Up to `cap` partners (pages of 200), for dashboard counts by status and type. There is no
 * count endpoint yet; `complete` is false when there were more, and counts are then shown as "N+".
 */
export const partnerCensusQuery = (cap = 1000) =>
  queryOptions({
    queryKey: partnerKeys.census(cap),
    queryFn: async () => {
      const rows: Partner[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/partners', { params: { query: { limit: 200, sort: '-created_at', cursor } } }),
        );
        rows.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && rows.length < cap);
      return { rows, complete: !cursor };
    },
    staleTime: 30_000,
  });
