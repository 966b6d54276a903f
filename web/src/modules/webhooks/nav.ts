import { IconWebhook } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const webhookNav: NavItem[] = [
  {
    to: '/webhooks',
    label: 'nav.webhooks',
    icon: IconWebhook,
    section: 'developers',
    permission: 'webhooks.manage',
  },
];
