import type { ComponentType } from 'react';
import type { Me } from '../auth/session';

/** Sections of the side navigation, in display order. */
export const navSections = ['main', 'program', 'team', 'developers', 'admin', 'personal'] as const;
export type NavSection = (typeof navSections)[number];

export type NavItem = {
  /** Route path; `params` fills its $parameters from the signed-in principal. */
  to: string;
  params?: (me: Me) => Record<string, string> | null;
  label:
    | 'nav.dashboard'
    | 'nav.partners'
    | 'nav.myOrganisation'
    | 'nav.members'
    | 'nav.invitations'
    | 'nav.apiKeys'
    | 'nav.audit'
    | 'nav.webhooks'
    | 'nav.mail'
    | 'nav.account'
    | 'nav.applications'
    | 'nav.programs'
    | 'nav.onboarding'
    | 'nav.agreements'
    | 'nav.tier'
    | 'nav.deals'
    | 'nav.products'
    | 'nav.pipeline'
    | 'nav.dealReview'
    | 'nav.dealConflicts'
    | 'nav.dealExtensions'
    | 'nav.accountPlans'
    | 'nav.touchpoints';
  icon: ComponentType<{ size?: number; stroke?: number }>;
  section: NavSection;
  /** Shown only with this permission (from /me). */
  permission?: string;
  /** Vendor staff or partner users only. */
  audience?: 'vendor' | 'partner';
  /** Active only on the exact path (the dashboard), not on its children. */
  exact?: boolean;
};

export function visibleNav(items: NavItem[], me: Me): NavItem[] {
  const kind = me.current?.kind;
  return items.filter(
    (i) =>
      (!i.permission || me.permissions.includes(i.permission)) &&
      (!i.audience || i.audience === kind) &&
      (!i.params || i.params(me) !== null),
  );
}
