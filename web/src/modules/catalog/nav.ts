import { IconPackage } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const catalogNav: NavItem[] = [
  {
    to: '/products',
    label: 'nav.products',
    icon: IconPackage,
    section: 'admin',
    permission: 'deals.manage',
    audience: 'vendor',
  },
];
