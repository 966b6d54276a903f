import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accountRoute } from '../account/routes';

export const apiKeysRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/api-keys',
  component: lazyRouteComponent(() => import('./ApiKeysPage'), 'ApiKeysPage'),
});

export const apiKeyRoutes = [apiKeysRoute];
