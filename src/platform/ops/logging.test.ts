import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, PASSWORD, type Tenant } from '../../../test/support/fixtures.js';

let t: TestApp;
let a: Tenant;
const lines: string[] = [];
// Warnings the process emits while the app is built and serves (Fastify's deprecations, say).
const warnings: Error[] = [];
process.on('warning', (w) => warnings.push(w));

beforeAll(async () => {
  t = await createTestApp({ logLevel: 'trace' }, { logStream: { write: (l: string) => lines.push(l) } });
  a = await createTenant(t.pools, 'logs');
});
afterAll(() => t.close());

describe('structured logs', () => {
  it('are JSON lines with the request id and never contain credentials', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.users.owner.email, password: PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const csrf = login.json().csrfToken as string;
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: authHeaders(a.workspaceKey),
    });
    await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie, 'x-csrf-token': csrf } });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.some((l) => l.reqId === res.headers['x-request-id'])).toBe(true);
    const all = lines.join('\n');
    for (const secret of [PASSWORD, a.workspaceKey, cookie.split('=')[1]!, csrf]) {
      expect(all).not.toContain(secret);
    }
  });

  it('are one line per request (not Fastify’s own two), set up without deprecated options', () => {
    const messages = lines.map((l) => (JSON.parse(l) as { msg?: string }).msg);
    expect(messages).not.toContain('incoming request');
    expect(messages).not.toContain('request completed');
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});
