import type { ComponentType } from 'react';
import type { NavItem } from '../platform/layout/nav';
import { accountNav } from './account/nav';
import { apiKeyNav } from './api-keys/nav';
import { auditNav } from './audit/nav';
import { dashboardNav } from './dashboard/nav';
import { memberNav } from './members/nav';
import { partnerNav } from './partners/nav';

/** The side navigation, contributed by modules; each item declares the permission it needs. */
export const navItems: NavItem[] = [
  ...dashboardNav,
  ...partnerNav,
  ...memberNav,
  ...apiKeyNav,
  ...auditNav,
  ...accountNav,
];

/** Header controls contributed by modules (rendered before the language and theme switches). */
export const headerWidgets: ComponentType[] = [];
