import { IconChecklist, IconSignature } from '@tabler/icons-react';
import type { NavItem } from '../../platform/layout/nav';

export const onboardingNav: NavItem[] = [
  {
    to: '/onboarding',
    label: 'nav.onboarding',
    icon: IconChecklist,
    section: 'program',
    permission: 'onboarding.read',
    audience: 'partner',
  },
  {
    to: '/agreements',
    label: 'nav.agreements',
    icon: IconSignature,
    section: 'program',
    permission: 'programs.read',
    audience: 'vendor',
  },
];
