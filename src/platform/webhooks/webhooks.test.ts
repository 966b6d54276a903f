import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { startReceiver } from '../../../test/support/webhook-receiver.js';
import { runBackgroundWork } from '../jobs/runner.js';
import { MAX_ATTEMPTS, RETRY_DELAYS_SECONDS } from './retry.js';

let t: TestApp;
let a: Tenant;
let owner: Session;
const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];

beforeAll(async () => {
  t = await createTestApp({ webhookAllowPrivateTargets: true });
  a = await createTenant(t.pools, 'hooks');
  owner = await login(t.app, a.users.owner.email);
});
afterEach(async () => {
  // Each test gets its own endpoints; disable the previous ones so they do not receive.
  await t.admin.query('update webhook_endpoints set enabled = false');
});
afterAll(async () => {
  for (const r of receivers) await r.close();
  await t.close();
});

async function receiver(options: Parameters<typeof startReceiver>[0] = {}) {
  const r = await startReceiver(options);
  receivers.push(r);
  return r;
}

async function subscribe(url: string, eventTypes = ['partner.created']) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks',
    headers: authHeaders(owner),
    payload: { url, eventTypes },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; secret: string };
}

async function createPartner(name: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/partners',
    headers: authHeaders(a.workspaceKey),
    payload: { name, types: ['si'] },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
}

