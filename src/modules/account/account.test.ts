import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, login, type Tenant } from '../../../test/support/fixtures.js';

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'acct');
});
afterAll(() => t.close());

describe('account and workspaces', () => {
  it('updates the profile and reports it in /me, with an audit entry', async () => {
    const s = await login(t.app, a.users.sales.email);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: authHeaders(s),
      payload: { name: 'Sakura Tanaka', locale: 'ja', timeZone: 'Asia/Tokyo' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ name: 'Sakura Tanaka', locale: 'ja', timeZone: 'Asia/Tokyo' });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: authHeaders(s),
      payload: { timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('timeZone');
    const { rows } = await t.admin.query(
      `select count(*)::int as n from audit_events where action = 'user.profile_updated'`,
    );
    expect(rows[0].n).toBe(1);
    // ETag/If-Match protect the profile like any other object.
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s) });
    const etag = me.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...authHeaders(s), 'if-match': `"${Number(etag.slice(1, -1)) - 1}"` },
      payload: { name: 'Lost Update' },
    });
    expect(stale.statusCode).toBe(412);
    const fresh = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...authHeaders(s), 'if-match': etag },
      payload: { name: 'Sakura T.' },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('creates a second workspace, lists both memberships and switches between them', async () => {
    const s = await login(t.app, a.users.admin.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: authHeaders(s),
      payload: { name: 'Second Program' },
    });
    expect(created.statusCode).toBe(201);
    const ws = created.json();
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(s) })).json();
    expect(me.memberships.map((m: { workspaceId: string }) => m.workspaceId).sort()).toEqual(
      [a.workspaceId, ws.id].sort(),
    );
    expect(me.current.workspaceId).toBe(a.workspaceId);
    const switched = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/workspace',
      headers: authHeaders(s),
      payload: { workspaceId: ws.id },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().current).toMatchObject({ workspaceId: ws.id, role: 'owner' });
    // The new workspace is empty and isolated from the first.
    const partners = await t.app.inject({ method: 'GET', url: '/api/v1/partners', headers: authHeaders(s) });
    expect(partners.json().data).toEqual([]);
    // Its audit chain starts with its own creation.
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?sort=seq',
      headers: authHeaders(s),
    });
    expect(audit.json().data.map((e: { action: string }) => e.action)).toEqual([
      'workspace.created',
      'membership.created',
    ]);
  });

  it('cannot switch into a workspace it does not belong to', async () => {
    const other = await createTenant(t.pools, 'acct-other');
    const s = await login(t.app, a.users.viewer.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/workspace',
      headers: authHeaders(s),
      payload: { workspaceId: other.workspaceId },
    });
    expect(res.statusCode).toBe(404);
  });
});
