import { IconMailPlus, IconUsers } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const memberNav: NavItem[] = [
  { to: '/members', label: 'nav.members', icon: IconUsers, section: 'team', permission: 'members.read' },
  {
    to: '/invitations',
    label: 'nav.invitations',
    icon: IconMailPlus,
    section: 'team',
    permission: 'members.invite',
  },
];
