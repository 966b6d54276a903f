import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const tierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tier',
  component: lazyRouteComponent(() => import('./TierPage'), 'TierPage'),
});

export const programTiersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId/tiers',
  component: lazyRouteComponent(() => import('./TiersEditorPage'), 'TiersEditorPage'),
});

export const tierRoutes = [tierRoute, programTiersRoute];
