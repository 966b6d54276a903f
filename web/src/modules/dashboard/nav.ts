import { IconLayoutDashboard } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const dashboardNav: NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconLayoutDashboard, section: 'main', exact: true },
];
