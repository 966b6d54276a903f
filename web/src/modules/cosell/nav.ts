import { IconRoute, IconTargetArrow } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

/** Joint account plans and the touchpoint log: staff and partners (partners see their own). */
export const cosellNav: NavItem[] = [
  {
    to: '/account-plans',
    label: 'nav.accountPlans',
    icon: IconTargetArrow,
    section: 'main',
    permission: 'deals.read',
  },
  {
    to: '/touchpoints',
    label: 'nav.touchpoints',
    icon: IconRoute,
    section: 'main',
    permission: 'deals.read',
  },
];
