import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../access/context.js';
import { isPartnerRole, isVendorRole, type Permission, type Role } from '../access/permissions.js';
import { AppError } from '../errors/index.js';
import { uuidToId } from '../ids/index.js';
import { sha256 } from './crypto.js';

export const SESSION_COOKIE = 'symbio_session';
export const API_KEY_PREFIX = 'sbk_';

export type ResolvedAuth = { actor: Actor; via: 'session' | 'apiKey' | 'none'; csrfToken: string | null };

/**
 * Turns the request's credentials into an actor, using the system pool (no tenant is known yet).
 * A bad or revoked credential is a 401; no credential is the anonymous actor (public routes).
 */
export async function resolveAuth(deps: Deps, req: FastifyRequest): Promise<ResolvedAuth> {
  const authz = req.headers.authorization;
  if (authz !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authz);
    if (!match?.[1]?.startsWith(API_KEY_PREFIX)) {
      throw new AppError('unauthenticated', 'Authorization must be "Bearer sbk_…" with an API key.');
    }
    return { actor: await resolveApiKey(deps, match[1]), via: 'apiKey', csrfToken: null };
  }
  const token = req.cookies?.[SESSION_COOKIE];
  if (token) {
    const session = await resolveSession(deps, token);
    if (session) return { actor: session.actor, via: 'session', csrfToken: session.csrfToken };
  }
  return { actor: { kind: 'anonymous' }, via: 'none', csrfToken: null };
}

async function resolveApiKey(deps: Deps, token: string): Promise<Actor> {
  const { rows } = await deps.pools.system.query<{
    workspace_id: string;
    id: string;
    partner_id: string | null;
    scopes: string[];
    last_used_at: Date | null;
    expires_at: Date | null;
    revoked_at: Date | null;
  }>(
    'select workspace_id, id, partner_id, scopes, last_used_at, expires_at, revoked_at from api_keys where token_hash = $1',
    [sha256(token)],
  );
  const key = rows[0];
  const now = deps.clock.now();
  if (!key) throw new AppError('unauthenticated', 'Unknown API key.');
  if (key.revoked_at) throw new AppError('unauthenticated', 'This API key was revoked.');
  if (key.expires_at && key.expires_at <= now)
    throw new AppError('unauthenticated', 'This API key has expired.');
  // Last-used time at one-minute resolution: one write per key per minute, not per request.
  if (!key.last_used_at || now.getTime() - key.last_used_at.getTime() > 60_000) {
    await deps.pools.system.query(
      'update api_keys set last_used_at = $3 where workspace_id = $1 and id = $2',
      [key.workspace_id, key.id, now],
    );
  }
  return {
    kind: 'apiKey',
    apiKeyId: uuidToId('apiKey', key.id),
    workspaceId: uuidToId('workspace', key.workspace_id),
    partnerId: key.partner_id ? uuidToId('partner', key.partner_id) : null,
    scopes: key.scopes as Permission[],
  };
}

async function resolveSession(
  deps: Deps,
  token: string,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const now = deps.clock.now();
  const { rows } = await deps.pools.system.query<{
    id: string;
    user_id: string;
    workspace_id: string | null;
    csrf_token: string;
    last_seen_at: Date;
    membership_id: string | null;
    role: string | null;
    partner_id: string | null;
  }>(
    `select s.id, s.user_id, s.workspace_id, s.csrf_token, s.last_seen_at,
            m.id as membership_id, m.role, m.partner_id
       from sessions s
       left join memberships m on m.workspace_id = s.workspace_id and m.user_id = s.user_id
            -- A user of an offboarded partner keeps the membership (history) but not its access.
            and not exists (select 1 from partners p where p.workspace_id = m.workspace_id
                              and p.id = m.partner_id and p.status = 'offboarded')
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2`,
    [sha256(token), now],
  );
  const s = rows[0];
  if (!s) return null;
  if (now.getTime() - s.last_seen_at.getTime() > 300_000) {
    await deps.pools.system.query('update sessions set last_seen_at = $2 where id = $1', [s.id, now]);
  }
  const role = s.role as Role | null;
  const membership =
    s.workspace_id && s.membership_id && role && (isVendorRole(role) || isPartnerRole(role))
      ? {
          id: uuidToId('membership', s.membership_id),
          workspaceId: uuidToId('workspace', s.workspace_id),
          role,
          partnerId: s.partner_id ? uuidToId('partner', s.partner_id) : null,
        }
      : null;
  return {
    actor: {
      kind: 'user',
      userId: uuidToId('user', s.user_id),
      sessionId: uuidToId('session', s.id),
      membership,
    },
    csrfToken: s.csrf_token,
  };
}
