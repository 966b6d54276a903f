import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, publicRoute } from '../../platform/layout/routes';

export const applicationStatuses = [
  'pending_verification',
  'submitted',
  'info_requested',
  'approved',
  'rejected',
] as const;
export const vettingDecisions = ['approve', 'reject', 'manual_review'] as const;
export const queueSorts = [
  '-created_at',
  'created_at',
  'company_name',
  '-company_name',
  '-updated_at',
] as const;

export type ApplicationsSearch = {
  q?: string;
  status?: (typeof applicationStatuses)[number];
  decision?: (typeof vettingDecisions)[number];
  programId?: string;
  country?: string;
  sort?: (typeof queueSorts)[number];
};

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** The public form: /apply/<workspace slug>/<program slug> (framable by other sites; ?embed=1). */
export const applyRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/apply/$workspaceSlug/$programSlug',
  validateSearch: (s: Record<string, unknown>): { embed?: boolean; lang?: string } => ({
    embed: s.embed === 1 || s.embed === '1' || s.embed === true ? true : undefined,
    lang: text(s.lang),
  }),
  component: lazyRouteComponent(() => import('./ApplyPage'), 'ApplyPage'),
});

export const verifyApplicationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/apply/verify',
  component: lazyRouteComponent(() => import('./VerifyApplicationPage'), 'VerifyApplicationPage'),
});

export const applicationStatusRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/apply/status',
  component: lazyRouteComponent(() => import('./ApplicationStatusPage'), 'ApplicationStatusPage'),
});

export const applicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications',
  validateSearch: (s: Record<string, unknown>): ApplicationsSearch => ({
    q: text(s.q),
    status: oneOf(applicationStatuses, s.status),
    decision: oneOf(vettingDecisions, s.decision),
    programId: text(s.programId),
    country: text(s.country),
    sort: oneOf(queueSorts, s.sort),
  }),
  component: lazyRouteComponent(() => import('./ApplicationsPage'), 'ApplicationsPage'),
});

export const applicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId',
  component: lazyRouteComponent(() => import('./ApplicationPage'), 'ApplicationPage'),
});

export const applicationPublicRoutes = [applyRoute, verifyApplicationRoute, applicationStatusRoute];
export const applicationRoutes = [applicationsRoute, applicationRoute];
