import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { validateDealsSearch } from './search';

export const dealTabs = ['overview', 'timeline', 'files', 'participants', 'opportunity', 'receipt'] as const;
export type DealTab = (typeof dealTabs)[number];

export const dealsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals',
  validateSearch: validateDealsSearch,
  component: lazyRouteComponent(() => import('./DealsPage'), 'DealsPage'),
});

export const newDealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/new',
  component: lazyRouteComponent(() => import('./RegisterDealPage'), 'RegisterDealPage'),
});

export const reviewQueueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/review',
  component: lazyRouteComponent(() => import('./ReviewQueuePage'), 'ReviewQueuePage'),
});

export const conflictQueueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/conflicts',
  component: lazyRouteComponent(() => import('./ConflictQueuePage'), 'ConflictQueuePage'),
});

export const dealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/$dealId',
  validateSearch: (s: Record<string, unknown>): { tab?: DealTab } => ({
    tab: (dealTabs as readonly unknown[]).includes(s.tab) ? (s.tab as DealTab) : undefined,
  }),
  component: lazyRouteComponent(() => import('./DealPage'), 'DealPage'),
});

export const editDealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/$dealId/edit',
  component: lazyRouteComponent(() => import('./RegisterDealPage'), 'EditDealPage'),
});

export const dealRoutes = [
  dealsRoute,
  newDealRoute,
  reviewQueueRoute,
  conflictQueueRoute,
  dealRoute,
  editDealRoute,
];
