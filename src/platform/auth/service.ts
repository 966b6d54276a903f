import { generateSecret, generateURI, verifySync } from 'otplib';
import type pg from 'pg';
import type { Deps } from '../access/context.js';
import { isPartnerRole, isVendorRole, type Role } from '../access/permissions.js';
import { type AuditInput, appendAudit } from '../audit/index.js';
import { unsafeSystemTx } from '../db/system.js';
import { AppError } from '../errors/index.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import { queueMail } from '../mail/index.js';
import { decryptSecret, encryptSecret, hashPassword, randomToken, sha256, verifyPassword } from './crypto.js';
import { hitCounter } from './throttle.js';

export type RequestMeta = { ip: string | null; userAgent: string | null; requestId: string | null };

export type SessionGrant = {
  token: string;
  csrfToken: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
};

type UserRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  recovery_code_hashes: string[];
  failed_login_count: number;
  locked_until: Date | null;
  locale: string;
};

const appSecret = (deps: Deps) => {
  if (!deps.config.secret) throw new Error('SYMBIO_SECRET is not configured');
  return deps.config.secret;
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

async function findUserByEmail(q: pg.Pool | pg.PoolClient, email: string): Promise<UserRow | undefined> {
  const { rows } = await q.query<UserRow>('select * from users where lower(email) = $1', [
    normaliseEmail(email),
  ]);
  return rows[0];
}

function lockMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins: this account is locked until ${until.toISOString().slice(11, 16)} UTC (about ${minutes} min). Try again then, or reset your password.`;
}

/**
 * Sign-in with e-mail, password and (when enrolled) a TOTP or recovery code. Throttled per IP,
 * locked per account after repeated failures; counters live in PostgreSQL (shared by nodes).
 * Always issues a fresh session (rotation) and revokes the one the browser presented, if any.
 */
export async function login(
  deps: Deps,
  input: {
    email: string;
    password: string;
    totpCode?: string | undefined;
    recoveryCode?: string | undefined;
  },
  meta: RequestMeta & { previousToken?: string | undefined },
): Promise<SessionGrant> {
  const now = deps.clock.now();
  const ipHits = await hitCounter(deps.pools.system, `login-ip:${meta.ip ?? 'unknown'}`, 60, now);
  if (ipHits.count > deps.config.loginIpLimitPerMinute) {
    const retry = Math.ceil((ipHits.resetAt.getTime() - now.getTime()) / 1000);
    throw new AppError(
      'rate_limited',
      `Too many sign-in attempts from your network; try again in ${retry} s.`,
      {
        headers: { 'retry-after': String(retry) },
      },
    );
  }
  const user = await findUserByEmail(deps.pools.system, input.email);
  if (user?.locked_until && user.locked_until > now) {
    throw new AppError('account_locked', lockMessage(user.locked_until, now), {
      lockedUntil: user.locked_until.toISOString(),
      headers: { 'retry-after': String(Math.ceil((user.locked_until.getTime() - now.getTime()) / 1000)) },
    });
  }
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !passwordOk) {
    if (user) await recordFailure(deps, user, now);
    throw new AppError('invalid_credentials', 'E-mail or password is wrong.');
  }
  if (user.totp_enabled_at) {
    if (!input.totpCode && !input.recoveryCode) {
      throw new AppError(
        'mfa_required',
        'Enter the 6-digit code from your authenticator app, or a recovery code.',
        {
          errors: [
            { in: 'body', field: 'totpCode', pointer: '/totpCode', message: 'is required for this account' },
          ],
        },
      );
    }
    const ok = input.totpCode
      ? await acceptTotp(deps, user, input.totpCode)
      : await consumeRecoveryCode(deps, user, input.recoveryCode!);
    if (!ok) {
      await recordFailure(deps, user, now);
      throw new AppError('invalid_credentials', 'The one-time code is wrong or was already used.');
    }
  }
  return unsafeSystemTx(deps.pools, async (client) => {
    await client.query('update users set failed_login_count = 0, locked_until = null where id = $1', [
      user.id,
    ]);
    if (meta.previousToken) {
      await client.query('update sessions set revoked_at = $2 where token_hash = $1 and revoked_at is null', [
        sha256(meta.previousToken),
        now,
      ]);
    }
    // Land in the workspace used most recently, else the oldest membership.
    const { rows } = await client.query<{ workspace_id: string }>(
      `select m.workspace_id from memberships m
        left join lateral (select max(s.created_at) as last from sessions s where s.user_id = m.user_id and s.workspace_id = m.workspace_id) l on true
        where m.user_id = $1 order by l.last desc nulls last, m.created_at asc limit 1`,
      [user.id],
    );
    return createSession(deps, client, user.id, rows[0]?.workspace_id ?? null, meta);
  });
}

async function recordFailure(deps: Deps, user: UserRow, now: Date): Promise<void> {
  const { rows } = await deps.pools.system.query<{ failed_login_count: number }>(
    'update users set failed_login_count = failed_login_count + 1 where id = $1 returning failed_login_count',
    [user.id],
  );
  if ((rows[0]?.failed_login_count ?? 0) >= deps.config.loginMaxFailures) {
    const until = new Date(now.getTime() + deps.config.loginLockoutMinutes * 60_000);
    await unsafeSystemTx(deps.pools, async (client) => {
      await client.query('update users set locked_until = $2, failed_login_count = 0 where id = $1', [
        user.id,
        until,
      ]);
      // Tell the account's owner: a lockout they did not cause means someone is guessing.
      await queueMail(client, deps, {
        workspaceId: null,
        to: user.email,
        template: 'account_locked',
        locale: user.locale,
        data: {
          name: user.name,
          lockedUntil: until.toISOString(),
          resetUrl: `${publicBaseUrl(deps)}/forgot-password`,
        },
      });
    });
    deps.nudge?.();
    throw new AppError('account_locked', lockMessage(until, now), {
      lockedUntil: until.toISOString(),
      headers: { 'retry-after': String(deps.config.loginLockoutMinutes * 60) },
    });
  }
}

async function createSession(
  deps: Deps,
  client: pg.PoolClient,
  userUuid: string,
  workspaceUuid: string | null,
  meta: RequestMeta,
): Promise<SessionGrant> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const id = newId('session');
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionTtlHours * 3600_000);
  await client.query(
    `insert into sessions (id, token_hash, user_id, workspace_id, csrf_token, ip, user_agent, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)`,
    [
      idToUuid(id),
      sha256(token),
      userUuid,
      workspaceUuid,
      csrfToken,
      meta.ip,
      meta.userAgent?.slice(0, 500) ?? null,
      deps.clock.now(),
      expiresAt,
    ],
  );
  return { token, csrfToken, sessionId: id, userId: uuidToId('user', userUuid), expiresAt };
}

export async function logout(deps: Deps, sessionId: string): Promise<void> {
  await deps.pools.system.query('update sessions set revoked_at = $2 where id = $1 and revoked_at is null', [
    idToUuid(sessionId),
    deps.clock.now(),
  ]);
}

/** Ends every session of the user (all devices); returns how many were open. */
export async function logoutEverywhere(deps: Deps, userId: string): Promise<number> {
  const { rowCount } = await deps.pools.system.query(
    'update sessions set revoked_at = $2 where user_id = $1 and revoked_at is null',
    [idToUuid(userId), deps.clock.now()],
  );
  return rowCount ?? 0;
}

export async function switchWorkspace(
  deps: Deps,
  sessionId: string,
  userId: string,
  workspaceId: string,
): Promise<void> {
  const { rowCount } = await deps.pools.system.query(
    `update sessions s set workspace_id = $3 where s.id = $1 and s.user_id = $2
       and exists (select 1 from memberships m where m.user_id = $2 and m.workspace_id = $3)`,
    [idToUuid(sessionId), idToUuid(userId), idToUuid(workspaceId)],
  );
  if (!rowCount) throw new AppError('not_found', 'No such workspace.');
}

export type MyMembership = {
  membershipId: string;
  workspaceId: string;
  workspaceName: string;
  kind: 'vendor' | 'partner';
  role: Role;
  partnerId: string | null;
};

/** Every workspace the user belongs to (the workspace switcher): across tenants, by design. */
export async function listMyMemberships(deps: Deps, userId: string): Promise<MyMembership[]> {
  const { rows } = await deps.pools.system.query<{
    id: string;
    workspace_id: string;
    name: string;
    kind: 'vendor' | 'partner';
    role: string;
    partner_id: string | null;
  }>(
    `select m.id, m.workspace_id, w.name, m.kind, m.role, m.partner_id from memberships m
       join workspaces w on w.id = m.workspace_id where m.user_id = $1 order by w.name`,
    [idToUuid(userId)],
  );
  return rows
    .filter((r) => isVendorRole(r.role) || isPartnerRole(r.role))
    .map((r) => ({
      membershipId: uuidToId('membership', r.id),
      workspaceId: uuidToId('workspace', r.workspace_id),
      workspaceName: r.name,
      kind: r.kind,
      role: r.role as Role,
      partnerId: r.partner_id ? uuidToId('partner', r.partner_id) : null,
    }));
}

// --- TOTP -------------------------------------------------------------------------------

const TOTP_PURPOSE = 'totp-secret';

async function acceptTotp(deps: Deps, user: UserRow, code: string): Promise<boolean> {
  if (!user.totp_secret || !/^\d{6}$/.test(code)) return false;
  const secret = decryptSecret(appSecret(deps), TOTP_PURPOSE, user.totp_secret);
  const epoch = Math.floor(deps.clock.now().getTime() / 1000);
  const result = verifySync({ secret, token: code, epoch, epochTolerance: 30 });
  if (!result.valid) return false;
  const step = (result as { timeStep: number }).timeStep;
  // Conditional update: a code (time step) is accepted once, even by two concurrent sign-ins.
  const { rowCount } = await deps.pools.system.query(
    'update users set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2)',
    [user.id, step],
  );
  return (rowCount ?? 0) === 1;
}

async function consumeRecoveryCode(deps: Deps, user: UserRow, code: string): Promise<boolean> {
  const hashed = sha256(code.trim().toLowerCase().replace(/\s/g, ''));
  const { rowCount } = await deps.pools.system.query(
    `update users set recovery_code_hashes = recovery_code_hashes - $2::text
      where id = $1 and recovery_code_hashes ? $2::text`,
    [user.id, hashed],
  );
  return (rowCount ?? 0) === 1;
}

export async function beginTotpEnrolment(
  deps: Deps,
  userId: string,
): Promise<{ secret: string; otpauthUrl: string }> {
  const { rows } = await deps.pools.system.query<{ email: string; totp_enabled_at: Date | null }>(
    'select email, totp_enabled_at from users where id = $1',
    [idToUuid(userId)],
  );
  const user = rows[0];
  if (!user) throw new AppError('not_found');
  if (user.totp_enabled_at)
    throw new AppError('conflict', 'Two-factor authentication is already on; turn it off first.');
  const secret = generateSecret();
  await deps.pools.system.query('update users set totp_secret = $2 where id = $1', [
    idToUuid(userId),
    encryptSecret(appSecret(deps), TOTP_PURPOSE, secret),
  ]);
  return { secret, otpauthUrl: generateURI({ issuer: 'Symbio', label: user.email, secret }) };
}

/** Confirms enrolment with a first code; returns ten recovery codes, shown this once. */
export async function confirmTotpEnrolment(
  deps: Deps,
  userId: string,
  code: string,
  audit: (entry: AuditInput) => void,
): Promise<string[]> {
  const { rows } = await deps.pools.system.query<UserRow>('select * from users where id = $1', [
    idToUuid(userId),
  ]);
  const user = rows[0];
  if (!user?.totp_secret)
    throw new AppError('conflict', 'Start enrolment first (POST /api/v1/account/totp/setup).');
  if (user.totp_enabled_at) throw new AppError('conflict', 'Two-factor authentication is already on.');
  if (!(await acceptTotp(deps, user, code))) {
    throw new AppError('validation_failed', 'The code does not match; check the time on your device.', {
      errors: [{ in: 'body', field: 'code', pointer: '/code', message: 'does not match' }],
    });
  }
  const codes = Array.from({ length: 10 }, () =>
    randomToken(8)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 10),
  );
  await deps.pools.system.query(
    'update users set totp_enabled_at = $2, recovery_code_hashes = $3 where id = $1',
    [user.id, deps.clock.now(), JSON.stringify(codes.map((c) => sha256(c)))],
  );
  audit({ action: 'user.totp_enabled', objectType: 'user', objectId: userId });
  return codes;
}

export async function disableTotp(
  deps: Deps,
  userId: string,
  password: string,
  audit: (entry: AuditInput) => void,
): Promise<void> {
  const { rows } = await deps.pools.system.query<UserRow>('select * from users where id = $1', [
    idToUuid(userId),
  ]);
  if (!rows[0] || !(await verifyPassword(rows[0].password_hash, password))) {
    throw new AppError('validation_failed', 'The password is wrong.', {
      errors: [{ in: 'body', field: 'password', pointer: '/password', message: 'is wrong' }],
    });
  }
  await deps.pools.system.query(
    `update users set totp_secret = null, totp_enabled_at = null, totp_last_step = null, recovery_code_hashes = '[]' where id = $1`,
    [idToUuid(userId)],
  );
  audit({ action: 'user.totp_disabled', objectType: 'user', objectId: userId });
}

// --- Passwords ----------------------------------------------------------------------------

export async function changePassword(
  deps: Deps,
  userId: string,
  keepSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
  audit: (entry: AuditInput) => void,
): Promise<void> {
  const { rows } = await deps.pools.system.query<UserRow>('select * from users where id = $1', [
    idToUuid(userId),
  ]);
  if (!rows[0] || !(await verifyPassword(rows[0].password_hash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is wrong.', {
      errors: [{ in: 'body', field: 'currentPassword', pointer: '/currentPassword', message: 'is wrong' }],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await unsafeSystemTx(deps.pools, async (client) => {
    await client.query('update users set password_hash = $2, updated_at = $3 where id = $1', [
      idToUuid(userId),
      hash,
      deps.clock.now(),
    ]);
    // Other devices are signed out: a changed password must lock out whoever knew the old one.
    await client.query(
      'update sessions set revoked_at = $3 where user_id = $1 and revoked_at is null and id is distinct from $2',
      [idToUuid(userId), keepSessionId ? idToUuid(keepSessionId) : null, deps.clock.now()],
    );
  });
  audit({ action: 'user.password_changed', objectType: 'user', objectId: userId });
}

const RESET_TTL_MS = 60 * 60 * 1000;

/** Creates a single-use reset token for a user (returned to an admin until e-mail exists). */
export async function createPasswordReset(
  deps: Deps,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(deps.clock.now().getTime() + RESET_TTL_MS);
  await unsafeSystemTx(deps.pools, async (client) => {
    await client.query('insert into password_resets (token_hash, user_id, expires_at) values ($1, $2, $3)', [
      sha256(token),
      idToUuid(userId),
      expiresAt,
    ]);
    const { rows } = await client.query<{ email: string; name: string; locale: string }>(
      'select email, name, locale from users where id = $1',
      [idToUuid(userId)],
    );
    const user = rows[0];
    if (user) {
      await queueMail(client, deps, {
        workspaceId: null,
        to: user.email,
        template: 'password_reset',
        locale: user.locale,
        data: {
          name: user.name,
          resetUrl: `${publicBaseUrl(deps)}/reset-password#token=${token}`,
          expiresAt: expiresAt.toISOString(),
        },
      });
    }
  });
  deps.nudge?.();
  return { token, expiresAt };
}

