import { IconChartFunnel } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

/** The vendor's own pipeline: staff only (partners never see it). */
export const pipelineNav: NavItem[] = [
  {
    to: '/pipeline',
    label: 'nav.pipeline',
    icon: IconChartFunnel,
    section: 'main',
    permission: 'deals.read',
    audience: 'vendor',
  },
];
