import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid } from '../../platform/ids/index.js';

let t: TestApp;
let a: Tenant;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'lc');
  owner = await login(t.app, a.users.owner.email);
});
afterAll(() => t.close());

const call = (who: Session | string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: authHeaders(who),
    ...(payload ? { payload: payload as object } : {}),
  });
const move = (who: Session | string, partnerId: string, to: string, reason = 'because') =>
  call(who, 'POST', `/api/v1/partners/${partnerId}/transitions`, { to, reason });

async function newPartner(status: 'prospect' | 'active' = 'prospect') {
  const res = await call(owner, 'POST', '/api/v1/partners', {
    name: `LC ${Math.random()}`,
    types: ['si'],
    status,
  });
  return res.json().id as string;
}

describe('lifecycle transitions', () => {
  it('moves a partner, records who/when/why and emits partner.state_changed', async () => {
    const id = await newPartner();
    t.clock.advance(1000);
    const res = await move(owner, id, 'onboarding', 'Vendor-sourced, skip application');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      partnerId: id,
      from: 'prospect',
      to: 'onboarding',
      reason: 'Vendor-sourced, skip application',
      actorKind: 'user',
      actorId: a.users.owner.userId,
      at: t.clock.now().toISOString(),
    });
    expect(res.json().id).toMatch(/^ltr_/);
    const p = await call(owner, 'GET', `/api/v1/partners/${id}`);
    expect(p.json()).toMatchObject({ status: 'onboarding', statusChangedAt: t.clock.now().toISOString() });
    const { rows } = await t.admin.query(
      `select data from events where type = 'partner.state_changed' and object_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ from: 'prospect', to: 'onboarding' });
  });

  it('refuses an invalid move with a problem naming the allowed states', async () => {
    const id = await newPartner();
    const res = await move(owner, id, 'active');
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      type: 'urn:symbio:problem:invalid_transition',
      code: 'invalid_transition',
      from: 'prospect',
      to: 'active',
      allowed: ['applied', 'onboarding', 'offboarded'],
    });
    expect(res.json().detail).toContain('applied, onboarding, offboarded');
    const same = await move(owner, id, 'prospect');
    expect(same.statusCode).toBe(409);
    expect(same.json().detail).toContain('already prospect');
  });

  it('needs a reason of 1–1000 characters and the lifecycle.transition permission', async () => {
    const id = await newPartner();
    expect((await move(owner, id, 'applied', '')).json().errors[0].field).toBe('reason');
    expect((await move(owner, id, 'applied', 'x'.repeat(1001))).json().errors[0].field).toBe('reason');
    const sales = await login(t.app, a.users.sales.email);
    expect((await move(sales, id, 'applied')).statusCode).toBe(403);
    const partnerAdmin = await login(t.app, a.users.partner_admin.email);
    expect((await move(partnerAdmin, a.partners[0], 'inactive')).statusCode).toBe(403);
    const cm = await login(t.app, a.users.channel_manager.email);
    expect((await move(cm, id, 'applied')).statusCode).toBe(201);
  });

  it('refuses editing status directly', async () => {
    const id = await newPartner();
    const res = await call(owner, 'PATCH', `/api/v1/partners/${id}`, { status: 'active' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'status' });
  });

  it('lists history newest first; a partner user reads its own, not another’s', async () => {
    const id = a.partners[0];
    await move(owner, id, 'at_risk', 'No deals');
    t.clock.advance(1000);
    await move(owner, id, 'active', 'Deal registered');
    const own = await call(
      await login(t.app, a.users.partner_rep.email),
      'GET',
      `/api/v1/partners/${id}/transitions`,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json().data.map((x: { to: string }) => x.to)).toEqual(['active', 'at_risk']);
    const other = await login(t.app, a.otherPartnerAdmin.email);
    expect((await call(other, 'GET', `/api/v1/partners/${id}/transitions`)).statusCode).toBe(404);
    const page = await call(owner, 'GET', `/api/v1/partners/${id}/transitions?limit=1`);
    const next = await call(
      owner,
      'GET',
      `/api/v1/partners/${id}/transitions?limit=1&cursor=${page.json().nextCursor}`,
    );
    expect(next.json().data[0].to).toBe('at_risk');
    expect(next.json().nextCursor).toBeNull();
  });
});

describe('offboarding', () => {
  it('revokes the partner’s sessions and API keys at once and keeps the history', async () => {
    const b = await createTenant(t.pools, 'off');
    const bOwner = await login(t.app, b.users.owner.email);
    const partnerUser = await login(t.app, b.users.partner_admin.email);
    const me = () => call(partnerUser, 'GET', `/api/v1/partners/${b.partners[0]}`);
    const key = () => call(b.partnerKey, 'GET', '/api/v1/partners');
    expect((await me()).statusCode).toBe(200);
    expect((await key()).statusCode).toBe(200);

    const off = await move(bOwner, b.partners[0], 'offboarded', 'Contract ended');
    expect(off.statusCode, off.body).toBe(201);

    // The very next requests fail: no grace period, no cache.
    expect((await me()).statusCode).toBe(401);
    expect((await key()).statusCode).toBe(401);
    // History kept: memberships, transitions and the partner itself remain.
    const ws = idToUuid(b.workspaceId);
    const p = idToUuid(b.partners[0]);
    const { rows } = await t.admin.query(
      `select (select count(*)::int from memberships where workspace_id = $1 and partner_id = $2) as members,
              (select count(*)::int from sessions s join memberships m on m.user_id = s.user_id
                 where m.workspace_id = $1 and m.partner_id = $2 and s.revoked_at is null) as live_sessions,
              (select count(*)::int from api_keys where workspace_id = $1 and partner_id = $2 and revoked_at is null) as live_keys`,
      [ws, p],
    );
    expect(rows[0]).toEqual({ members: 2, live_sessions: 0, live_keys: 0 });
    // Signing in again does not give access to the offboarded partner either.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: b.users.partner_admin.email, password: 'test-password-123' },
    });
    expect(again.statusCode).toBe(200);
    const cookie = String(again.headers['set-cookie']).split(';')[0]!;
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/v1/partners/${b.partners[0]}`,
      headers: { cookie },
    });
    expect(r.statusCode).toBe(403);
    // The other partner's users and the vendor are untouched.
    const otherPartner = await login(t.app, b.otherPartnerAdmin.email);
    expect((await call(otherPartner, 'GET', `/api/v1/partners/${b.partners[1]}`)).statusCode).toBe(200);

    const history = await call(bOwner, 'GET', `/api/v1/partners/${b.partners[0]}/transitions`);
    expect(history.json().data[0]).toMatchObject({
      from: 'active',
      to: 'offboarded',
      reason: 'Contract ended',
    });
    const partner = await call(bOwner, 'GET', `/api/v1/partners/${b.partners[0]}`);
    expect(partner.json().status).toBe('offboarded');
  });
});

