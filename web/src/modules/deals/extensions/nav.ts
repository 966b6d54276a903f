import { IconCalendarPlus } from '@tabler/icons-react';
import type { NavItem } from '../../../platform/layout/nav';

/** The extension review queue, for reviewers. */
export const extensionNav: NavItem[] = [
  {
    to: '/deals/extensions',
    label: 'nav.dealExtensions',
    icon: IconCalendarPlus,
    section: 'main',
    permission: 'deals.review',
    audience: 'vendor',
  },
];
