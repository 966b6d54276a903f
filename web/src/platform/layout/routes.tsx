import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from '../api/problem';
import { meQuery } from '../auth/session';
import { NotFoundPage, RouteError } from './errors';
import { PublicLayout } from './PublicLayout';

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

/** Pages for signed-out visitors: sign in, accept an invitation, reset a password. */
export const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
});

/** Everything behind sign-in. Loads /me first; without a session, goes to sign-in and back. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } } as never);
      }
      throw err;
    }
  },
  component: lazyRouteComponent(() => import('./AppLayout'), 'AppLayout'),
});
