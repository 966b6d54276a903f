import { accountPublicRoutes, accountRoute, profileRoute, securityRoute } from './account/routes';
import { apiKeyRoutes } from './api-keys/routes';
import { applicationPublicRoutes, applicationRoutes } from './applications/routes';
import { auditRoutes } from './audit/routes';
import { catalogRoutes } from './catalog/routes';
import { cosellRoutes } from './cosell/routes';
import { dashboardRoutes } from './dashboard/routes';
import { extensionRoutes } from './deals/extensions/routes';
import { dealRoutes } from './deals/routes';
import { mailRoutes } from './mail/routes';
import { memberRoutes } from './members/routes';
import { onboardingRoutes } from './onboarding/routes';
import { partnerRoutes } from './partners/routes';
import { pipelineRoutes } from './pipeline/routes';
import { programRoutes } from './programs/routes';
import { tierRoutes } from './tiers/routes';
import { webhookRoutes } from './webhooks/routes';

/**
 * Every page of the portal, by module (web/src/modules mirrors src/modules). A new page is one
 * folder with its routes.ts and nav.ts, plus one line here and one in nav.ts.
 */
export const publicChildRoutes = [...accountPublicRoutes, ...applicationPublicRoutes];

export const appChildRoutes = [
  ...dashboardRoutes,
  ...dealRoutes,
  ...extensionRoutes,
  ...pipelineRoutes,
  ...cosellRoutes,
  ...partnerRoutes,
  ...applicationRoutes,
  ...programRoutes,
  ...catalogRoutes,
  ...onboardingRoutes,
  ...tierRoutes,
  ...memberRoutes,
  ...webhookRoutes,
  ...auditRoutes,
  ...mailRoutes,
  accountRoute.addChildren([profileRoute, securityRoute, ...apiKeyRoutes]),
];
