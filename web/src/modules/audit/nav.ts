import { IconShieldCheck } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const auditNav: NavItem[] = [
  { to: '/audit', label: 'nav.audit', icon: IconShieldCheck, section: 'admin', permission: 'audit.read' },
];
