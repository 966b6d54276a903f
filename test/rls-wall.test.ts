/**
 * The second wall: PostgreSQL row-level security under the request role, tested with
 * deliberately unfiltered SQL — what a query that forgot its tenant filter would get. Runs on
 * the app pool (`symbio_app`) with the transaction-local settings withTenantTx() uses
 * (src/platform/access/context.ts): app.workspace_id, app.partner_id, app.user_id, app.principal.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idToUuid, newId } from '../src/platform/ids/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import { authHeaders, createTenant, type Tenant } from './support/fixtures.js';
import { createSession } from './support/sessions.js';

type Settings = { workspace?: string; partner?: string; user?: string; principal?: string };

let t: TestApp;
let a: Tenant;
let b: Tenant;
/** uuid → which tenant it belongs to, for readable assertions. */
let wsA: string;
let wsB: string;
let a1: string;
let a2: string;

/** Runs `fn` as symbio_app in a transaction with the given settings, then rolls back. */
async function asApp<T>(settings: Settings, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await t.pools.app.connect();
  try {
    await c.query('begin');
    const pairs: [string, string | undefined][] = [
      ['app.workspace_id', settings.workspace],
      ['app.partner_id', settings.partner],
      ['app.user_id', settings.user],
      ['app.principal', settings.principal],
    ];
    for (const [name, value] of pairs) {
      if (value !== undefined) await c.query('select set_config($1, $2, true)', [name, value]);
    }
    return await fn(c);
  } finally {
    await c.query('rollback').catch(() => {});
    c.release();
  }
}

/** The SQLSTATE a statement fails with (inside its own rolled-back transaction), or null. */
async function errorCode(settings: Settings, sql: string, params: unknown[] = []): Promise<string | null> {
  return asApp(settings, async (c) => {
    try {
      await c.query(sql, params);
      return null;
    } catch (err) {
      return (err as { code?: string }).code ?? 'unknown';
    }
  });
}

const rowsAs = (settings: Settings, sql: string) => asApp(settings, async (c) => (await c.query(sql)).rows);

