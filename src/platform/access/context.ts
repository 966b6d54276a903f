import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Config } from '../../config.js';
import { type AuditInput, appendAudit } from '../audit/index.js';
import { type BuiltQuery, inlineQuery, quoteLiteral } from '../db/inline.js';
import { type DriverRow, driverRows, insertOfDriverRows } from '../db/insert.js';
import type { Pools } from '../db/pools.js';
import { AppError } from '../errors/index.js';
import { idToUuid } from '../ids/index.js';
import { type Actor, actorId, actorPartner, actorWorkspace } from './actor.js';
import { authorize } from './authorize.js';
import type { Permission } from './permissions.js';

export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** What every service function receives. There is no other way to reach tenant data. */
export type Ctx = {
  readonly actor: Actor;
  readonly workspaceId: string | null;
  readonly partnerId: string | null;
  /** Drizzle bound to this transaction, running as symbio_app with the tenant settings applied. */
  readonly db: NodePgDatabase;
  /** The same transaction's raw client, for the few statements Drizzle does not express well. */
  readonly client: pg.PoolClient;
  readonly clock: Clock;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly config: Config;
  /** Queue an audit entry; it is chained and written just before this transaction commits. */
  audit(entry: AuditInput): void;
  /**
   * Queue a write nothing in this transaction reads back (a timeline row, a touchpoint, conflict
   * evidence): it travels inlined in the COMMIT's message, with the audit entries, instead of a
   * round trip of its own. It fails, and rolls everything back, like any other write.
   */
  defer(query: BuiltQuery | { toSQL(): BuiltQuery }): void;
  /**
   * `defer` for rows of one table (insertQuery's rows): rows deferred one after another into the
   * same table travel as one multi-row INSERT. Each statement in the COMMIT's message is planned
   * anew, and planning an insert under a row-level security check with a sub-select costs more
   * than running it (the timeline's: 0.19 ms, bench/RESULTS.md).
   */
  deferInsert<T extends PgTable>(table: T, rows: T['$inferInsert'] | readonly T['$inferInsert'][]): void;
  /** Throws 401/403 unless the actor holds the permission. */
  authorize(permission: Permission): void;
  /** The workspace, or 403 for a user who has not selected one. */
  requireWorkspace(): string;
};

export type Deps = {
  pools: Pools;
  config: Config;
  clock: Clock;
  /** Wakes the background job runner after a write that produced events (set when jobs run on this node). */
  nudge?: () => void;
};
export type TxOptions = {
  requestId?: string | null;
  ip?: string | null;
  readOnly?: boolean;
  /** 'repeatable read' gives long reads (CSV export) one consistent snapshot. */
  isolation?: 'read committed' | 'repeatable read';
};

/**
 * Runs `fn` in one transaction on the request role. The transaction-local settings
 * app.workspace_id / app.partner_id / app.user_id / app.principal are what the row-level
 * security policies read; they are set in the same round trip as BEGIN. The change, its audit
 * entries and (later) its events commit together or not at all.
 */
export async function withTenantTx<T>(
  deps: Deps,
  actor: Actor,
  fn: (ctx: Ctx) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const workspaceId = actorWorkspace(actor);
  const partnerId = actorPartner(actor);
  const client = await deps.pools.app.connect();
  const audits: AuditInput[] = [];
  // Deferred writes in order: inlined statements, and runs of rows for one table.
  const deferred: (string | { table: PgTable; rows: DriverRow[] })[] = [];
  const lit = (v: string | null) => (v === null ? "''" : quoteLiteral(v));
  try {
    await client.query(
      `begin isolation level ${options.isolation ?? 'read committed'}${options.readOnly ? ' read only' : ''}; select set_config('app.workspace_id', ${lit(
        workspaceId && idToUuid(workspaceId),
      )}, true), set_config('app.partner_id', ${lit(partnerId && idToUuid(partnerId))}, true), set_config('app.user_id', ${lit(
        actor.kind === 'user' ? idToUuid(actor.userId) : null,
      )}, true), set_config('app.principal', ${lit(actorId(actor))}, true)`,
    );
    const ctx: Ctx = {
      actor,
      workspaceId,
      partnerId,
      db: drizzle(client),
      client,
      clock: deps.clock,
      requestId: options.requestId ?? null,
      ip: options.ip ?? null,
      config: deps.config,
      audit: (entry) => {
        audits.push(entry);
      },
      defer: (query) => {
        if (options.readOnly) throw new Error('defer: a write in a read-only transaction');
        deferred.push(inlineQuery('toSQL' in query ? query.toSQL() : query));
      },
      deferInsert: (table, rows) => {
        if (options.readOnly) throw new Error('deferInsert: a write in a read-only transaction');
        // Mapped now (a snapshot, as `defer` inlines at once); joined into one INSERT at the COMMIT.
        const mapped = driverRows(table, rows);
        const last = deferred.at(-1);
        if (last !== undefined && typeof last !== 'string' && last.table === table) last.rows.push(...mapped);
        else deferred.push({ table, rows: mapped });
      },
      authorize: (permission) => authorize(actor, permission),
      requireWorkspace: () => {
        if (!workspaceId) throw new AppError('forbidden', 'Select a workspace first.');
        return workspaceId;
      },
    };
    const result = await fn(ctx);
    const statements = deferred.map((d) =>
      typeof d === 'string' ? d : inlineQuery(insertOfDriverRows(d.table, d.rows)),
    );
    // Account-level changes by a user with no workspace yet have no chain to go into.
    const fallback = workspaceId ?? audits.find((a) => a.workspaceId)?.workspaceId;
    const toAppend = workspaceId ? audits : audits.filter((a) => a.workspaceId);
    if (toAppend.length > 0 && fallback) {
      await appendAudit(
        client,
        fallback,
        toAppend,
        {
          actorKind: actor.kind,
          actorId: actorId(actor),
          requestId: ctx.requestId,
          ip: ctx.ip,
          occurredAt: deps.clock.now(),
        },
        { thenCommit: true, withStatements: statements },
      );
    } else {
      await client.query([...statements, 'commit'].join(';\n'));
    }
    client.release();
    if (audits.length > 0) deps.nudge?.();
    return result;
  } catch (err) {
    // A connection that cannot even roll back is discarded rather than returned to the pool.
    const broken = await client.query('rollback').then(
      () => undefined,
      (e: Error) => e,
    );
    client.release(broken);
    throw err;
  }
}
