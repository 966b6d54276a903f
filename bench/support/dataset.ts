import pg from 'pg';
import { ListPartnersQuery, partnerStatuses, partnerTypes } from '../../src/modules/partners/schemas.js';
import { listPartners } from '../../src/modules/partners/service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { type Deps, withTenantTx } from '../../src/platform/access/context.js';
import { resolveAuth } from '../../src/platform/auth/resolve.js';
import type { Pools } from '../../src/platform/db/pools.js';
import { idToUuid, newId } from '../../src/platform/ids/index.js';
import { createKey } from '../../test/support/fixtures.js';

export type BenchTenant = { workspaceId: string; label: string; partners: number };

const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'JP', 'BR', 'IN', 'NL', 'SE', 'ES'];

/**
 * One workspace with `count` partners, inserted in a single `unnest` statement (the seed's
 * batch style). created_at advances one second per row so the default sort has no ties.
 */
export async function loadWorkspace(pools: Pools, label: string, count: number): Promise<BenchTenant> {
  const workspaceId = newId('workspace');
  const ws = idToUuid(workspaceId);
  await pools.system.query('insert into workspaces (id, name, slug) values ($1, $2, $3)', [
    ws,
    `Bench ${label}`,
    `bench-${label.toLowerCase()}-${workspaceId.slice(-8)}`,
  ]);
  const cols = {
    id: [] as string[],
    name: [] as string[],
    types: [] as string[],
    country: [] as string[],
    website: [] as string[],
    status: [] as string[],
  };
  for (let n = 0; n < count; n++) {
    cols.id.push(idToUuid(newId('partner')));
    cols.name.push(`${label} Partner ${String(n).padStart(5, '0')}`);
    cols.types.push(
      `{${partnerTypes[n % partnerTypes.length]},${partnerTypes[(n * 7 + 3) % partnerTypes.length]}}`,
    );
    cols.country.push(COUNTRIES[n % COUNTRIES.length]!);
    cols.website.push(`https://partner-${n}.${label.toLowerCase()}.example`);
    cols.status.push(partnerStatuses[n % partnerStatuses.length]!);
  }
  await pools.system.query(
    `insert into partners (workspace_id, id, name, types, country, website, status, created_at, updated_at)
     select $1, id, name, types::text[], country, website, status,
            timestamptz '2026-02-01T00:00:00Z' + (ord * interval '1 second'),
            timestamptz '2026-02-01T00:00:00Z' + (ord * interval '1 second')
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            with ordinality as t(id, name, types, country, website, status, ord)`,
    [ws, cols.id, cols.name, cols.types, cols.country, cols.website, cols.status],
  );
  return { workspaceId, label, partners: count };
}

/** A read-only workspace API key, made the way the test fixtures make keys. */
export async function createReadKey(pools: Pools, workspaceId: string): Promise<string> {
  return createKey(pools, workspaceId, null, ['partners.read']);
}

export type CapturedQuery = { text: string; values: unknown[] };

export type CapturedRequest = {
  /** The API key lookup resolveAuth runs on the system pool. */
  auth: CapturedQuery;
  /** BEGIN … read only; select set_config(…) — the first round trip of withTenantTx. */
  begin: CapturedQuery;
  /** The page query itself, exactly as Drizzle sends it. */
  page: CapturedQuery;
  commit: CapturedQuery;
};

type QueryLog = CapturedQuery[];

/**
 * A pool whose clients record every statement they send (text and bound values). `send`, when
 * given, changes what a plain-text statement sends to the server (the log keeps the original).
 */
export function recordingPool(
  url: string,
  options: pg.PoolConfig,
  log: QueryLog,
  send?: (text: string) => string,
): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1, ...options });
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    const patched = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string') {
        log.push({ text: first, values: (args[1] as unknown[]) ?? [] });
        if (send) return original(send(first), ...args.slice(1));
      } else if (first && typeof first === 'object' && 'text' in first) {
        const config = first as { text: string; values?: unknown[] };
        log.push({ text: config.text, values: (args[1] as unknown[]) ?? config.values ?? [] });
      }
      return original(...args);
    };
    client.query = patched as typeof client.query;
  });
  return pool;
}

/**
 * Runs the real code path — resolveAuth, then withTenantTx + listPartners — against recording
 * pools and returns the statements it sent, so the baseline can replay exactly the same SQL.
 */
export async function captureListRequest(
  deps: Deps,
  databaseUrl: string,
  token: string,
  query: Record<string, string>,
): Promise<{ captured: CapturedRequest; body: { data: { id: string }[]; nextCursor: string | null } }> {
  const systemLog: QueryLog = [];
  const appLog: QueryLog = [];
  const system = recordingPool(databaseUrl, {}, systemLog);
  const app = recordingPool(databaseUrl, { options: '-c role=symbio_app' }, appLog);
  const captureDeps: Deps = {
    ...deps,
    pools: {
      system,
      app,
      close: async () => {
        await Promise.allSettled([system.end(), app.end()]);
      },
    },
  };
  try {
    const fakeRequest = { headers: { authorization: `Bearer ${token}` }, cookies: {} };
    const { actor } = await resolveAuth(captureDeps, fakeRequest as never);
    const parsed = ListPartnersQuery.parse(query);
    const body = await withTenantTx(captureDeps, actor as Actor, (ctx) => listPartners(ctx, parsed), {
      readOnly: true,
    });
    const auth = systemLog.find((q) => /from api_keys/i.test(q.text));
    const begin = appLog.find((q) => /^begin/i.test(q.text));
    const page = appLog.find((q) => /from "partners"/i.test(q.text));
    const commit = appLog.find((q) => /^commit/i.test(q.text));
    if (!auth || !begin || !page || !commit || appLog.length !== 3) {
      throw new Error(
        `unexpected statements: system ${JSON.stringify(systemLog)} app ${JSON.stringify(appLog)}`,
      );
    }
    return { captured: { auth, begin, page, commit }, body };
  } finally {
    await captureDeps.pools.close();
  }
}

/** Tables with the partner wall (src/platform/db/columns.ts partnerPolicy) and their partner column. */
const PARTNER_POLICY_TABLES: [table: string, partnerColumn: string][] = [
  ['partners', 'id'],
  ['memberships', 'partner_id'],
  ['invitations', 'partner_id'],
  ['api_keys', 'partner_id'],
];

/**
 * BENCH_EXPERIMENT=policy-case, in the bench's own throwaway database only: the partner wall
 * written as CASE instead of OR. Same truth table (no partner set → every row of the workspace;
 * partner set → only that partner's rows), but the planner no longer estimates
 * `nullif(current_setting(…)) is null OR id = …` at 0.5 % of the workspace, so it keeps the
 * (workspace_id, created_at, id) index scan that stops after one page.
 */
export async function applyCasePartnerPolicy(pools: Pools): Promise<void> {
  const ws = `nullif(current_setting('app.workspace_id', true), '')::uuid`;
  const partner = `nullif(current_setting('app.partner_id', true), '')`;
  for (const [table, column] of PARTNER_POLICY_TABLES) {
    const expr = `workspace_id = ${ws} and (case when ${partner} is null then true else ${column} = ${partner}::uuid end)`;
    await pools.system.query(`alter policy ${table}_tenant on ${table} using (${expr}) with check (${expr})`);
  }
}
