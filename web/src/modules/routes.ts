import { accountPublicRoutes, accountRoute, profileRoute, securityRoute } from './account/routes';
import { apiKeyRoutes } from './api-keys/routes';
import { auditRoutes } from './audit/routes';
import { dashboardRoutes } from './dashboard/routes';
import { mailRoutes } from './mail/routes';
import { memberRoutes } from './members/routes';
import { partnerRoutes } from './partners/routes';
import { webhookRoutes } from './webhooks/routes';

/**
 * Every page of the portal, by module (web/src/modules mirrors src/modules). A new page is one
 * folder with its routes.ts and nav.ts, plus one line here and one in nav.ts.
 */
export const publicChildRoutes = [...accountPublicRoutes];

export const appChildRoutes = [
  ...dashboardRoutes,
  ...partnerRoutes,
  ...memberRoutes,
  ...webhookRoutes,
  ...auditRoutes,
  ...mailRoutes,
  accountRoute.addChildren([profileRoute, securityRoute, ...apiKeyRoutes]),
];
