import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uuidToId } from '../../src/platform/ids/index.js';
import { createTestDatabase, dropTestDatabase } from '../support/app.js';
import { startReceiver } from '../support/webhook-receiver.js';

/**
 * Crash safety, end to end: the real server as a child process, a burst of writes whose events
 * have a webhook subscriber, SIGKILL in the middle, a restart — then every acknowledged write
 * exists whole (row, audit entry, event) and every event reaches the receiver under exactly one
 * webhook-id.
 */
const target = inject('dbTarget');
let dataDir: string;
let databaseUrl: string | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'symbio-crash-'));
  chmodSync(dataDir, 0o755);
  if (target === 'server') databaseUrl = await createTestDatabase();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) await dropTestDatabase(databaseUrl);
});

async function start(): Promise<{ child: ChildProcess; url: string; dbUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--seed-demo'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      DATABASE_URL: databaseUrl ?? '',
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
    const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      const m = /Symbio is running at (\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]!);
      }
    }, 50);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
  return { child, url, dbUrl: databaseUrl ?? embeddedUrl() };
}

/** The embedded cluster's URL, from the files Symbio keeps beside it. */
function embeddedUrl(): string {
  const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { pgPassword: string };
  const port = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3];
  return `postgres://postgres:${encodeURIComponent(secrets.pgPassword)}@127.0.0.1:${port}/symbio`;
}

async function api(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

describe(`crash safety (${target})`, () => {
  it('SIGKILL mid-burst loses no acknowledged write and delivers each webhook exactly once', async () => {
    const first = await start();
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.symbio.test', password: 'symbio-demo-2026' }),
    });
    const session = {
      cookie: login.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
    };
    const key = await api(first.url, '/api/v1/api-keys', {
      method: 'POST',
      headers: session,
      body: { name: 'burst', scopes: ['partners.create', 'partners.read'] },
    });
    const hook = await api(first.url, '/api/v1/webhooks', {
      method: 'POST',
      headers: session,
      body: { url: receiver.url, eventTypes: ['partner.created'] },
    });
    expect(hook.status).toBe(201);
    const auth = { authorization: `Bearer ${key.body.secret as string}` };

    const acked: string[] = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && sent < 400) {
        const n = sent++;
        try {
          const r = await api(first.url, '/api/v1/partners', {
            method: 'POST',
            headers: auth,
            body: { name: `Burst Partner ${n}`, types: ['var'] },
          });
          if (r.status === 201) acked.push(r.body.id as string);
        } catch {
          // connection dropped by the kill: not acknowledged
        }
        if (!killed && acked.length >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    if (first.child.exitCode === null && first.child.signalCode === null) {
      await new Promise((r) => first.child.once('exit', r));
    }
    expect(acked.length).toBeGreaterThanOrEqual(60);

    // The embedded PostgreSQL outlives its killed parent; the restart must cope with that too.
    const second = await start();
    const db = new pg.Client({ connectionString: second.dbUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; name: string }>(
        `select p.id::text, p.name from partners p where p.name like 'Burst Partner %'`,
      );
      const stored = new Set(rows.map((r) => uuidToId('partner', r.id)));
      for (const id of acked) expect(stored.has(id), `acknowledged ${id} is missing`).toBe(true);
      // Nothing half-written: every stored partner has exactly one audit entry and one event.
      const audits = await db.query<{ n: number }>(
        `select count(*)::int as n from audit_events where action = 'partner.created' and after->>'name' like 'Burst Partner %'`,
      );
      const events = await db.query<{ n: number }>(
        `select count(*)::int as n from events where type = 'partner.created' and data->>'name' like 'Burst Partner %'`,
      );
      expect(audits.rows[0]!.n).toBe(rows.length);
      expect(events.rows[0]!.n).toBe(rows.length);

      // Every stored partner's event arrives, each under one webhook-id.
      const deadline = Date.now() + 100_000;
      const deliveredFor = () => {
        const byPartner = new Map<string, Set<string>>();
        for (const m of receiver.received) {
          const body = JSON.parse(m.body) as { data: { id: string } };
          byPartner.set(body.data.id, (byPartner.get(body.data.id) ?? new Set()).add(m.id));
        }
        return byPartner;
      };
      while (Date.now() < deadline && [...stored].some((id) => !deliveredFor().has(id))) {
        await new Promise((r) => setTimeout(r, 500));
      }
      const byPartner = deliveredFor();
      for (const id of stored) {
        expect(byPartner.get(id)?.size, `webhook for ${id}`).toBe(1);
      }
      const ids = receiver.received.map((m) => m.id);
      console.log(
        `crash safety: ${acked.length} acknowledged, ${stored.size} stored, ${new Set(ids).size} distinct webhook-ids, ${ids.length - new Set(ids).size} transport duplicates`,
      );
    } finally {
      await db.end();
      const exited = new Promise((r) => second.child.once('exit', r));
      second.child.kill('SIGTERM');
      await exited;
    }
  }, 240_000);
});
