import { IconKey } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const apiKeyNav: NavItem[] = [
  {
    to: '/account/api-keys',
    label: 'nav.apiKeys',
    icon: IconKey,
    section: 'developers',
    permission: 'apikeys.read',
  },
];
