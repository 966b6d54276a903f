import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandlers } from '../src/platform/http/errors.js';
import { registerPortal } from '../src/platform/http/portal.js';

/** src/platform/http/portal.ts with a stand-in build: what is served, what stays the API's. */
const dir = mkdtempSync(join(tmpdir(), 'symbio-portal-serving-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function appWith(root: string) {
  const lines: string[] = [];
  const app = Fastify({ logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } } });
  registerErrorHandlers(app);
  app.get('/api/v1/thing', async () => ({ ok: true }));
  await registerPortal(app, { root });
  await app.ready();
  return { app, lines };
}

describe('portal serving', () => {
  it('without a build: starts API-only and says so in one log line', async () => {
    const { app, lines } = await appWith(join(dir, 'missing'));
    expect(lines.filter((l) => l.includes('portal not built'))).toHaveLength(1);
    const page = await app.inject({ url: '/partners', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject({ url: '/api/v1/thing' })).json()).toEqual({ ok: true });
    await app.close();
  });

  it('with a build: pages get index.html, assets are immutable, everything else is unchanged', async () => {
    const root = join(dir, 'web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><script>1</script><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
    const { app } = await appWith(root);
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

    for (const url of ['/', '/partners/ptr_123', '/account/security?x=1']) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-security-policy'], url).toMatch(/script-src 'self' 'sha256-[^']+'/);
    }
    const asset = await app.inject({ url: '/assets/index-AbCdEf12.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const problems = [
      { url: '/api/v1/unknown', headers: html },
      { url: '/docs/x/y', headers: html },
      { url: '/healthz/x', headers: html },
      { url: '/metrics/x', headers: html },
      { url: '/readyz/x', headers: html },
      { url: '/assets/missing-AbCdEf12.js', headers: html },
      { url: '/partners', headers: { accept: 'application/json' } },
      { url: '/partners', headers: html, method: 'POST' as const },
    ];
    for (const p of problems) {
      const res = await app.inject({ url: p.url, headers: p.headers, method: p.method ?? 'GET' });
      expect(res.statusCode, p.url).toBe(404);
      expect(res.headers['content-type'], p.url).toContain('application/problem+json');
    }
    expect((await app.inject({ url: '/api/v1/thing', headers: html })).json()).toEqual({ ok: true });
    await app.close();
  });
});
