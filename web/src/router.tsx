import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { appChildRoutes, publicChildRoutes } from './modules/routes';
import { appRoute, publicRoute, rootRoute } from './platform/layout/routes';
import { LoadingBlock } from './platform/ui/QueryState';

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren(publicChildRoutes),
  appRoute.addChildren(appChildRoutes),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: LoadingBlock,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
