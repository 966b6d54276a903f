import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { type MailStatus, mailStatuses } from './api';

export type MailSearch = { status?: MailStatus; to?: string };

export const mailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mail',
  validateSearch: (s: Record<string, unknown>): MailSearch => ({
    status: (mailStatuses as readonly unknown[]).includes(s.status) ? (s.status as MailStatus) : undefined,
    to: typeof s.to === 'string' && s.to.trim() ? s.to.trim().slice(0, 254) : undefined,
  }),
  component: lazyRouteComponent(() => import('./MailPage'), 'MailPage'),
});

export const mailDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mail/$mailId',
  component: lazyRouteComponent(() => import('./MailDetailPage'), 'MailDetailPage'),
});

export const mailRoutes = [mailRoute, mailDetailRoute];
