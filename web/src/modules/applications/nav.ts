import { IconInbox } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const applicationNav: NavItem[] = [
  {
    to: '/applications',
    label: 'nav.applications',
    icon: IconInbox,
    section: 'program',
    permission: 'applications.review',
    audience: 'vendor',
  },
];
