import { IconAlertTriangle, IconBriefcase, IconClipboardCheck } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

/** Deals for everyone who may see them (partners: their own side); the queues for reviewers. */
export const dealNav: NavItem[] = [
  { to: '/deals', label: 'nav.deals', icon: IconBriefcase, section: 'main', permission: 'deals.read' },
  {
    to: '/deals/review',
    label: 'nav.dealReview',
    icon: IconClipboardCheck,
    section: 'main',
    permission: 'deals.review',
    audience: 'vendor',
  },
  {
    to: '/deals/conflicts',
    label: 'nav.dealConflicts',
    icon: IconAlertTriangle,
    section: 'main',
    permission: 'deals.review',
    audience: 'vendor',
  },
];
