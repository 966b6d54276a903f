import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../test/support/app.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { partnerTypes } from '../modules/partners/index.js';
import { systemClock } from '../platform/access/context.js';
import { partnerRoles, vendorRoles } from '../platform/access/permissions.js';
import { verifyWorkspaceChain } from '../platform/audit/index.js';
import { verifyPassword } from '../platform/auth/crypto.js';
import { committedMigrationCount } from '../platform/db/migrate.js';
import { createPools, type Pools } from '../platform/db/pools.js';
import { idToUuid } from '../platform/ids/index.js';
import { DEMO_DOMAIN, DEMO_PASSWORD, demoPartner, demoStaff } from './demo-data.js';
import { DEMO_WORKSPACE_ID, type SeedOptions, seedDemo } from './seed.js';

/** One fresh database per scenario; seeding hashes the demo password once (~50 ms). */
const opened: { url: string; pools: Pools }[] = [];
async function freshDatabase(): Promise<Pools> {
  const url = await createTestDatabase();
  const pools = createPools(url, 4, () => {});
  opened.push({ url, pools });
  return pools;
}
afterAll(async () => {
  for (const { url, pools } of opened) {
    await pools.close();
    await dropTestDatabase(url);
  }
});

const defaults: SeedOptions = { partners: 200, usersPerPartner: 3 };

/** Everything a seed decides (password hashes aside: they are salted), as one digest. */
async function digest(pools: Pools, partnerIds?: string[]): Promise<Record<string, string>> {
  const only = partnerIds?.map(idToUuid) ?? null;
  const q = async (sql: string, params: unknown[] = []) =>
    createHash('sha256')
      .update(JSON.stringify((await pools.system.query(sql, params)).rows))
      .digest('hex');
  return {
    workspaces: await q('select id, name, slug, created_at from workspaces order by id'),
    partners: await q(
      `select workspace_id, id, name, types, country, website, status, created_at, legal_name, domains,
              operating_countries, regions, industries, competencies, languages, tags, owner_user_id from partners
        where $1::uuid[] is null or id = any($1) order by id`,
      [only],
    ),
    users: await q(
      `select u.id, u.email, u.name from users u
        where $1::uuid[] is null or exists (select 1 from memberships m where m.user_id = u.id and m.partner_id = any($1))
        order by u.id`,
      [only],
    ),
    memberships: await q(
      `select workspace_id, id, user_id, kind, role, partner_id from memberships
        where $1::uuid[] is null or partner_id = any($1) order by id`,
      [only],
    ),
  };
}

type Counts = { workspaces: number; partners: number; users: number; memberships: number; audit: number };
async function counts(pools: Pools): Promise<Counts> {
  const { rows } = await pools.system.query<Counts>(
    `select (select count(*)::int from workspaces) as workspaces, (select count(*)::int from partners) as partners,
            (select count(*)::int from users) as users, (select count(*)::int from memberships) as memberships,
            (select count(*)::int from audit_events) as audit`,
  );
  return rows[0]!;
}

async function auditActions(pools: Pools): Promise<string[]> {
  const { rows } = await pools.system.query<{ action: string }>(
    'select action from audit_events order by seq',
  );
  return rows.map((r) => r.action);
}

