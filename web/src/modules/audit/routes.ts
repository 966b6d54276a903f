import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';

export type AuditSearch = {
  action?: string;
  actorId?: string;
  objectType?: string;
  objectId?: string;
  /** Whole days (YYYY-MM-DD) in the user's time zone. */
  from?: string;
  to?: string;
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined);
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  validateSearch: (s: Record<string, unknown>): AuditSearch => ({
    action: text(s.action),
    actorId: text(s.actorId),
    objectType: text(s.objectType),
    objectId: text(s.objectId),
    from: day(s.from),
    to: day(s.to),
  }),
  component: lazyRouteComponent(() => import('./AuditPage'), 'AuditPage'),
});

export const auditRoutes = [auditRoute];
