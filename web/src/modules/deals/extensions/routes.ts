import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../../platform/layout/routes';

/** Staff: the review queue of extension requests. */
export const extensionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/extensions',
  component: lazyRouteComponent(() => import('./ExtensionsPage'), 'ExtensionsPage'),
});

export const extensionRoutes = [extensionsRoute];
