import { IconTrophy } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const tierNav: NavItem[] = [
  {
    to: '/tier',
    label: 'nav.tier',
    icon: IconTrophy,
    section: 'program',
    permission: 'tiers.read',
    audience: 'partner',
  },
];
