import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const productsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/products',
  component: lazyRouteComponent(() => import('./ProductsPage'), 'ProductsPage'),
});

export const catalogRoutes = [productsRoute];
