import { IconBuildingSkyscraper, IconBuildingStore } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const partnerNav: NavItem[] = [
  {
    to: '/partners',
    label: 'nav.partners',
    icon: IconBuildingStore,
    section: 'program',
    permission: 'partners.read',
    audience: 'vendor',
  },
  {
    to: '/partners/$partnerId',
    params: (me) => (me.current?.partnerId ? { partnerId: me.current.partnerId } : null),
    label: 'nav.myOrganisation',
    icon: IconBuildingSkyscraper,
    section: 'program',
    permission: 'partners.read',
    audience: 'partner',
  },
];
