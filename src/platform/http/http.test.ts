import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';

let t: TestApp;
let a: Tenant;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 4096 });
  a = await createTenant(t.pools, 'http');
  owner = await login(t.app, a.users.owner.email);
});
afterAll(() => t.close());

describe('Idempotency-Key', () => {
  it('20 concurrent identical POSTs with one key create exactly one object and get the same response', async () => {
    const payload = { name: 'Idempotent Partner Ltd', types: ['var'] };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/partners',
          headers: { ...authHeaders(a.workspaceKey), 'idempotency-key': 'create-idempotent-partner-1' },
          payload,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const bodies = new Set(responses.map((r) => r.body));
    expect(bodies.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    const { rows } = await t.admin.query(`select count(*)::int as n from partners where name = $1`, [
      payload.name,
    ]);
    expect(rows[0].n).toBe(1);
    const audit = await t.admin.query(
      `select count(*)::int as n from audit_events where action = 'partner.created' and after->>'name' = $1`,
      [payload.name],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('the same key with a different body is refused with 422 and writes nothing', async () => {
    const headers = { ...authHeaders(a.workspaceKey), 'idempotency-key': 'create-idempotent-partner-2' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers,
      payload: { name: 'First Body', types: ['si'] },
    });
    expect(first.statusCode).toBe(201);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers,
      payload: { name: 'Second Body', types: ['si'] },
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().code).toBe('idempotency_key_reused');
    const { rows } = await t.admin.query(
      `select count(*)::int as n from partners where name = 'Second Body'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('keys are per principal: another caller with the same key gets its own object', async () => {
    const payload = { name: 'Per Principal', types: ['si'] };
    const k = 'shared-key-between-two-callers';
    const r1 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...authHeaders(owner), 'idempotency-key': k },
      payload,
    });
    const r2 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...authHeaders(a.workspaceKey), 'idempotency-key': k },
      payload,
    });
    expect(r1.json().id).not.toBe(r2.json().id);
  });

  it('a failed request is not stored: a retry with the same key can succeed', async () => {
    const headers = { ...authHeaders(a.workspaceKey), 'idempotency-key': 'retry-after-validation-error' };
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers,
      payload: { name: '', types: ['si'] },
    });
    expect(bad.statusCode).toBe(400);
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers,
      payload: { name: 'Now valid', types: ['si'] },
    });
    expect(good.statusCode).toBe(201);
  });
});

describe('HTTP conventions', () => {
  it('every response carries a request id, and a caller’s own id is kept', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: { ...authHeaders(owner), 'x-request-id': 'caller-trace-0001' },
    });
    expect(res.headers['x-request-id']).toBe('caller-trace-0001');
    const err = await t.app.inject({ method: 'GET', url: '/api/v1/nowhere' });
    expect(err.statusCode).toBe(404);
    expect(err.headers['content-type']).toContain('application/problem+json');
    expect(err.json().requestId).toBe(err.headers['x-request-id']);
  });

  it('refuses oversized bodies with 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(a.workspaceKey),
      payload: { name: 'x'.repeat(10_000), types: ['si'] },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('refuses a non-JSON content type with 415 and malformed JSON with 400', async () => {
    const r415 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...authHeaders(a.workspaceKey), 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(r415.statusCode).toBe(415);
    const r400 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...authHeaders(a.workspaceKey), 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(r400.statusCode).toBe(400);
    expect(r400.json().code).toBe('malformed_request');
  });

  it('names every bad field, unknown fields included', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(a.workspaceKey),
      payload: { name: 42, types: [], country: 'XX', colour: 'blue' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['colour', 'country', 'name', 'types']);
  });

  it('serves an OpenAPI 3.1 document and the interactive docs', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.1');
    expect(Object.keys(doc.paths)).toContain('/api/v1/partners');
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('health, readiness and metrics', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ database: true, migrations: true });
    await t.app.inject({ method: 'GET', url: '/api/v1/partners', headers: authHeaders(owner) });
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/symbio_http_request_duration_seconds_bucket\{.*route="\/api\/v1\/partners".*\}/);
    expect(metrics).toMatch(/symbio_db_pool_total_connections\{pool="app"\}/);
  });

  it('readiness fails when migrations are missing', async () => {
    await t.admin.query(
      `delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
    );
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.migrations).toBe(false);
  });
});
