import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs',
  component: lazyRouteComponent(() => import('./ProgramsPage'), 'ProgramsPage'),
});

export const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('./ProgramPage'), 'ProgramPage'),
});

export const programRoutes = [programsRoute, programRoute];
