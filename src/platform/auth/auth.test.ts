import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createKey,
  createTenant,
  login,
  PASSWORD,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid } from '../ids/index.js';

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 5, loginLockoutMinutes: 15, loginIpLimitPerMinute: 1000 });
  a = await createTenant(t.pools, 'auth');
});
afterAll(() => t.close());

const loginRaw = (email: string, password: string, extra: Record<string, string> = {}, ip = '10.9.9.9') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...extra },
    remoteAddress: ip,
  });

describe('sign-in', () => {
  it('issues an HttpOnly, SameSite session cookie and a CSRF token', async () => {
    const res = await loginRaw(a.users.viewer.email, PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/symbio_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json().csrfToken).toBeTruthy();
    expect(res.json().me.current.role).toBe('viewer');
  });

  it('rotates the session on login: the previous cookie stops working', async () => {
    const first = await login(t.app, a.users.sales.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: a.users.sales.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
  });

  it('throttles brute force and locks the account with a clear message', async () => {
    const email = a.users.finance.email;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await loginRaw(email, `wrong-${i}`)).statusCode);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
    // Even the right password is refused while locked, and the message says until when.
    const locked = await loginRaw(email, PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');
    expect(locked.json().detail).toMatch(/locked until \d\d:\d\d UTC/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // After the lockout window the right password works again.
    t.clock.advance(16 * 60_000);
    expect((await loginRaw(email, PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per IP address', async () => {
    const strict = await createTestApp({ loginIpLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await strict.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `nobody${i}@example.com`, password: 'x' },
          remoteAddress: '10.1.2.3',
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });

  it('does not reveal whether an e-mail exists', async () => {
    const unknown = await loginRaw('nobody@example.com', 'whatever-123');
    const wrong = await loginRaw(a.users.channel_marketing.email, 'whatever-123');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });
});

describe('sessions', () => {
  it('a session cookie is useless after logout', async () => {
    const s = await login(t.app, a.users.admin.email);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s) })).statusCode,
    ).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: authHeaders(s) });
    expect(out.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s) })).statusCode,
    ).toBe(401);
  });

  it('logout everywhere ends every session of the user', async () => {
    const s1 = await login(t.app, a.users.channel_manager.email);
    const s2 = await login(t.app, a.users.channel_manager.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: authHeaders(s1),
    });
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(2);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s2) })).statusCode,
    ).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const s = await login(t.app, a.users.owner.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { cookie: s.cookie },
      payload: { name: 'CSRF victim', types: ['var'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { cookie: s.cookie, 'x-csrf-token': 'nope' },
      payload: { name: 'CSRF victim', types: ['var'] },
    });
    expect(wrong.statusCode).toBe(403);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from partners where name = 'CSRF victim'`,
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('API keys', () => {
  it('a key without the needed scope gets 403; a revoked key gets 401', async () => {
    const readOnly = await createKey(t.pools, a.workspaceId, null, ['partners.read']);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: authHeaders(readOnly),
    });
    expect(list.statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(readOnly),
      payload: { name: 'Nope', types: ['var'] },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().detail).toContain('partners.create');

    const owner = await login(t.app, a.users.owner.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: authHeaders(owner),
      payload: { name: 'to revoke', scopes: ['partners.read'] },
    });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json();
    expect(secret).toMatch(/^sbk_/);
    // Only the hash is stored.
    const stored = await t.admin.query('select token_hash from api_keys where id = $1', [idToUuid(id)]);
    expect(stored.rows[0].token_hash).not.toContain(secret);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(secret) })).statusCode,
    ).toBe(200);
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/api-keys/${id}`,
      headers: authHeaders(owner),
    });
    expect(shown.json().secret).toBeUndefined();
    expect(shown.json().lastUsedAt).not.toBeNull();
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-keys/${id}`,
      headers: authHeaders(owner),
    });
    expect(revoke.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(secret) });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toContain('revoked');
  });

  it('cannot grant scopes beyond its creator', async () => {
    const viewerKeyMaker = await login(t.app, a.users.partner_admin.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: authHeaders(viewerKeyMaker),
      payload: { name: 'escalate', scopes: ['partners.read', 'audit.read'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].field).toBe('scopes.1');
  });

  it('an unknown bearer token is 401, not anonymous', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: { authorization: 'Bearer sbk_nope' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('two-factor (TOTP)', () => {
  it('enrols, then requires a code at sign-in; a used code and a recovery code behave', async () => {
    const email = a.users.channel_marketing.email;
    const s = await login(t.app, email);
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/totp/setup',
      headers: authHeaders(s),
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const code = () => generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/totp/enable',
      headers: authHeaders(s),
      payload: { code: code() },
    });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json();
    expect(recoveryCodes).toHaveLength(10);

    const noCode = await loginRaw(email, PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('mfa_required');

    t.clock.advance(30_000);
    const withCode = await loginRaw(email, PASSWORD, { totpCode: code() });
    expect(withCode.statusCode).toBe(200);
    // The same code cannot be replayed.
    const replay = await loginRaw(email, PASSWORD, { totpCode: code() });
    expect(replay.statusCode).toBe(401);

    const recovery = await loginRaw(email, PASSWORD, { recoveryCode: recoveryCodes[0] });
    expect(recovery.statusCode).toBe(200);
    const reuse = await loginRaw(email, PASSWORD, { recoveryCode: recoveryCodes[0] });
    expect(reuse.statusCode).toBe(401);
    // The stored secret is encrypted, not the base32 seed.
    const { rows } = await t.admin.query('select totp_secret from users where lower(email) = $1', [email]);
    expect(rows[0].totp_secret).not.toContain(secret);
  });
});

describe('invitations and password reset', () => {
  it('invites, accepts once, and the new user can sign in in the right role', async () => {
    const owner = await login(t.app, a.users.owner.email);
    const inv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: authHeaders(owner),
      payload: { email: 'Invitee@Example.com', role: 'partner_rep', partnerId: a.partners[1] },
    });
    expect(inv.statusCode).toBe(201);
    const { token, acceptUrl } = inv.json();
    expect(acceptUrl).toContain(token);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Ina Vitee', password: 'a-good-long-password' },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().accountCreated).toBe(true);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Ina Vitee', password: 'a-good-long-password' },
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('invalid_token');
    const s = await login(t.app, 'invitee@example.com', 'a-good-long-password');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s) });
    expect(me.json().current).toMatchObject({ role: 'partner_rep', partnerId: a.partners[1] });
  });

  it('an expired invitation cannot be accepted', async () => {
    const owner = await login(t.app, a.users.owner.email);
    const inv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: authHeaders(owner),
      payload: { email: 'late@example.com', role: 'viewer', expiresInDays: 1 },
    });
    t.clock.advance(2 * 86_400_000);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: inv.json().token, name: 'Late', password: 'a-good-long-password' },
    });
    expect(accept.statusCode).toBe(401);
  });

  it('a reset link sets a new password once, ends sessions and lifts a lockout', async () => {
    const owner = await login(t.app, a.users.owner.email);
    const victim = a.users.viewer;
    const victimSession = await login(t.app, victim.email);
    const member = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/members?q=${encodeURIComponent(victim.email)}`,
        headers: authHeaders(owner),
      })
    ).json().data[0];
    const link = await t.app.inject({
      method: 'POST',
      url: `/api/v1/members/${member.id}/password-reset`,
      headers: authHeaders(owner),
    });
    expect(link.statusCode).toBe(201);
    const { token } = link.json();
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, newPassword: 'brand-new-password' },
    });
    expect(confirm.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(victimSession) }))
        .statusCode,
    ).toBe(401);
    await login(t.app, victim.email, 'brand-new-password');
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, newPassword: 'another-password-1' },
    });
    expect(reuse.statusCode).toBe(401);
  });

  it('the public reset request answers the same for known and unknown e-mails', async () => {
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: a.users.sales.email },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'ghost@example.com' },
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
  });
});

describe('client IP', () => {
  it('ignores X-Forwarded-For unless a proxy is configured, so the IP limit cannot be dodged', async () => {
    const strict = await createTestApp({ loginIpLimitPerMinute: 2 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await strict.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `spoof${i}@example.com`, password: 'x' },
          remoteAddress: '10.7.7.7',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });
});
