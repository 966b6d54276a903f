import { IconSitemap } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const programNav: NavItem[] = [
  {
    to: '/programs',
    label: 'nav.programs',
    icon: IconSitemap,
    section: 'admin',
    permission: 'programs.manage',
    audience: 'vendor',
  },
];
