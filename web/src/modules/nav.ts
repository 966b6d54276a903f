import type { ComponentType } from 'react';
import type { NavItem } from '../platform/layout/nav';
import { accountNav } from './account/nav';
import { apiKeyNav } from './api-keys/nav';
import { applicationNav } from './applications/nav';
import { auditNav } from './audit/nav';
import { catalogNav } from './catalog/nav';
import { cosellNav } from './cosell/nav';
import { dashboardNav } from './dashboard/nav';
import { extensionNav } from './deals/extensions/nav';
import { dealNav } from './deals/nav';
import { mailNav } from './mail/nav';
import { memberNav } from './members/nav';
import { NotificationBell } from './notifications/NotificationBell';
import { onboardingNav } from './onboarding/nav';
import { partnerNav } from './partners/nav';
import { pipelineNav } from './pipeline/nav';
import { programNav } from './programs/nav';
import { tierNav } from './tiers/nav';
import { webhookNav } from './webhooks/nav';

/** The side navigation, contributed by modules; each item declares the permission it needs. */
export const navItems: NavItem[] = [
  ...dashboardNav,
  ...dealNav,
  ...extensionNav,
  ...pipelineNav,
  ...cosellNav,
  ...partnerNav,
  ...applicationNav,
  ...programNav,
  ...catalogNav,
  ...onboardingNav,
  ...tierNav,
  ...memberNav,
  ...apiKeyNav,
  ...webhookNav,
  ...auditNav,
  ...mailNav,
  ...accountNav,
];

/** Header controls contributed by modules (rendered before the language and theme switches). */
export const headerWidgets: ComponentType[] = [NotificationBell];
