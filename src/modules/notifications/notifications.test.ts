import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, login, type Tenant } from '../../../test/support/fixtures.js';
import { runBackgroundWork } from '../../platform/jobs/runner.js';

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'notes');
});
afterAll(() => t.close());

describe('in-app notifications', () => {
  it('a role change notifies the member, privately, with an unread count and mark-read', async () => {
    const owner = await login(t.app, a.users.owner.email);
    const members = await t.app.inject({
      method: 'GET',
      url: `/api/v1/members?q=${encodeURIComponent(a.users.sales.email)}`,
      headers: authHeaders(owner),
    });
    const member = members.json().data[0];
    const change = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/members/${member.id}`,
      headers: authHeaders(owner),
      payload: { role: 'channel_marketing' },
    });
    expect(change.statusCode).toBe(200);
    await runBackgroundWork(t.deps);

    const sales = await login(t.app, a.users.sales.email);
    const feed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: authHeaders(sales),
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.json().unreadCount).toBe(1);
    const note = feed.json().data[0];
    expect(note).toMatchObject({ type: 'membership.role_changed', readAt: null });
    expect(note.data.role).toBe('channel_marketing');

    // Nobody else sees it, not even the owner who made the change.
    const ownerFeed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: authHeaders(owner),
    });
    expect(ownerFeed.json().data.map((n: { id: string }) => n.id)).not.toContain(note.id);
    const peek = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${note.id}/read`,
      headers: authHeaders(owner),
    });
    expect(peek.statusCode).toBe(404);

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${note.id}/read`,
      headers: authHeaders(sales),
    });
    expect(read.json().readAt).not.toBeNull();
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: authHeaders(sales),
    });
    expect(after.json().unreadCount).toBe(0);
  });

  it('running the fan-out twice never duplicates a notification or a delivery', async () => {
    const before = await t.admin.query('select count(*)::int as n from notifications');
    await runBackgroundWork(t.deps);
    // Every event queued again, as if a dispatcher had died after its fan-out committed.
    await t.admin.query('insert into event_queue select workspace_id, id, occurred_at from events');
    await runBackgroundWork(t.deps);
    const after = await t.admin.query('select count(*)::int as n from notifications');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
