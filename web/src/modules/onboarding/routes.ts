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

/** `programId` preselects the program, so the program page can link straight to its templates. */
export const templatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/onboarding-templates',
  validateSearch: (s: Record<string, unknown>): { programId?: string } => ({
    programId: typeof s.programId === 'string' && s.programId ? s.programId : undefined,
  }),
  component: lazyRouteComponent(() => import('./TemplatesPage'), 'TemplatesPage'),
});

export const onboardingRoutes = [onboardingRoute, agreementsRoute, templatesRoute];
