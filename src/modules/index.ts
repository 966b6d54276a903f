import type { RouteDef } from '../platform/http/route.js';
import { accountRoutes } from './account/routes.js';
import { apiKeyRoutes } from './api-keys/routes.js';
import { applicationRoutes } from './applications/routes.js';
import { auditRoutes } from './audit/routes.js';
import { catalogRoutes } from './catalog/index.js';
import { cosellRoutes } from './cosell/index.js';
import { extensionRoutes } from './deals/extension-routes.js';
import { dealRoutes } from './deals/index.js';
import { directoryRoutes } from './directory/routes.js';
import { lifecycleRoutes } from './lifecycle/routes.js';
import { mailRoutes } from './mail/routes.js';
import { memberRoutes } from './members/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { onboardingRoutes } from './onboarding/routes.js';
import { partnerRoutes } from './partners/index.js';
import { pipelineRoutes } from './pipeline/index.js';
import { programRoutes } from './programs/routes.js';
import { screeningRoutes } from './screening/routes.js';
import { tierRoutes } from './tiers/index.js';
import { webhookRoutes } from './webhooks/routes.js';
import { workspaceRoutes } from './workspaces/routes.js';

/** Every module's routes. Adding a capability = one folder + one line here. */
export const allRoutes: RouteDef[] = [
  ...accountRoutes,
  ...workspaceRoutes,
  ...memberRoutes,
  ...partnerRoutes,
  ...directoryRoutes,
  ...lifecycleRoutes,
  ...apiKeyRoutes,
  ...auditRoutes,
  ...webhookRoutes,
  ...notificationRoutes,
  ...mailRoutes,
  ...screeningRoutes,
  ...programRoutes,
  ...applicationRoutes,
  ...onboardingRoutes,
  ...tierRoutes,
  ...extensionRoutes,
  ...dealRoutes,
  ...catalogRoutes,
  ...pipelineRoutes,
  ...cosellRoutes,
];
