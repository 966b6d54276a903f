/**
 * Fingerprints of the database (per table, md5 over every row) to prove a request changed
 * nothing — or nothing of one tenant. Tables are discovered from the catalog, so a new table is
 * covered without editing the tests that use this.
 */
import type pg from 'pg';
import { TypeID } from 'typeid-js';

/**
 * Tables left out entirely, with the reason. Only bookkeeping that a request which changes no
 * business data still writes belongs here. Considered and deliberately kept in: users
 * (failed_login_count / locked_until change only on a failed sign-in to an existing account,
 * which no generated request makes), password_resets (only a reset request for an existing
 * e-mail), idempotency_keys (only with the header, and never for a refused request), sessions'
 * other columns (a refused request must not sign anyone in or out). Only the public schema is
 * fingerprinted: queued jobs live in graphile_worker's own schema.
 */
export const EXCLUDED_TABLES: Record<string, string> = {
  // Fixed-window counters for sign-in throttling and per-route rate limits: every attempt bumps
  // them (by IP or principal), refused or not, and they hold no tenant data.
  login_throttle: 'rate-limit counters, bumped by every limited request',
};

/**
 * Columns left out of a table's fingerprint, with the reason: written while merely
 * authenticating, before the request is even looked at.
 */
export const EXCLUDED_COLUMNS: Record<string, { columns: string[]; why: string }> = {
  // resolveSession() refreshes last_seen_at (at most every 5 minutes) on any authenticated request.
  sessions: { columns: ['last_seen_at'], why: 'touched by session resolution on every request' },
  // resolveApiKey() stamps last_used_at (at most once a minute) on any request with the key.
  api_keys: { columns: ['last_used_at'], why: 'touched by API-key resolution on every request' },
};

/**
 * Which rows of a table belong to someone:
 * - `all`: every row (the "nothing changed anywhere" check);
 * - `workspace`: a tenant — rows with its workspace_id, its workspaces row, its members' users,
 *   sessions and password resets, and idempotency records of its principals; a table that has
 *   none of these columns is taken whole (unknown → strict);
 * - `partner`: one partner organisation inside a workspace — rows with its partner_id, its
 *   partners row, its members' users, sessions and resets, its principals' idempotency records;
 *   workspace-level tables without a partner column are not the partner's and are left out.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'workspace'; workspaceUuid: string; userUuids: string[]; principals: string[] }
  | { kind: 'partner'; partnerUuid: string; userUuids: string[]; principals: string[] };

type Table = { name: string; columns: { name: string; type: string }[] };
const catalogs = new WeakMap<pg.Pool, Promise<Table[]>>();

export function publicTables(admin: pg.Pool): Promise<Table[]> {
  let p = catalogs.get(admin);
  if (!p) {
    p = admin
      .query<{ table_name: string; column_name: string; data_type: string }>(
        `select c.table_name, c.column_name, c.data_type
           from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          order by c.table_name, c.ordinal_position`,
      )
      .then(({ rows }) => {
        const byName = new Map<string, Table>();
        for (const r of rows) {
          const t = byName.get(r.table_name) ?? { name: r.table_name, columns: [] };
          t.columns.push({ name: r.column_name, type: r.data_type });
          byName.set(r.table_name, t);
        }
        return [...byName.values()];
      });
    catalogs.set(admin, p);
  }
  return p;
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** The WHERE clause selecting a scope's rows of a table, or null when the table is not in scope. */
function scopeCondition(table: Table, scope: Scope): string | null {
  if (scope.kind === 'all') return 'true';
  const has = (c: string) => table.columns.some((col) => col.name === c);
  const conds: string[] = [];
  if (scope.kind === 'workspace') {
    if (has('workspace_id')) conds.push('workspace_id = $1::uuid');
    if (table.name === 'workspaces') conds.push('id = $1::uuid');
  } else {
    if (has('partner_id')) conds.push('partner_id = $1::uuid');
    if (table.name === 'partners') conds.push('id = $1::uuid');
  }
  if (has('user_id')) conds.push('user_id = any($2::uuid[])');
  if (table.name === 'users') conds.push('id = any($2::uuid[])');
  if (has('principal')) conds.push('principal = any($3::text[])');
  if (conds.length > 0) return conds.join(' or ');
  return scope.kind === 'workspace' ? 'true' : null;
}

function scopeParams(scope: Scope): unknown[] {
  if (scope.kind === 'all') return [];
  return [
    scope.kind === 'workspace' ? scope.workspaceUuid : scope.partnerUuid,
    scope.userUuids,
    scope.principals,
  ];
}

/** md5 of each table's rows (in scope, minus excluded columns), one round trip. */
export async function fingerprint(
  admin: pg.Pool,
  scope: Scope = { kind: 'all' },
): Promise<Record<string, string>> {
  const tables = (await publicTables(admin)).filter((t) => !(t.name in EXCLUDED_TABLES));
  const parts: string[] = [];
  for (const t of tables) {
    const where = scopeCondition(t, scope);
    if (where === null) continue;
    const skip = new Set(EXCLUDED_COLUMNS[t.name]?.columns ?? []);
    const cols = t.columns.filter((c) => !skip.has(c.name)).map((c) => q(c.name));
    parts.push(
      `select ${lit(t.name)} as t, count(*)::int as n,
              coalesce(md5(string_agg(r, E'\\n' order by r)), '-') as h
         from (select row(${cols.join(', ')})::text as r from ${q(t.name)} where ${where}) s`,
    );
  }
  if (parts.length === 0) return {};
  const { rows } = await admin.query<{ t: string; n: number; h: string }>(
    scope.kind === 'all' ? parts.join('\nunion all\n') : typed(parts.join('\nunion all\n')),
    scope.kind === 'all' ? [] : scopeParams(scope),
  );
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Types all three scope parameters even where a query uses only some of them. */
const typed = (sql: string) =>
  `with scope_params as (select $1::uuid as ws_or_partner, $2::uuid[] as users, $3::text[] as principals) ${sql}`;

/** Names of the tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}

/**
 * Strings that identify a scope's objects anywhere in a response: every `id` (as the uuid and as
 * the TypeID suffix, so the prefixed form is found whatever its prefix), e-mail and slug.
 */
export async function identifiersOf(
  admin: pg.Pool,
  scope: Exclude<Scope, { kind: 'all' }>,
): Promise<string[]> {
  const out = new Set<string>();
  for (const t of await publicTables(admin)) {
    const where = scopeCondition(t, scope);
    if (where === null || t.name in EXCLUDED_TABLES) continue;
    for (const col of t.columns) {
      const isId = col.name === 'id' && col.type === 'uuid';
      if (!isId && col.name !== 'email' && col.name !== 'slug') continue;
      const { rows } = await admin.query<{ v: string }>(
        typed(`select ${q(col.name)}::text as v from ${q(t.name)} where ${where}`),
        scopeParams(scope),
      );
      for (const r of rows) {
        out.add(r.v);
        if (isId) out.add(TypeID.fromUUID('x', r.v).getSuffix());
      }
    }
  }
  return [...out];
}