/** Every public table with its RLS flag and whether symbio_app may read it at all. */
async function catalog() {
  const { rows } = await t.admin.query<{ name: string; rls: boolean; readable: boolean; owner: string }>(
    `select c.relname as name, c.relrowsecurity as rls, pg_get_userbyid(c.relowner) as owner,
            has_table_privilege('symbio_app', c.oid, 'select') as readable
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  );
  return rows;
}

async function columnsOf(table: string): Promise<string[]> {
  const { rows } = await t.admin.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'rlsa');
  b = await createTenant(t.pools, 'rlsb');
  wsA = idToUuid(a.workspaceId);
  wsB = idToUuid(b.workspaceId);
  a1 = idToUuid(a.partners[0]);
  a2 = idToUuid(a.partners[1]);
  // Rows in every tenant table for both tenants and both partners, made through the API:
  // invitations and keys per partner (and their audit events), idempotency records per principal.
  for (const tenant of [a, b]) {
    const owner = await createSession(t.pools, tenant.users.owner.userId, tenant.workspaceId, t.clock.now());
    for (const [i, partnerId] of tenant.partners.entries()) {
      for (const [url, payload] of [
        [
          '/api/v1/invitations',
          { email: `inv${i}.${tenant.label}@test.example`, role: 'partner_rep', partnerId },
        ],
        ['/api/v1/api-keys', { name: `key ${i}`, scopes: ['partners.read'], partnerId }],
      ] as const) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          headers: { ...authHeaders(owner), 'idempotency-key': `rls-${tenant.label}-${url.length}-${i}` },
          payload,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
    const vendorInvite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: authHeaders(tenant.workspaceKey),
      payload: { email: `vendor.${tenant.label}@test.example`, role: 'viewer' },
    });
    expect(vendorInvite.statusCode, vendorInvite.body).toBe(201);
  }
});
afterAll(() => t?.close());

describe('row-level security: the request role', () => {
  it('is symbio_app: not superuser, not BYPASSRLS, and owns no table', async () => {
    const [me] = await rowsAs({}, 'select current_user as name');
    expect(me.name).toBe('symbio_app');
    const [role] = await rowsAs(
      {},
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    for (const table of await catalog()) expect(table.owner, table.name).not.toBe('symbio_app');
  });

  it('reads no table without row-level security (new tables must enable it or revoke the role)', async () => {
    const unguarded = (await catalog()).filter((c) => c.readable && !c.rls).map((c) => c.name);
    expect(unguarded).toEqual([]);
  });

  it('runs every SECURITY DEFINER function with a fixed search_path (no hijack through its own schema path)', async () => {
    const { rows } = await t.admin.query<{ name: string; config: string[] | null }>(
      `select p.proname as name, p.proconfig as config from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const unpinned = rows
      .filter((r) => !(r.config ?? []).some((c) => c.startsWith('search_path=')))
      .map((r) => r.name);
    expect(unpinned).toEqual([]);
  });

  it('cannot call the word index’s internal writer (only its triggers do)', async () => {
    expect(
      await errorCode(
        { workspace: wsA },
        `select deal_match_terms_apply(gen_random_uuid(), gen_random_uuid(), null, null, 'x', 'x')`,
      ),
    ).toBe('42501');
  });

  it('cannot read sessions, login_throttle or password_resets at all', async () => {
    for (const table of ['sessions', 'login_throttle', 'password_resets']) {
      expect(await errorCode({ workspace: wsA }, `select * from ${table}`), table).toBe('42501');
      expect(await errorCode({}, `select count(*) from ${table}`), table).toBe('42501');
    }
  });

  it('cannot UPDATE, DELETE or TRUNCATE audit_events, even its own workspace’s', async () => {
    expect(
      await errorCode(
        { workspace: wsA },
        `update audit_events set action = 'forged' where workspace_id = $1`,
        [wsA],
      ),
    ).toBe('42501');
    expect(
      await errorCode({ workspace: wsA }, 'delete from audit_events where workspace_id = $1', [wsA]),
    ).toBe('42501');
    expect(await errorCode({ workspace: wsA }, 'truncate audit_events')).toBe('42501');
  });

  it('cannot create or delete users (only the system pool signs people up)', async () => {
    expect(
      await errorCode(
        { workspace: wsA },
        `insert into users (id, email, name) values ($1, 'x@test.example', 'x')`,
        [idToUuid(newId('user'))],
      ),
    ).toBe('42501');
    expect(await errorCode({ workspace: wsA }, 'delete from users')).toBe('42501');
  });
});

