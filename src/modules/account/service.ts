import type { Actor } from '../../platform/access/actor.js';
import type { Deps } from '../../platform/access/context.js';
import { rolePermissions } from '../../platform/access/permissions.js';
import { listMyMemberships } from '../../platform/auth/service.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid } from '../../platform/ids/index.js';

/** The signed-in principal: profile, current workspace and role, every membership, permissions. */
export async function describeMe(deps: Deps, actor: Actor) {
  if (actor.kind === 'apiKey') {
    return {
      user: null,
      current: null,
      memberships: [],
      permissions: actor.scopes,
      authenticatedWith: 'apiKey' as const,
    };
  }
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  // The actor's own profile, read before any tenant context exists (e.g. right after sign-in).
  const { rows } = await deps.pools.system.query<{
    email: string;
    name: string;
    locale: string;
    totp_enabled_at: Date | null;
  }>('select email, name, locale, totp_enabled_at from users where id = $1', [idToUuid(actor.userId)]);
  const user = rows[0];
  if (!user) throw new AppError('unauthenticated');
  const memberships = await listMyMemberships(deps, actor.userId);
  const current = memberships.find((m) => m.membershipId === actor.membership?.id) ?? null;
  return {
    user: {
      id: actor.userId,
      email: user.email,
      name: user.name,
      locale: user.locale,
      totpEnabled: !!user.totp_enabled_at,
    },
    current,
    memberships,
    permissions: current ? [...rolePermissions[current.role]] : [],
    authenticatedWith: 'session' as const,
  };
}
