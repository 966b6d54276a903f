import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import type { paths } from '../../platform/api/schema.gen';

export type Partner = Schemas['Partner'];
export type Contact = Schemas['Contact'];
export type CustomField = Schemas['CustomFieldDefinition'];
export type SavedView = Schemas['SavedView'];
export type Transition = Schemas['Transition'];
export type ActivityItem = Schemas['ActivityItem'];
export type BulkResult = Schemas['BulkPartnerResult'];
export type PartnerListQuery = NonNullable<paths['/api/v1/partners']['get']['parameters']['query']>;
export type PartnerSort = NonNullable<PartnerListQuery['sort']>;

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
/** The states the dashboard counts (it predates the full lifecycle below). */
export const partnerStatuses = ['prospect', 'active', 'inactive'] as const;
/** Every lifecycle state, in lifecycle order (the API's lifecycle/states.ts). */
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
export const competencyLevels = ['basic', 'advanced', 'expert'] as const;
export const contactRoles = [
  'primary',
  'billing',
  'technical',
  'executive',
  'sales',
  'marketing',
  'other',
] as const;
export const sortFields = ['name', 'status', 'country', 'created_at', 'updated_at'] as const;
export type PartnerType = (typeof partnerTypes)[number];
export type PartnerStatus = Partner['status'];
export type LifecycleState = (typeof lifecycleStates)[number];
export type SortField = (typeof sortFields)[number];

/** Query keys for partners: one factory, so invalidation hits every list and detail. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: (query: PartnerListQuery) => ['partners', 'list', query] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  census: (cap: number) => ['partners', 'census', cap] as const,
  contacts: (id: string) => ['partners', 'contacts', id] as const,
  transitions: (id: string) => ['partners', 'transitions', id] as const,
  activity: (id: string) => ['partners', 'activity', id] as const,
};
export const directoryKeys = {
  customFields: ['directory', 'custom-fields'] as const,
  settings: ['directory', 'settings'] as const,
  views: ['directory', 'views'] as const,
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

export const customFieldsQuery = queryOptions({
  queryKey: directoryKeys.customFields,
  queryFn: () => unwrap(api.GET('/api/v1/custom-fields')),
  staleTime: 60_000,
});

export const directorySettingsQuery = queryOptions({
  queryKey: directoryKeys.settings,
  queryFn: () => unwrap(api.GET('/api/v1/directory-settings')),
  staleTime: 60_000,
});

export const savedViewsQuery = queryOptions({
  queryKey: directoryKeys.views,
  queryFn: () => unwrap(api.GET('/api/v1/partner-views', { params: { query: { limit: 200 } } })),
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
