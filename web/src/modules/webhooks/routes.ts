import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../platform/layout/routes';
import { type DeliveryStatus, deliveryStatuses } from './api';

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

export type WebhooksSearch = { enabled?: 'true' | 'false' };

export const webhooksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/webhooks',
  validateSearch: (s: Record<string, unknown>): WebhooksSearch => ({
    enabled: oneOf(['true', 'false'] as const, s.enabled),
  }),
  component: lazyRouteComponent(() => import('./WebhooksPage'), 'WebhooksPage'),
});

export type EndpointSearch = { status?: DeliveryStatus; eventType?: string };

export const webhookEndpointRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/webhooks/$endpointId',
  validateSearch: (s: Record<string, unknown>): EndpointSearch => ({
    status: oneOf(deliveryStatuses, s.status),
    eventType: typeof s.eventType === 'string' && s.eventType ? s.eventType.slice(0, 100) : undefined,
  }),
  component: lazyRouteComponent(() => import('./EndpointPage'), 'EndpointPage'),
});

export const webhookDeliveryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/webhooks/$endpointId/deliveries/$deliveryId',
  component: lazyRouteComponent(() => import('./DeliveryPage'), 'DeliveryPage'),
});

export const webhookRoutes = [webhooksRoute, webhookEndpointRoute, webhookDeliveryRoute];
