import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const pipelineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pipeline',
  component: lazyRouteComponent(() => import('./PipelinePage'), 'PipelinePage'),
});

export const pipelineRoutes = [pipelineRoute];