describe('webhook delivery', () => {
  it('delivers each event once, signed per Standard Webhooks, with the event id as webhook-id', async () => {
    const r = await receiver();
    const ep = await subscribe(r.url);
    r.expectSecrets(ep.secret);
    const p = await createPartner('Signed Delivery Ltd');
    await runBackgroundWork(t.deps);
    await runBackgroundWork(t.deps);
    expect(r.received).toHaveLength(1);
    const msg = r.received[0]!;
    expect(msg.verified).toBe(true);
    expect(msg.id).toMatch(/^evt_/);
    const body = JSON.parse(msg.body);
    expect(body).toMatchObject({
      id: msg.id,
      type: 'partner.created',
      data: { id: p.id, name: 'Signed Delivery Ltd' },
    });
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhooks/${ep.id}/deliveries`,
      headers: authHeaders(owner),
    });
    expect(list.json().data[0]).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 204,
      eventId: msg.id,
    });
  });

  it('a receiver failing N times gets N+1 attempts with growing delays', async () => {
    const N = 3;
    const r = await receiver({ failFirst: N });
    const ep = await subscribe(r.url);
    r.expectSecrets(ep.secret);
    await createPartner('Flaky Receiver GmbH');
    const attemptTimes: number[] = [];
    await runBackgroundWork(t.deps);
    attemptTimes.push(t.clock.now().getTime());
    for (let i = 0; i < N; i++) {
      // Not yet due one second before the scheduled retry…
      t.clock.advance(RETRY_DELAYS_SECONDS[i]! * 1000 - 1000);
      await runBackgroundWork(t.deps);
      expect(r.received).toHaveLength(i + 1);
      // …and attempted once it is.
      t.clock.advance(1000);
      await runBackgroundWork(t.deps);
      attemptTimes.push(t.clock.now().getTime());
    }
    expect(r.received).toHaveLength(N + 1);
    expect(new Set(r.received.map((m) => m.id)).size).toBe(1);
    expect(r.received.every((m) => m.verified)).toBe(true);
    const gaps = attemptTimes.slice(1).map((time, i) => time - attemptTimes[i]!);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    const deliveries = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhooks/${ep.id}/deliveries`,
      headers: authHeaders(owner),
    });
    const d = deliveries.json().data[0];
    expect(d).toMatchObject({ status: 'succeeded', attempts: N + 1 });
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhook-deliveries/${d.id}`,
      headers: authHeaders(owner),
    });
    expect(detail.json().attemptLog.map((x: { responseStatus: number }) => x.responseStatus)).toEqual([
      500, 500, 500, 204,
    ]);
  });

  it('retries span at least 24 hours, then the endpoint is disabled and its owner e-mailed; replay works', async () => {
    const total = RETRY_DELAYS_SECONDS.reduce((s, x) => s + x, 0);
    expect(total).toBeGreaterThanOrEqual(24 * 3600);
    const r = await receiver({ failAlways: true });
    const ep = await subscribe(r.url);
    await createPartner('Always Down Pty Ltd');
    await runBackgroundWork(t.deps);
    for (const delay of RETRY_DELAYS_SECONDS) {
      t.clock.advance(delay * 1000);
      await runBackgroundWork(t.deps);
    }
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
    const endpoint = (
      await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/${ep.id}`, headers: authHeaders(owner) })
    ).json();
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toContain('persistent failures');
    const mail = await t.admin.query(
      `select to_address, subject from mails where template = 'webhook_disabled'`,
    );
    expect(mail.rows.map((m) => m.to_address)).toContain(a.users.owner.email);
    const notes = await t.admin.query(
      `select count(*)::int as n from notifications where type = 'webhook_endpoint.disabled'`,
    );
    expect(notes.rows[0].n).toBeGreaterThan(0);

    // Fix the receiver, enable the endpoint, replay everything that failed.
    r.setFailAlways(false);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${ep.id}`,
      headers: authHeaders(owner),
      payload: { enabled: true },
    });
    const replay = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${ep.id}/replay-failed`,
      headers: authHeaders(owner),
    });
    expect(replay.json().replayed).toBe(1);
    await runBackgroundWork(t.deps);
    expect(r.received).toHaveLength(MAX_ATTEMPTS + 1);
    expect(new Set(r.received.map((m) => m.id)).size).toBe(1);
  });

  it('rotating the secret signs with old and new during the overlap, then only the new', async () => {
    const r = await receiver();
    const ep = await subscribe(r.url);
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${ep.id}/rotate-secret`,
      headers: authHeaders(owner),
      payload: { overlapHours: 1 },
    });
    const newSecret = rotated.json().secret as string;
    expect(newSecret).not.toBe(ep.secret);
    r.expectSecrets(ep.secret, newSecret);
    await createPartner('Rotation One');
    await runBackgroundWork(t.deps);
    expect(r.received.at(-1)!.verified).toBe(true);
    expect(r.received.at(-1)!.signature.split(' ')).toHaveLength(2);
    t.clock.advance(2 * 3600_000);
    r.expectSecrets(newSecret);
    await createPartner('Rotation Two');
    await runBackgroundWork(t.deps);
    expect(r.received.at(-1)!.verified).toBe(true);
    expect(r.received.at(-1)!.signature.split(' ')).toHaveLength(1);
  });
});

describe('webhook targets (SSRF)', () => {
  let strict: TestApp;
  let s: Tenant;
  let sOwner: Session;
  beforeAll(async () => {
    strict = await createTestApp();
    s = await createTenant(strict.pools, 'ssrf');
    sOwner = await login(strict.app, s.users.owner.email);
  });
  afterAll(() => strict.close());

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://10.0.0.1/hook',
    'http://[::1]/hook',
    'http://localhost:9999/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::ffff:127.0.0.1]/hook',
    'http://192.168.1.10/hook',
  ])('refuses %s by default', async (url) => {
    const res = await strict.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: authHeaders(sOwner),
      payload: { url, eventTypes: ['partner.created'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('url');
  });

  it('re-checks at delivery time: an endpoint saved while allowed is refused once the setting is off', async () => {
    const r = await receiver();
    await t.admin.query('select 1');
    // Saved under the permissive app, delivered by the strict one (same database is not
    // shared, so insert the endpoint row into the strict app's database directly).
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: authHeaders(owner),
      payload: { url: r.url, eventTypes: ['partner.created'] },
    });
    const endpoint = res.json();
    const row = await t.admin.query(`select * from webhook_endpoints where url = $1`, [r.url]);
    const e = row.rows[0];
    const ws = await strict.admin.query('select id from workspaces limit 1');
    await strict.admin.query(
      `insert into webhook_endpoints (workspace_id, id, url, event_types, secrets, created_by) values ($1, $2, $3, $4, $5, 'test')`,
      [ws.rows[0].id, e.id, e.url, e.event_types, JSON.stringify(e.secrets)],
    );
    expect(endpoint.id).toBeDefined();
    const p = await strict.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(s.workspaceKey),
      payload: { name: 'Blocked Delivery', types: ['si'] },
    });
    expect(p.statusCode).toBe(201);
    await runBackgroundWork(strict.deps);
    expect(r.received).toHaveLength(0);
    const attempt = await strict.admin.query('select error from webhook_attempts');
    expect(attempt.rows[0].error).toMatch(/refused/);
  });
});
