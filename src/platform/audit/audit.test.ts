import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import { type ChainedFields, type ChainRow, chainHash, GENESIS_HASH, verifyRows } from './chain.js';

// --- chain.ts: pure functions -------------------------------------------------------------------

const fields = (seq: number, over: Partial<ChainedFields> = {}): ChainedFields => ({
  workspaceId: 'wks_01jq3v3z8xf5sbk9m2n7r4t6wd',
  seq,
  id: `aud_01jq3v3z8xf5sbk9m2n7r4t6${String(seq).padStart(2, '0')}`,
  occurredAt: '2026-11-24T09:00:00.000Z',
  actorKind: 'user',
  actorId: 'usr_01jq3v3z8xf5sbk9m2n7r4t6wd',
  action: 'partner.updated',
  objectType: 'partner',
  objectId: 'ptr_01jq3v3z8xf5sbk9m2n7r4t6wd',
  partnerId: null,
  before: { name: 'Old', types: ['isv'], address: { city: 'Köln', country: 'DE' } },
  after: { name: `New ${seq}`, types: ['isv', 'si'], address: { city: 'Köln', country: 'DE' } },
  requestId: 'req_1',
  ip: '127.0.0.1',
  ...over,
});

function chainOf(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f = fields(seq);
    const hash = chainHash(prev, f);
    rows.push({ ...f, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('chainHash', () => {
  it('is sha256 over the previous hash and RFC 8785 canonical JSON (pinned: stored chains depend on it)', () => {
    const f = fields(1, { before: null, after: { b: 1, a: [true, null] } });
    const canonical =
      '{"action":"partner.updated","actorId":"usr_01jq3v3z8xf5sbk9m2n7r4t6wd","actorKind":"user",' +
      '"after":{"a":[true,null],"b":1},"before":null,"id":"aud_01jq3v3z8xf5sbk9m2n7r4t601",' +
      '"ip":"127.0.0.1","objectId":"ptr_01jq3v3z8xf5sbk9m2n7r4t6wd","objectType":"partner",' +
      '"occurredAt":"2026-11-24T09:00:00.000Z","partnerId":null,"requestId":"req_1","seq":1,' +
      '"workspaceId":"wks_01jq3v3z8xf5sbk9m2n7r4t6wd"}';
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonical}`).digest('hex');
    expect(chainHash(GENESIS_HASH, f)).toBe(expected);
  });

  it('does not depend on key order, at the top level or inside before/after (jsonb reorders keys)', () => {
    const f = fields(3);
    const reversed = Object.fromEntries(Object.entries(f).reverse()) as ChainedFields;
    reversed.after = { address: { country: 'DE', city: 'Köln' }, types: ['isv', 'si'], name: 'New 3' };
    reversed.before = { types: ['isv'], address: { country: 'DE', city: 'Köln' }, name: 'Old' };
    expect(chainHash('a'.repeat(64), reversed)).toBe(chainHash('a'.repeat(64), f));
  });

  it('treats a missing before/after as null, and changes with any field, array order or the previous hash', () => {
    const base = chainHash(GENESIS_HASH, fields(1, { before: null }));
    expect(chainHash(GENESIS_HASH, fields(1, { before: undefined }))).toBe(base);
    expect(chainHash(GENESIS_HASH, fields(1, { before: null, ip: '127.0.0.2' }))).not.toBe(base);
    expect(
      chainHash(
        GENESIS_HASH,
        fields(1, { before: null, after: { ...fields(1).after!, types: ['si', 'isv'] } }),
      ),
    ).not.toBe(base);
    expect(chainHash('1'.repeat(64), fields(1, { before: null }))).not.toBe(base);
  });
});

describe('verifyRows', () => {
  it('accepts an intact chain, also when fed page by page', () => {
    const rows = chainOf(6);
    expect(verifyRows(rows)).toBeNull();
    const state = { prev: GENESIS_HASH, seq: 0, checked: 0 };
    expect(verifyRows(rows.slice(0, 4), state)).toBeNull();
    expect(verifyRows(rows.slice(4), state)).toBeNull();
    expect(state).toEqual({ prev: rows[5]!.hash, seq: 6, checked: 6 });
  });

  it('a changed field fails that row’s own hash, naming its seq and id', () => {
    const rows = chainOf(5);
    rows[2] = { ...rows[2]!, after: { ...(rows[2]!.after as object), name: 'Forged' } };
    expect(verifyRows(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, id: rows[2]!.id, reason: 'hash_mismatch' },
    });
  });

  it('a deleted middle row is named by its missing seq', () => {
    const rows = chainOf(5);
    rows.splice(2, 1);
    expect(verifyRows(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, id: null, reason: 'missing_entry' },
    });
  });

  it('a forged row with a recomputed hash still breaks the link to the next one', () => {
    const rows = chainOf(5);
    const forged = { ...rows[1]!, action: 'partner.deleted' };
    const { prevHash: _p, hash: _h, ...f } = forged;
    rows[1] = { ...forged, hash: chainHash(forged.prevHash, f) };
    expect(verifyRows(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, id: rows[2]!.id, reason: 'broken_link' },
    });
  });

  it('a row whose prev_hash does not link is a broken link', () => {
    const rows = chainOf(4);
    rows[3] = { ...rows[3]!, prevHash: 'f'.repeat(64) };
    expect(verifyRows(rows)).toMatchObject({ ok: false, firstBad: { seq: 4, reason: 'broken_link' } });
  });

  it('renumbering the rows after a deletion does not hide it', () => {
    const rows = chainOf(5);
    rows.splice(1, 1);
    const renumbered = rows.map((r, i) => ({ ...r, seq: i + 1 }));
    expect(verifyRows(renumbered)).toEqual({
      ok: false,
      checked: 1,
      firstBad: { seq: 2, id: rows[1]!.id, reason: 'broken_link' },
    });
  });
});

// --- integration: the chain as the API writes it, tampered with underneath --------------------

const root = fileURLToPath(new URL('../../../', import.meta.url));
let t: TestApp;
/** Server-side errors, shown with a failing status so a 500 explains itself. */
const serverErrors: string[] = [];
let dataDir: string;

type CliRun = { code: number | null; stdout: string; stderr: string };
function symbio(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: t.databaseUrl, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  t = await createTestApp({ logLevel: 'error' }, { logStream: { write: (line) => serverErrors.push(line) } });
  dataDir = mkdtempSync(join(tmpdir(), 'symbio-audit-cli-'));
});
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Scenario = { tenant: Tenant; owner: Session };

/** A workspace with five audited changes made through the API: 3 creates, an update, a delete. */
async function workspaceWithHistory(label: string): Promise<Scenario> {
  const tenant = await createTenant(t.pools, label);
  const owner = await login(t.app, tenant.users.owner.email);
  const ids: string[] = [];
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: authHeaders(owner),
      payload: { name: `${name} ${label}`, types: ['isv'], country: 'DE' },
    });
    expect(res.statusCode, `${res.body}\n${serverErrors.join('')}`).toBe(201);
    ids.push(res.json().id);
  }
  const upd = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/partners/${ids[0]}`,
    headers: authHeaders(owner),
    payload: { website: 'https://alpha.example' },
  });
  expect(upd.statusCode, upd.body).toBe(200);
  const del = await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/partners/${ids[2]}`,
    headers: authHeaders(owner),
  });
  expect(del.statusCode, del.body).toBe(204);
  return { tenant, owner };
}

async function entries(workspaceId: string) {
  const { rows } = await t.admin.query<{ seq: number; id: string; action: string }>(
    'select seq, id, action from audit_events where workspace_id = $1 order by seq',
    [idToUuid(workspaceId)],
  );
  return rows;
}

/** Tampering as someone with direct database access would: the superuser, trigger switched off. */
async function tamper(sql: string, params: unknown[]) {
  const client = await t.admin.connect();
  try {
    await client.query('begin');
    await client.query('alter table audit_events disable trigger user');
    const res = await client.query(sql, params);
    await client.query('alter table audit_events enable trigger user');
    await client.query('commit');
    expect(res.rowCount).toBe(1);
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
}

async function verifyViaApi(s: Scenario) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/audit-events/verify',
    headers: authHeaders(s.owner),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function auditEventId(workspaceId: string, seq: number): Promise<string> {
  const { rows } = await t.admin.query<{ id: string }>(
    'select id from audit_events where workspace_id = $1 and seq = $2',
    [idToUuid(workspaceId), seq],
  );
  return uuidToId('auditEvent', rows[0]!.id);
}

describe('audit chain written by the API', () => {
  let intact: Scenario;
  let altered: Scenario;
  let middle: Scenario;
  let newest: Scenario;

  beforeAll(async () => {
    intact = await workspaceWithHistory('intact');
    altered = await workspaceWithHistory('altered');
    middle = await workspaceWithHistory('middle');
    newest = await workspaceWithHistory('newest');
    for (const s of [intact, altered, middle, newest]) {
      const e = await entries(s.tenant.workspaceId);
      expect(e.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(e.map((r) => r.action)).toEqual([
        'partner.created',
        'partner.created',
        'partner.created',
        'partner.updated',
        'partner.deleted',
      ]);
    }
  });

  it('an untampered chain verifies: API ok, CLI exit 0', async () => {
    expect(await verifyViaApi(intact)).toEqual({ ok: true, checked: 5 });
    const r = await symbio(['audit', 'verify', '--workspace', intact.tenant.workspaceId]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`ok        ${intact.tenant.workspaceId}: 5 entries verified`);
  });

  it('(a) one row’s `after` JSON altered: API and CLI name that entry’s seq and id; CLI exits 1', async () => {
    const ws = altered.tenant.workspaceId;
    const id = await auditEventId(ws, 2);
    await tamper(
      `update audit_events set after = jsonb_set(after, '{name}', '"Forged name"') where workspace_id = $1 and seq = 2`,
      [idToUuid(ws)],
    );
    expect(await verifyViaApi(altered)).toEqual({
      ok: false,
      checked: 1,
      firstBad: { seq: 2, id, reason: 'hash_mismatch' },
    });
    const r = await symbio(['audit', 'verify', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('symbio: audit chain tampered in 1 workspace');
    expect(r.stdout).toContain(`TAMPERED  ${ws}: entry seq 2 (${id})`);
    expect(r.stdout).toContain('hash mismatch');
  });

  it('(b) a middle row deleted: the missing seq is named', async () => {
    const ws = middle.tenant.workspaceId;
    await tamper('delete from audit_events where workspace_id = $1 and seq = 3', [idToUuid(ws)]);
    expect(await verifyViaApi(middle)).toEqual({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, id: null, reason: 'missing_entry' },
    });
    const r = await symbio(['audit', 'verify', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('symbio: audit chain tampered in 1 workspace');
    expect(r.stdout).toContain(`TAMPERED  ${ws}: entry seq 3 — missing entry`);
  });

  it('(c) the newest row deleted: caught through audit_heads', async () => {
    const ws = newest.tenant.workspaceId;
    await tamper('delete from audit_events where workspace_id = $1 and seq = 5', [idToUuid(ws)]);
    // The remaining rows alone form a perfect chain; only the head knows there was a fifth.
    expect(await verifyViaApi(newest)).toEqual({
      ok: false,
      checked: 4,
      firstBad: { seq: 5, id: null, reason: 'missing_entry' },
    });
    const r = await symbio(['audit', 'verify', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('symbio: audit chain tampered in 1 workspace');
    expect(r.stdout).toContain(`TAMPERED  ${ws}: entry seq 5 — missing entry`);
  });

  it('`symbio audit verify` over every workspace reports each one and exits 1 if any is tampered', async () => {
    const r = await symbio(['audit', 'verify']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim()).toBe('symbio: audit chain tampered in 3 workspaces');
    const line = (ws: string) => r.stdout.split('\n').find((l) => l.includes(ws)) ?? '';
    expect(line(intact.tenant.workspaceId)).toMatch(/^ok /);
    expect(line(altered.tenant.workspaceId)).toMatch(/^TAMPERED .* seq 2 /);
    expect(line(middle.tenant.workspaceId)).toMatch(/^TAMPERED .* seq 3 /);
    expect(line(newest.tenant.workspaceId)).toMatch(/^TAMPERED .* seq 5 /);
  });
});

describe('audit_events is append-only', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await workspaceWithHistory('walls');
  });

  it('the request role (symbio_app) may not UPDATE or DELETE audit rows: permission denied', async () => {
    const client = await t.pools.app.connect();
    try {
      for (const sql of [
        "update audit_events set action = 'x' where workspace_id = $1",
        'delete from audit_events where workspace_id = $1',
      ]) {
        await client.query('begin');
        await client.query("select set_config('app.workspace_id', $1, true)", [
          idToUuid(s.tenant.workspaceId),
        ]);
        const err = await client.query(sql, [idToUuid(s.tenant.workspaceId)]).catch((e: unknown) => e);
        await client.query('rollback');
        expect(err).toMatchObject({ code: '42501', message: expect.stringContaining('permission denied') });
      }
      // It may read and append (that is how the API writes), so the role itself is not broken.
      await client.query('begin');
      await client.query("select set_config('app.workspace_id', $1, true)", [idToUuid(s.tenant.workspaceId)]);
      const { rows } = await client.query('select count(*)::int as n from audit_events');
      await client.query('rollback');
      expect(rows[0].n).toBe(5);
    } finally {
      client.release();
    }
  });

  it('the trigger refuses UPDATE, DELETE and TRUNCATE to the table owner too', async () => {
    const { rows } = await t.admin.query<{ owner: string; me: string }>(
      "select tableowner as owner, current_user as me from pg_tables where tablename = 'audit_events'",
    );
    expect(rows[0]!.owner).toBe(rows[0]!.me);
    const ws = idToUuid(s.tenant.workspaceId);
    for (const [sql, op] of [
      ["update audit_events set action = 'x' where workspace_id = $1", 'UPDATE'],
      ['delete from audit_events where workspace_id = $1', 'DELETE'],
      ['truncate audit_events', 'TRUNCATE'],
    ] as const) {
      const err = await t.admin.query(sql, sql.includes('$1') ? [ws] : []).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: '42501', message: `audit_events is append-only (${op} refused)` });
    }
    const after = await t.admin.query('select count(*)::int as n from audit_events where workspace_id = $1', [
      ws,
    ]);
    expect(after.rows[0].n).toBe(5);
  });
});

describe('concurrent writers', () => {
  it('30 concurrent writes in one workspace through the API leave a gap-free chain that verifies', async () => {
    const tenant = await createTenant(t.pools, 'busy');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/partners',
          headers: { ...authHeaders(tenant.workspaceKey), 'idempotency-key': newId('partner') },
          payload: { name: `Concurrent ${i}`, types: ['msp'] },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    const { rows } = await t.admin.query<{ seq: number; object_id: string }>(
      'select seq, object_id from audit_events where workspace_id = $1 order by seq',
      [idToUuid(tenant.workspaceId)],
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.object_id)).size).toBe(30);
    const head = await t.admin.query('select seq from audit_heads where workspace_id = $1', [
      idToUuid(tenant.workspaceId),
    ]);
    expect(head.rows[0].seq).toBe(30);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/audit-events/verify',
      headers: authHeaders(tenant.workspaceKey),
    });
    expect(res.json()).toEqual({ ok: true, checked: 30 });
  });
});
