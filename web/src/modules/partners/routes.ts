import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { type DirectorySearch, validateDirectorySearch } from './search';

export type PartnersSearch = DirectorySearch;
export const partnerTabs = ['overview', 'people', 'lifecycle', 'onboarding', 'tier', 'activity'] as const;
export type PartnerTab = (typeof partnerTabs)[number];

export const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  validateSearch: validateDirectorySearch,
  component: lazyRouteComponent(() => import('./PartnersPage'), 'PartnersPage'),
});

export const directorySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners/settings',
  component: lazyRouteComponent(() => import('./DirectorySettingsPage'), 'DirectorySettingsPage'),
});

export const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners/$partnerId',
  validateSearch: (s: Record<string, unknown>): { tab?: PartnerTab } => ({
    tab: (partnerTabs as readonly unknown[]).includes(s.tab) ? (s.tab as PartnerTab) : undefined,
  }),
  component: lazyRouteComponent(() => import('./PartnerPage'), 'PartnerPage'),
});

export const partnerRoutes = [partnersRoute, directorySettingsRoute, partnerRoute];
