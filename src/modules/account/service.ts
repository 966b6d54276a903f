import type pg from 'pg';
import type { Actor } from '../../platform/access/actor.js';
import type { Ctx, Deps } from '../../platform/access/context.js';
import { rolePermissions } from '../../platform/access/permissions.js';
import { listMyMemberships } from '../../platform/auth/service.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid } from '../../platform/ids/index.js';

/** The signed-in principal: profile, current workspace and role, every membership, permissions. */
type Queryable = Pick<pg.PoolClient, 'query'>;

export async function describeMe(deps: Deps, actor: Actor, db: Queryable = deps.pools.system) {
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
  const { rows } = await db.query<{
    email: string;
    name: string;
    locale: string;
    time_zone: string | null;
    totp_enabled_at: Date | null;
    version: number;
  }>('select email, name, locale, time_zone, totp_enabled_at, version from users where id = $1', [
    idToUuid(actor.userId),
  ]);
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
      timeZone: user.time_zone,
      totpEnabled: !!user.totp_enabled_at,
    },
    current,
    memberships,
    permissions: current ? [...rolePermissions[current.role]] : [],
    authenticatedWith: 'session' as const,
    /** The profile's version, sent as the ETag of /me. */
    version: user.version,
  };
}

/** The signed-in user edits its own profile (the request role may update only its own row). */
export async function updateProfile(
  ctx: Ctx,
  deps: Deps,
  actor: Actor,
  input: { name?: string | undefined; locale?: string | undefined; timeZone?: string | null | undefined },
  expectedVersion?: number,
) {
  if (actor.kind !== 'user') throw new AppError('forbidden', 'Only signed-in users have a profile.');
  const before = await describeMe(deps, actor, ctx.client);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `Your profile is at version ${before.version}; reload it and try again.`,
    );
  }
  const sets: string[] = [];
  const values: unknown[] = [idToUuid(actor.userId)];
  for (const [column, value] of [
    ['name', input.name],
    ['locale', input.locale],
    ['time_zone', input.timeZone],
  ] as const) {
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  }
  if (sets.length > 0) {
    values.push(ctx.clock.now());
    await ctx.client.query(
      `update users set ${sets.join(', ')}, updated_at = $${values.length} where id = $1`,
      values,
    );
  }
  const after = await describeMe(deps, actor, ctx.client);
  ctx.audit({
    action: 'user.profile_updated',
    objectType: 'user',
    objectId: actor.userId,
    before: before.user,
    after: after.user,
  });
  return after;
}
