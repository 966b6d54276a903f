import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, publicRoute } from '../../platform/layout/routes';
import { LoginPage } from './LoginPage';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export type LoginSearch = { redirect?: string; reason?: 'expired' | 'signedOut' };

// The sign-in page is part of the first download (it is the first thing most visitors see);
// every other page loads its own chunk on first use.
export const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): LoginSearch => ({
    redirect: safeRedirect(s.redirect),
    reason: s.reason === 'expired' || s.reason === 'signedOut' ? s.reason : undefined,
  }),
  component: LoginPage,
});

export const acceptInvitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/accept-invitation',
  component: lazyRouteComponent(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage'),
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage'),
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./ResetPasswordPage'), 'ResetPasswordPage'),
});

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('./AccountLayout'), 'AccountLayout'),
});

export const profileRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./ProfilePage'), 'ProfilePage'),
});

export const securityRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/security',
  component: lazyRouteComponent(() => import('./SecurityPage'), 'SecurityPage'),
});

export const accountPublicRoutes = [
  loginRoute,
  acceptInvitationRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
];
