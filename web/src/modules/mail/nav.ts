import { IconMail } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const mailNav: NavItem[] = [
  { to: '/mail', label: 'nav.mail', icon: IconMail, section: 'admin', permission: 'jobs.read' },
];