export async function requestPasswordReset(deps: Deps, email: string): Promise<{ token: string } | null> {
  const user = await findUserByEmail(deps.pools.system, email);
  if (!user) return null;
  return createPasswordReset(deps, uuidToId('user', user.id));
}

export const publicBaseUrl = (deps: Pick<Deps, 'config'>) =>
  deps.config.publicUrl ?? `http://localhost:${deps.config.port}`;

export async function confirmPasswordReset(deps: Deps, token: string, newPassword: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  const now = deps.clock.now();
  await unsafeSystemTx(deps.pools, async (client) => {
    const { rows } = await client.query<{ user_id: string }>(
      `update password_resets set used_at = $2 where token_hash = $1 and used_at is null and expires_at > $2 returning user_id`,
      [sha256(token), now],
    );
    const userId = rows[0]?.user_id;
    if (!userId)
      throw new AppError('invalid_token', 'This reset link is invalid, used or expired; request a new one.');
    await client.query(
      'update users set password_hash = $2, failed_login_count = 0, locked_until = null, updated_at = $3 where id = $1',
      [userId, hash, now],
    );
    await client.query('update sessions set revoked_at = $2 where user_id = $1 and revoked_at is null', [
      userId,
      now,
    ]);
    await auditEverywhere(
      client,
      userId,
      { action: 'user.password_reset', objectType: 'user', objectId: uuidToId('user', userId) },
      now,
    );
  });
}