describe('seedDemo: the default demo program', () => {
  let a: Pools;
  let b: Pools;
  let app: FastifyInstance;
  /** Server-side errors, shown with a failing status so a 500 explains itself. */
  const serverErrors: string[] = [];

  beforeAll(async () => {
    [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    const [ra, rb] = await Promise.all([seedDemo(a, defaults), seedDemo(b, defaults)]);
    expect(ra).toEqual({
      workspaceId: DEMO_WORKSPACE_ID,
      partnersBefore: 0,
      partnersAfter: 200,
      created: true,
    });
    expect(rb).toEqual(ra);
    const config = {
      ...loadConfig({ LOG_LEVEL: 'error', COOKIE_SECURE: 'false' }),
      secret: 'test-secret-test-secret-test-secret-0123',
    };
    app = await buildApp(
      { pools: a, config, clock: systemClock },
      {
        expectedMigrations: committedMigrationCount(),
        logStream: { write: (line) => serverErrors.push(line) },
      },
    );
    await app.ready();
  });
  afterAll(() => app?.close());

  it('is deterministic: two fresh databases get identical ids, names and memberships', async () => {
    const [da, db] = await Promise.all([digest(a), digest(b)]);
    expect(da).toEqual(db);
    expect(await counts(a)).toEqual({
      workspaces: 1,
      partners: 200,
      users: demoStaff.length + 600,
      memberships: demoStaff.length + 600,
      audit: 1,
    });
    // Spot-check the ids are the published deterministic ones, not merely equal by chance.
    const { rows } = await a.system.query('select name from partners where workspace_id = $1 and id = $2', [
      idToUuid(DEMO_WORKSPACE_ID),
      idToUuid(demoPartner(7).id),
    ]);
    expect(rows[0]?.name).toBe(demoPartner(7).name);
  });

  it('is idempotent: seeding again changes nothing and writes no second audit entry', async () => {
    const before = { digest: await digest(a), counts: await counts(a) };
    const again = await seedDemo(a, defaults);
    expect(again).toEqual({
      workspaceId: DEMO_WORKSPACE_ID,
      partnersBefore: 200,
      partnersAfter: 200,
      created: false,
    });
    expect(await digest(a)).toEqual(before.digest);
    expect(await counts(a)).toEqual(before.counts);
    expect(await auditActions(a)).toEqual(['workspace.seeded']);
    const chain = await verifyWorkspaceChain((sql, params) => a.system.query(sql, params), DEMO_WORKSPACE_ID);
    expect(chain).toEqual({ ok: true, checked: 1 });
  });

  it('spans ≥ 40 countries and every partner type, with staff in every vendor role', async () => {
    const { rows } = await a.system.query<{ countries: number; types: string[] }>(
      `select count(distinct country)::int as countries,
              array(select distinct unnest(types) from partners order by 1) as types from partners`,
    );
    expect(rows[0]!.countries).toBeGreaterThanOrEqual(40);
    expect(rows[0]!.types).toEqual([...partnerTypes].sort());

    const staff = await a.system.query<{ role: string }>(
      `select distinct role from memberships where workspace_id = $1 and kind = 'vendor' order by role`,
      [idToUuid(DEMO_WORKSPACE_ID)],
    );
    expect(staff.rows.map((r) => r.role)).toEqual([...vendorRoles].sort());
    const partnerSide = await a.system.query<{ role: string }>(
      `select distinct role from memberships where kind = 'partner' and partner_id is not null order by role`,
    );
    expect(partnerSide.rows.map((r) => r.role)).toEqual([...partnerRoles].sort());
  });

  it('gives every demo partner directory attributes, owned by vendor staff of the workspace', async () => {
    const { rows } = await a.system.query(
      `select count(*) filter (where cardinality(domains) > 0 and cardinality(regions) = 1 and cardinality(languages) > 0)::int as complete,
              count(*) filter (where jsonb_array_length(competencies) > 0)::int as skilled,
              count(*) filter (where cardinality(tags) > 0)::int as tagged,
              count(*) filter (where owner_user_id is not null)::int as owned,
              count(*) filter (where owner_user_id is not null and not exists (
                select 1 from memberships m where m.workspace_id = p.workspace_id and m.user_id = p.owner_user_id and m.kind = 'vendor'
              ))::int as stray_owners,
              count(distinct r)::int as regions
         from partners p, unnest(regions) r`,
    );
    expect(rows[0]).toMatchObject({ complete: 200, stray_owners: 0, regions: 4 });
    expect(rows[0].skilled).toBeGreaterThan(50);
    expect(rows[0].tagged).toBeGreaterThan(40);
    expect(rows[0].owned).toBeGreaterThan(80);
    const p0 = demoPartner(0);
    const res = await a.system.query(
      'select domains, languages, regions, competencies from partners where id = $1',
      [idToUuid(p0.id)],
    );
    expect(res.rows[0]).toEqual({
      domains: p0.domains,
      languages: p0.languages,
      regions: p0.regions,
      competencies: p0.competencies,
    });
  });

  it('hashes the demo password once, with argon2id, and every demo login accepts it', async () => {
    const { rows } = await a.system.query<{ hash: string }>(
      'select distinct password_hash as hash from users',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(rows[0]!.hash, DEMO_PASSWORD)).toBe(true);
  });

  it('the demo owner and the demo partner admin sign in through the app with the printed password', async () => {
    const signIn = async (email: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, `${res.body}\n${serverErrors.join('')}`).toBe(200);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json();
    };
    const owner = await signIn(`owner@${DEMO_DOMAIN}`);
    expect(owner.current).toMatchObject({ workspaceId: DEMO_WORKSPACE_ID, role: 'owner', kind: 'vendor' });
    const partnerAdmin = await signIn(`partner.admin@${DEMO_DOMAIN}`);
    expect(partnerAdmin.current).toMatchObject({
      workspaceId: DEMO_WORKSPACE_ID,
      role: 'partner_admin',
      partnerId: demoPartner(0).id,
    });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `owner@${DEMO_DOMAIN}`, password: 'not-the-demo-password' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});

describe('seedDemo: growing the demo', () => {
  it('50 then 120 partners adds exactly 70 (with their users); the first 50 are untouched', async () => {
    const pools = await freshDatabase();
    const first50 = Array.from({ length: 50 }, (_, n) => demoPartner(n).id);
    const next70 = Array.from({ length: 70 }, (_, n) => demoPartner(50 + n).id);

    expect(await seedDemo(pools, { partners: 50, usersPerPartner: 3 })).toMatchObject({
      partnersBefore: 0,
      partnersAfter: 50,
      created: true,
    });
    const before = { first: await digest(pools, first50), counts: await counts(pools) };

    expect(await seedDemo(pools, { partners: 120, usersPerPartner: 3 })).toMatchObject({
      partnersBefore: 50,
      partnersAfter: 120,
      created: false,
    });
    const after = await counts(pools);
    expect(after.partners - before.counts.partners).toBe(70);
    expect(after.users - before.counts.users).toBe(70 * 3);
    expect(after.memberships - before.counts.memberships).toBe(70 * 3);
    expect(await digest(pools, first50)).toEqual(before.first);
    const { rows } = await pools.system.query<{ partner_id: string; n: number }>(
      `select partner_id, count(*)::int as n from memberships where partner_id = any($1) group by partner_id`,
      [next70.map(idToUuid)],
    );
    expect(rows).toHaveLength(70);
    expect(rows.every((r) => r.n === 3)).toBe(true);

    expect(await auditActions(pools)).toEqual(['workspace.seeded', 'workspace.seed_grown']);
    const chain = await verifyWorkspaceChain(
      (sql, params) => pools.system.query(sql, params),
      DEMO_WORKSPACE_ID,
    );
    expect(chain.ok).toBe(true);
  });

  it('growing in batches resumes exactly where the demo stopped (batch boundaries do not matter)', async () => {
    const pools = await freshDatabase();
    const progress: number[] = [];
    await seedDemo(pools, { partners: 25, usersPerPartner: 2, batchSize: 10 });
    await seedDemo(pools, {
      partners: 47,
      usersPerPartner: 2,
      batchSize: 10,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([10, 20, 30, 40, 47]);
    const { rows } = await pools.system.query<{ n: number }>(
      'select count(*)::int as n from partners where id = any($1)',
      [Array.from({ length: 47 }, (_, n) => idToUuid(demoPartner(n).id))],
    );
    expect(rows[0]!.n).toBe(47);
    expect((await counts(pools)).memberships).toBe(demoStaff.length + 47 * 2);
  });

  it('partners added by hand to the demo workspace do not make a later growth skip demo partners', async () => {
    const pools = await freshDatabase();
    await seedDemo(pools, { partners: 20, usersPerPartner: 1, batchSize: 10 });
    // Someone tries the demo: 15 partners of their own (more than a batch).
    await pools.system.query(
      `insert into partners (workspace_id, id, name, types, country)
       select $1, gen_random_uuid(), 'Hand-made ' || g, '{isv}', 'DE' from generate_series(1, 15) g`,
      [idToUuid(DEMO_WORKSPACE_ID)],
    );
    const grown = await seedDemo(pools, { partners: 40, usersPerPartner: 1, batchSize: 10 });
    const demo = Array.from({ length: 40 }, (_, n) => n);
    const { rows } = await pools.system.query<{ id: string }>(
      'select id from partners where workspace_id = $1 and id = any($2)',
      [idToUuid(DEMO_WORKSPACE_ID), demo.map((n) => idToUuid(demoPartner(n).id))],
    );
    const present = new Set(rows.map((r) => r.id));
    // The demo partners that are missing (none).
    expect(demo.filter((n) => !present.has(idToUuid(demoPartner(n).id)))).toEqual([]);
    expect(grown).toMatchObject({ partnersBefore: 35, partnersAfter: 55 });
  });
});
