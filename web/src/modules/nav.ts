import type { ComponentType } from 'react';
import type { NavItem } from '../platform/layout/nav';
import { accountNav } from './account/nav';
import { apiKeyNav } from './api-keys/nav';
import { applicationNav } from './applications/nav';
import { auditNav } from './audit/nav';
import { dashboardNav } from './dashboard/nav';
import { mailNav } from './mail/nav';
import { memberNav } from './members/nav';
import { NotificationBell } from './notifications/NotificationBell';
import { onboardingNav } from './onboarding/nav';
import { partnerNav } from './partners/nav';
import { programNav } from './programs/nav';
import { tierNav } from './tiers/nav';
import { webhookNav } from './webhooks/nav';

/** The side navigation, contributed by modules; each item declares the permission it needs. */
export const navItems: NavItem[] = [
  ...dashboardNav,
  ...partnerNav,
  ...applicationNav,
  ...programNav,
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