/** User-level events (no acting workspace) are recorded in every workspace the user belongs to. */
async function auditEverywhere(
  client: pg.PoolClient,
  userUuid: string,
  entry: AuditInput,
  now: Date,
): Promise<void> {
  const { rows } = await client.query<{ workspace_id: string }>(
    'select workspace_id from memberships where user_id = $1',
    [userUuid],
  );
  for (const r of rows) {
    await appendAudit(client, uuidToId('workspace', r.workspace_id), [entry], {
      actorKind: 'user',
      actorId: uuidToId('user', userUuid),
      requestId: null,
      ip: null,
      occurredAt: now,
    });
  }
}

// --- Invitations ---------------------------------------------------------------------------

/**
 * Accepts an invitation: creates the user if the e-mail is new (name and password required
 * then), adds the membership, and spends the token, all in one transaction.
 */
export async function acceptInvitation(
  deps: Deps,
  input: { token: string; name?: string | undefined; password?: string | undefined },
  meta: RequestMeta,
): Promise<{ workspaceId: string; userId: string; created: boolean }> {
  const now = deps.clock.now();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return unsafeSystemTx(deps.pools, async (client) => {
    const { rows } = await client.query<{
      workspace_id: string;
      id: string;
      email: string;
      kind: 'vendor' | 'partner';
      role: string;
      partner_id: string | null;
    }>(
      `update invitations set accepted_at = $2 where token_hash = $1 and accepted_at is null and revoked_at is null and expires_at > $2
       returning workspace_id, id, email, kind, role, partner_id`,
      [sha256(input.token), now],
    );
    const inv = rows[0];
    if (!inv)
      throw new AppError('invalid_token', 'This invitation is invalid, already used, revoked or expired.');
    let user = await findUserByEmail(client, inv.email);
    let created = false;
    if (!user) {
      const missing = [...(input.name ? [] : ['name']), ...(passwordHash ? [] : ['password'])];
      if (missing.length > 0) {
        throw new AppError('validation_failed', `A new account needs ${missing.join(' and ')}.`, {
          errors: missing.map((f) => ({
            in: 'body' as const,
            field: f,
            pointer: `/${f}`,
            message: 'is required for a new account',
          })),
        });
      }
      const id = newId('user');
      const res = await client.query<UserRow>(
        'insert into users (id, email, name, password_hash) values ($1, $2, $3, $4) returning *',
        [idToUuid(id), normaliseEmail(inv.email), input.name, passwordHash],
      );
      user = res.rows[0]!;
      created = true;
    }
    const membershipId = newId('membership');
    const inserted = await client.query(
      `insert into memberships (workspace_id, id, user_id, kind, role, partner_id) values ($1, $2, $3, $4, $5, $6)
       on conflict (workspace_id, user_id) do nothing`,
      [inv.workspace_id, idToUuid(membershipId), user.id, inv.kind, inv.role, inv.partner_id],
    );
    if (!inserted.rowCount) throw new AppError('conflict', 'You are already a member of this workspace.');
    const workspaceId = uuidToId('workspace', inv.workspace_id);
    const userId = uuidToId('user', user.id);
    await appendAudit(
      client,
      workspaceId,
      [
        {
          action: 'invitation.accepted',
          objectType: 'invitation',
          objectId: uuidToId('invitation', inv.id),
          partnerId: inv.partner_id ? uuidToId('partner', inv.partner_id) : null,
        },
        {
          action: 'membership.created',
          objectType: 'membership',
          objectId: membershipId,
          partnerId: inv.partner_id ? uuidToId('partner', inv.partner_id) : null,
          after: { userId, kind: inv.kind, role: inv.role },
        },
      ],
      { actorKind: 'user', actorId: userId, requestId: meta.requestId, ip: meta.ip, occurredAt: now },
    );
    return { workspaceId, userId, created };
  });
}

/** Used by the CLI and the demo seed: a user with a password, created or updated. */
export async function upsertUserWithPassword(
  client: pg.PoolClient | pg.Pool,
  input: { email: string; name: string; password: string },
): Promise<string> {
  const hash = await hashPassword(input.password);
  const id = newId('user');
  const { rows } = await client.query<{ id: string }>(
    `insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)
     on conflict ((lower(email))) do update set password_hash = excluded.password_hash, name = excluded.name
     returning id`,
    [idToUuid(id), normaliseEmail(input.email), input.name, hash],
  );
  return uuidToId('user', rows[0]!.id);
}
