import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const accountPlansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account-plans',
  component: lazyRouteComponent(() => import('./AccountPlansPage'), 'AccountPlansPage'),
});

export const accountPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account-plans/$accountPlanId',
  component: lazyRouteComponent(() => import('./AccountPlanPage'), 'AccountPlanPage'),
});

export const touchpointsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/touchpoints',
  component: lazyRouteComponent(() => import('./TouchpointsPage'), 'TouchpointsPage'),
});

export const cosellRoutes = [accountPlansRoute, accountPlanRoute, touchpointsRoute];
