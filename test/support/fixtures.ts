import type { FastifyInstance } from 'fastify';
import type { Permission, Role } from '../../src/platform/access/permissions.js';
import { allPermissions, isPartnerRole, rolePermissions } from '../../src/platform/access/permissions.js';
import { hashPassword, randomToken, sha256 } from '../../src/platform/auth/crypto.js';
import { API_KEY_PREFIX } from '../../src/platform/auth/resolve.js';
import type { Pools } from '../../src/platform/db/pools.js';
import { idToUuid, newId } from '../../src/platform/ids/index.js';

export const PASSWORD = 'test-password-123';
let hashed: Promise<string> | undefined;

export type TestUser = { userId: string; email: string; role: Role; partnerId: string | null };
export type Tenant = {
  label: string;
  workspaceId: string;
  partners: [string, string];
  users: Record<Role, TestUser>;
  /** Partner admin / rep of the second partner as well, for partner-vs-partner checks. */
  otherPartnerAdmin: TestUser;
  workspaceKey: string;
  partnerKey: string;
};

/**
 * A workspace with two partners, a user in every role (partner roles on the first partner),
 * a full-scope workspace API key and a partner-scoped key for the first partner. Written with
 * the system pool: fixtures are set-up, not behaviour under test.
 */
export async function createTenant(pools: Pools, label: string): Promise<Tenant> {
  hashed ??= hashPassword(PASSWORD);
  const hash = await hashed;
  const workspaceId = newId('workspace');
  const ws = idToUuid(workspaceId);
  const q = (sql: string, params: unknown[]) => pools.system.query(sql, params);
  await q(`insert into workspaces (id, name, slug) values ($1, $2, $3)`, [
    ws,
    `Workspace ${label}`,
    `ws-${label}-${workspaceId.slice(-8)}`,
  ]);
  const partners = [newId('partner'), newId('partner')] as [string, string];
  for (const [i, p] of partners.entries()) {
    await q(
      `insert into partners (workspace_id, id, name, types, country) values ($1, $2, $3, '{var}', 'DE')`,
      [ws, idToUuid(p), `Partner ${label}${i + 1}`],
    );
  }
  const addUser = async (role: Role, partnerId: string | null, tag: string): Promise<TestUser> => {
    const userId = newId('user');
    const email = `${tag}.${label}.${userId.slice(-6)}@test.example`.toLowerCase();
    await q(`insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)`, [
      idToUuid(userId),
      email,
      `${tag} ${label}`,
      hash,
    ]);
    await q(
      `insert into memberships (workspace_id, id, user_id, kind, role, partner_id) values ($1, $2, $3, $4, $5, $6)`,
      [
        ws,
        idToUuid(newId('membership')),
        idToUuid(userId),
        isPartnerRole(role) ? 'partner' : 'vendor',
        role,
        partnerId ? idToUuid(partnerId) : null,
      ],
    );
    return { userId, email, role, partnerId };
  };
  const users = {} as Record<Role, TestUser>;
  for (const role of Object.keys(rolePermissions) as Role[]) {
    users[role] = await addUser(role, isPartnerRole(role) ? partners[0] : null, role);
  }
  const otherPartnerAdmin = await addUser('partner_admin', partners[1], 'other-partner-admin');
  const workspaceKey = await createKey(pools, workspaceId, null, allPermissions);
  const partnerKey = await createKey(pools, workspaceId, partners[0], [...rolePermissions.partner_admin]);
  return { label, workspaceId, partners, users, otherPartnerAdmin, workspaceKey, partnerKey };
}

export async function createKey(
  pools: Pools,
  workspaceId: string,
  partnerId: string | null,
  scopes: readonly Permission[],
) {
  const secret = `${API_KEY_PREFIX}${randomToken()}`;
  await pools.system.query(
    `insert into api_keys (workspace_id, id, partner_id, name, token_hash, token_hint, scopes, created_by) values ($1, $2, $3, 'test', $4, $5, $6, 'test')`,
    [
      idToUuid(workspaceId),
      idToUuid(newId('apiKey')),
      partnerId ? idToUuid(partnerId) : null,
      sha256(secret),
      secret.slice(-4),
      scopes,
    ],
  );
  return secret;
}

export type Session = { cookie: string; csrf: string };

export async function login(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
  extra: Record<string, string> = {},
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...extra },
  });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? '';
  return { cookie: raw.split(';')[0]!, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

/** Headers for a request as a session (with CSRF) or an API key. */
export function authHeaders(who: Session | string): Record<string, string> {
  return typeof who === 'string'
    ? { authorization: `Bearer ${who}` }
    : { cookie: who.cookie, 'x-csrf-token': who.csrf };
}
