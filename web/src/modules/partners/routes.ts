import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { type PartnerStatus, type PartnerType, partnerStatuses, partnerTypes } from './api';

export type PartnersSearch = {
  q?: string;
  type?: PartnerType;
  status?: PartnerStatus;
  country?: string;
  sort?: '-created_at' | 'created_at' | 'name' | '-name';
};

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

export const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  validateSearch: (s: Record<string, unknown>): PartnersSearch => ({
    q: typeof s.q === 'string' && s.q ? s.q : undefined,
    type: oneOf(partnerTypes, s.type),
    status: oneOf(partnerStatuses, s.status),
    country: typeof s.country === 'string' && /^[A-Z]{2}$/.test(s.country) ? s.country : undefined,
    sort: oneOf(['-created_at', 'created_at', 'name', '-name'] as const, s.sort),
  }),
  component: lazyRouteComponent(() => import('./PartnersPage'), 'PartnersPage'),
});

export const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners/$partnerId',
  component: lazyRouteComponent(() => import('./PartnerPage'), 'PartnerPage'),
});

export const partnerRoutes = [partnersRoute, partnerRoute];
