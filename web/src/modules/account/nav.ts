import { IconUserCircle } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const accountNav: NavItem[] = [
  { to: '/account', label: 'nav.account', icon: IconUserCircle, section: 'personal' },
];
