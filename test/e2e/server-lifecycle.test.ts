import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../support/app.js';

/**
 * The real `symbio serve --seed-demo` as a child process: first start loads the demo, a second
 * start finds everything where it was and loads nothing again; SIGTERM drains and exits 0 and
 * the embedded PostgreSQL stops with it. Against the server target the same runs with
 * DATABASE_URL set, which must need no other change.
 */
const target = inject('dbTarget');
let dataDir: string;
let databaseUrl: string | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'symbio-lifecycle-'));
  chmodSync(dataDir, 0o755);
  if (target === 'server') databaseUrl = await createTestDatabase();
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) await dropTestDatabase(databaseUrl);
});

type Running = { child: ChildProcess; url: string; output: () => string };

async function start(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--seed-demo'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      const m = /Symbio is running at (\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]!);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return { child, url, output: () => out };
}

async function stop(r: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => r.child.once('exit', (code) => resolve(code)));
  r.child.kill('SIGTERM');
  return exited;
}

async function signIn(url: string, email: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'symbio-demo-2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

describe(`symbio serve --seed-demo (${target === 'server' ? 'DATABASE_URL' : 'embedded PostgreSQL'})`, () => {
  it('starts with the demo, keeps data across a restart without re-seeding, and shuts down cleanly', async () => {
    const first = await start();
    expect(first.output()).toContain('demo program loaded');
    expect(first.output()).toContain('owner@demo.symbio.test');
    // The banner names where the data is (DATA_DIR), not the default folder.
    expect(first.output()).toContain(
      target === 'embedded'
        ? `Database: embedded PostgreSQL, data in ${join(dataDir, 'pg')}`
        : 'Database: DATABASE_URL',
    );
    const headers = await signIn(first.url, 'owner@demo.symbio.test');
    const list = await fetch(`${first.url}/api/v1/partners?limit=200`, { headers });
    const partners = ((await list.json()) as { data: unknown[] }).data;
    expect(partners.length).toBe(200);
    const created = await fetch(`${first.url}/api/v1/partners`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Survives Restart GmbH', types: ['si'], country: 'DE' }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first)).toBe(0);
    if (target === 'embedded') {
      // The embedded PostgreSQL stopped with the app.
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    }

    const second = await start();
    expect(second.output()).not.toContain('demo program loaded');
    const again = await signIn(second.url, 'owner@demo.symbio.test');
    const found = await fetch(`${second.url}/api/v1/partners?q=Survives%20Restart`, { headers: again });
    expect(((await found.json()) as { data: unknown[] }).data).toHaveLength(1);
    const total = await fetch(`${second.url}/api/v1/partners?limit=200&sort=name`, { headers: again });
    const body = (await total.json()) as { data: unknown[]; nextCursor: string | null };
    expect(body.data.length).toBe(200);
    expect(body.nextCursor).not.toBeNull(); // 201 partners: the demo's 200 plus ours, no re-seed
    const seeded = await fetch(`${second.url}/api/v1/audit-events?filter%5Baction%5D=workspace.seeded`, {
      headers: again,
    });
    expect(((await seeded.json()) as { data: unknown[] }).data).toHaveLength(1);
    expect(await stop(second)).toBe(0);
  });
});