describe('activity timeline', () => {
  it('merges audit entries and transitions newest first, paginated, vendor staff only', async () => {
    const id = await newPartner('active');
    t.clock.advance(1000);
    await call(owner, 'PATCH', `/api/v1/partners/${id}`, { industries: ['Retail'] });
    t.clock.advance(1000);
    await move(owner, id, 'at_risk', 'Quiet');
    t.clock.advance(1000);
    await call(owner, 'POST', `/api/v1/partners/${id}/contacts`, { name: 'Ann', role: 'primary' });
    const seen: { kind: string; action: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        owner,
        'GET',
        `/api/v1/partners/${id}/activity?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().data);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.map((x) => `${x.kind}:${x.action}`)).toEqual([
      'audit:partner_contact.created',
      'transition:partner.state_changed',
      'audit:partner.updated',
      'audit:partner.created',
    ]);
    expect(seen[1]).toMatchObject({ transition: { from: 'active', to: 'at_risk', reason: 'Quiet' } });
    const partnerAdmin = await login(t.app, a.users.partner_admin.email);
    expect((await call(partnerAdmin, 'GET', `/api/v1/partners/${a.partners[0]}/activity`)).statusCode).toBe(
      403,
    );
    const bad = await call(owner, 'GET', `/api/v1/partners/${id}/activity?cursor=nonsense`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('cursor');
  });
});
