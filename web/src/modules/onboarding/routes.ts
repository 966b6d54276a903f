import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export const onboardingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/onboarding',
  component: lazyRouteComponent(() => import('./OnboardingPage'), 'OnboardingPage'),
});

export const agreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agreements',
  component: lazyRouteComponent(() => import('./AgreementsPage'), 'AgreementsPage'),
});

export const onboardingRoutes = [onboardingRoute, agreementsRoute];