describe('row-level security: workspace wall', () => {
  const tenantTables = ['partners', 'memberships', 'api_keys', 'invitations', 'audit_events', 'audit_heads'];

  it('unfiltered selects never return another workspace’s rows, in any table', async () => {
    const { rows } = await t.admin.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'workspace_id'`,
    );
    for (const { table_name: table } of rows) {
      if (!(await catalog()).find((c) => c.name === table)?.readable) continue;
      for (const row of await rowsAs(
        { workspace: wsA, user: idToUuid(a.users.owner.userId) },
        `select * from ${table}`,
      ))
        expect(row.workspace_id, table).toBe(wsA);
    }
  });

  it('unfiltered selects return exactly workspace A’s rows', async () => {
    for (const table of tenantTables) {
      const seen = await rowsAs({ workspace: wsA }, `select * from ${table}`);
      const { rows: expected } = await t.admin.query(`select * from ${table} where workspace_id = $1`, [wsA]);
      expect(seen.length, table).toBeGreaterThan(0);
      expect(seen.length, table).toBe(expected.length);
      expect(new Set(seen.map((r) => r.workspace_id)), table).toEqual(new Set([wsA]));
    }
    const workspaces = await rowsAs({ workspace: wsA }, 'select * from workspaces');
    expect(workspaces.map((w) => w.id)).toEqual([wsA]);
  });

  it('users: only members of workspace A (plus the signed-in user itself)', async () => {
    const { rows: members } = await t.admin.query<{ user_id: string }>(
      'select user_id from memberships where workspace_id = $1',
      [wsA],
    );
    const seen = await rowsAs({ workspace: wsA }, 'select id from users');
    expect(new Set(seen.map((u) => u.id))).toEqual(new Set(members.map((m) => m.user_id)));
    const bUser = idToUuid(b.users.viewer.userId);
    const withSelf = await rowsAs({ workspace: wsA, user: bUser }, 'select id from users');
    expect(withSelf.map((u) => u.id)).toContain(bUser);
    expect(withSelf).toHaveLength(members.length + 1);
  });

  it('idempotency_keys: only the current principal’s records, none by workspace alone', async () => {
    expect(await rowsAs({ workspace: wsA }, 'select * from idempotency_keys')).toEqual([]);
    const principal = a.users.owner.userId;
    const seen = await rowsAs({ workspace: wsA, principal }, 'select principal from idempotency_keys');
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((r) => r.principal))).toEqual(new Set([principal]));
  });

  it('with no settings every tenant table is empty', async () => {
    for (const table of (await catalog()).filter((c) => c.readable).map((c) => c.name)) {
      expect(await rowsAs({}, `select * from ${table}`), table).toEqual([]);
    }
  });

  it('refuses (42501) rows written for workspace B while the setting says A', async () => {
    const id = () => idToUuid(newId('partner'));
    const inserts: [string, string, unknown[]][] = [
      [
        'workspaces',
        `insert into workspaces (id, name, slug) values ($1, 'x', $2)`,
        [idToUuid(newId('workspace')), `x-${Date.now()}`],
      ],
      ['partners', `insert into partners (workspace_id, id, name) values ($1, $2, 'Forged')`, [wsB, id()]],
      [
        'memberships',
        `insert into memberships (workspace_id, id, user_id, kind, role) values ($1, $2, $3, 'vendor', 'owner')`,
        [wsB, id(), idToUuid(a.users.viewer.userId)],
      ],
      [
        'api_keys',
        `insert into api_keys (workspace_id, id, name, token_hash, token_hint, scopes, created_by) values ($1, $2, 'x', $3, 'x', '{}', 'x')`,
        [wsB, id(), `forged-${id()}`],
      ],
      [
        'invitations',
        `insert into invitations (workspace_id, id, email, kind, role, token_hash, invited_by, expires_at) values ($1, $2, 'x@test.example', 'vendor', 'owner', $3, 'x', now() + interval '1 day')`,
        [wsB, id(), `forged-${id()}`],
      ],
      [
        'audit_events',
        `insert into audit_events (workspace_id, seq, id, occurred_at, actor_kind, actor_id, action, object_type, object_id, prev_hash, hash) values ($1, 999999, $2, now(), 'user', 'x', 'forged', 'x', 'x', 'x', 'x')`,
        [wsB, id()],
      ],
      [
        'audit_heads',
        `insert into audit_heads (workspace_id, seq, hash) values ($1, 0, 'x')`,
        [idToUuid(newId('workspace'))],
      ],
      [
        'idempotency_keys',
        `insert into idempotency_keys (principal, key, request_hash, response_status, response_headers, expires_at) values ($1, 'k', 'h', 200, '{}', now())`,
        [b.users.owner.userId],
      ],
    ];
    for (const [table, sql, params] of inserts) {
      expect(await errorCode({ workspace: wsA, principal: a.users.owner.userId }, sql, params), table).toBe(
        '42501',
      );
    }
  });

  it('cannot move A’s rows to B, and updates or deletes of B’s rows touch nothing', async () => {
    for (const table of ['partners', 'memberships', 'api_keys', 'invitations', 'audit_heads']) {
      expect(
        await errorCode({ workspace: wsA }, `update ${table} set workspace_id = $1 where workspace_id = $2`, [
          wsB,
          wsA,
        ]),
        table,
      ).toBe('42501');
      const counts = await asApp({ workspace: wsA }, async (c) => {
        const upd = await c.query(`update ${table} set workspace_id = workspace_id where workspace_id = $1`, [
          wsB,
        ]);
        const del = await c.query(`delete from ${table} where workspace_id = $1`, [wsB]);
        return [upd.rowCount, del.rowCount];
      });
      expect(counts, table).toEqual([0, 0]);
    }
    const renamed = await asApp(
      { workspace: wsA },
      async (c) => (await c.query(`update workspaces set name = 'Hijacked' where id = $1`, [wsB])).rowCount,
    );
    expect(renamed).toBe(0);
  });
});

/**
 * Tables with a partner_id that are the vendor's records about partners, not the partners' own
 * (audit log, event outbox): partner actors write them but cannot read any of them back — see
 * the test below. Any other table with a partner_id must wall partners off, or be added here
 * deliberately.
 */
const WORKSPACE_LEVEL_WITH_PARTNER_TAG = new Set(['audit_events', 'events']);

describe('row-level security: vendor-only records', () => {
  it('a partner actor reads no audit entry or event at all, not even its own partner’s', async () => {
    for (const table of WORKSPACE_LEVEL_WITH_PARTNER_TAG) {
      const { rows: exist } = await t.admin.query(`select 1 from ${table} where workspace_id = $1 limit 1`, [
        wsA,
      ]);
      const seen = await rowsAs({ workspace: wsA, partner: a1 }, `select * from ${table}`);
      expect(seen, table).toEqual([]);
      // …while a vendor actor of the same workspace reads them all.
      const vendor = await rowsAs({ workspace: wsA }, `select * from ${table}`);
      const { rows: all } = await t.admin.query(`select 1 from ${table} where workspace_id = $1`, [wsA]);
      expect(vendor.length, table).toBe(all.length);
      if (table === 'audit_events') expect(exist.length).toBeGreaterThan(0);
    }
  });
});

async function partnerOwnedTables(): Promise<[string, string][]> {
  const { rows } = await t.admin.query<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'partner_id' order by 1`,
  );
  return [
    ['partners', 'id'],
    ...rows
      .map((r) => r.table_name)
      .filter((n) => !WORKSPACE_LEVEL_WITH_PARTNER_TAG.has(n))
      .map((n) => [n, 'partner_id'] as [string, string]),
  ];
}

describe('row-level security: partner wall', () => {
  it('with app.partner_id = A1, unfiltered selects return only A1’s rows', async () => {
    const tables = await partnerOwnedTables();
    expect(tables.map(([n]) => n)).toEqual(
      expect.arrayContaining(['partners', 'memberships', 'api_keys', 'invitations']),
    );
    for (const [table, column] of tables) {
      const seen = await rowsAs({ workspace: wsA, partner: a1 }, `select * from ${table}`);
      const { rows: expected } = await t.admin.query(
        `select * from ${table} where workspace_id = $1 and ${column} = $2`,
        [wsA, a1],
      );
      if (['partners', 'memberships', 'api_keys', 'invitations'].includes(table))
        expect(seen.length, table).toBeGreaterThan(0);
      expect(seen.length, table).toBe(expected.length);
      for (const row of seen) expect(row[column], table).toBe(a1);
    }
  });

  it('users: only the members of partner A1', async () => {
    const { rows: members } = await t.admin.query<{ user_id: string }>(
      'select user_id from memberships where workspace_id = $1 and partner_id = $2',
      [wsA, a1],
    );
    const seen = await rowsAs({ workspace: wsA, partner: a1 }, 'select id from users');
    expect(new Set(seen.map((u) => u.id))).toEqual(new Set(members.map((m) => m.user_id)));
  });

  it('refuses (42501) partner-owned rows written for partner A2 while the setting says A1', async () => {
    const id = () => idToUuid(newId('partner'));
    const user = idToUuid(b.users.viewer.userId);
    const attempts: [string, string, unknown[]][] = [
      ['partners', `insert into partners (workspace_id, id, name) values ($1, $2, 'Forged')`, [wsA, id()]],
      [
        'memberships',
        `insert into memberships (workspace_id, id, user_id, kind, role, partner_id) values ($1, $2, $3, 'partner', 'partner_admin', $4)`,
        [wsA, id(), user, a2],
      ],
      [
        'api_keys',
        `insert into api_keys (workspace_id, id, partner_id, name, token_hash, token_hint, scopes, created_by) values ($1, $2, $3, 'x', $4, 'x', '{}', 'x')`,
        [wsA, id(), a2, `forged-${id()}`],
      ],
      [
        'invitations',
        `insert into invitations (workspace_id, id, email, kind, role, partner_id, token_hash, invited_by, expires_at) values ($1, $2, 'x@test.example', 'partner', 'partner_admin', $3, $4, 'x', now() + interval '1 day')`,
        [wsA, id(), a2, `forged-${id()}`],
      ],
      // A vendor-level row (no partner) is not the partner's either.
      [
        'memberships (vendor)',
        `insert into memberships (workspace_id, id, user_id, kind, role) values ($1, $2, $3, 'vendor', 'owner')`,
        [wsA, id(), user],
      ],
    ];
    for (const [table, sql, params] of attempts) {
      expect(await errorCode({ workspace: wsA, partner: a1 }, sql, params), table).toBe('42501');
    }
    for (const [table, column] of await partnerOwnedTables()) {
      const n = await asApp({ workspace: wsA, partner: a1 }, async (c) => {
        const upd = await c.query(`update ${table} set workspace_id = workspace_id where ${column} = $1`, [
          a2,
        ]);
        const del = await c.query(`delete from ${table} where ${column} = $1`, [a2]);
        return (upd.rowCount ?? 0) + (del.rowCount ?? 0);
      });
      expect(n, table).toBe(0);
    }
  });

  it('applications: one not yet verified (no partner) is vendor-only; a verified one is its partner’s', async () => {
    const insert = (partner: string | null) =>
      t.admin.query(
        `insert into applications (workspace_id, id, program_id, partner_id, facts, company_name, country, email, contact_name)
         values ($1, $2, $3, $4, '{}', 'Pending Co', 'DE', 'p@pending.example', 'P') returning id`,
        [wsA, idToUuid(newId('application')), idToUuid(newId('program')), partner],
      );
    const pending = (await insert(null)).rows[0].id;
    const verified = (await insert(a1)).rows[0].id;
    const seenByA1 = (await rowsAs({ workspace: wsA, partner: a1 }, 'select id from applications')).map(
      (r) => r.id,
    );
    expect(seenByA1).toContain(verified);
    expect(seenByA1).not.toContain(pending);
    const seenByVendor = (await rowsAs({ workspace: wsA }, 'select id from applications')).map((r) => r.id);
    expect(seenByVendor).toEqual(expect.arrayContaining([pending, verified]));
    // Nor can a partner write a partner-less application (it would be the vendor's).
    expect(
      await errorCode(
        { workspace: wsA, partner: a1 },
        `insert into applications (workspace_id, id, program_id, facts, company_name, country, email, contact_name)
         values ($1, $2, $3, '{}', 'Forged', 'DE', 'f@forged.example', 'F')`,
        [wsA, idToUuid(newId('application')), idToUuid(newId('program'))],
      ),
    ).toBe('42501');
    await t.admin.query('delete from applications where id = any($1)', [[pending, verified]]);
  });

  it('the vendor’s logs with a partner tag are walled by workspace only (partners are kept out by permission)', async () => {
    // Documents the current design: see WORKSPACE_LEVEL_WITH_PARTNER_TAG.
    for (const table of WORKSPACE_LEVEL_WITH_PARTNER_TAG) {
      if (!(await columnsOf(table)).includes('partner_id')) continue;
      const seen = await rowsAs({ workspace: wsA, partner: a1 }, `select workspace_id from ${table}`);
      for (const row of seen) expect(row.workspace_id, table).toBe(wsA);
    }
  });
});
