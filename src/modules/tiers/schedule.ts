import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { Actor } from '../../platform/access/actor.js';
import { type Deps, withTenantTx } from '../../platform/access/context.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { type RecomputeResult, recomputeProgram } from './engine.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** How long a claimed recompute may run before another node may take over (a crashed node's lease). */
const LEASE_MS = 30 * 60_000;
/** Daily: a program is due when its last recompute is at least this old. */
export const RECOMPUTE_EVERY_MS = 24 * 3_600_000;
/** After a failure, wait this long before trying the program again. */
const RETRY_MS = 60 * 60_000;
const holder = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Takes the program's recompute lease. One statement: the insert claims a program seen for the
 * first time; the conditional update claims an existing row only if no live lease holds it (and,
 * for the daily run, only if it is due). A concurrent claimer waits on the row and then finds the
 * lease taken, so exactly one node wins.
 */
export async function claimProgram(
  db: Queryable,
  workspaceUuid: string,
  programUuid: string,
  who: string,
  now: Date,
  onlyIfDue: boolean,
): Promise<boolean> {
  const { rows } = await db.query(
    `insert into tier_recompute_state as s (workspace_id, program_id, last_run_at, locked_until, locked_by)
     values ($1, $2, null, $3::timestamptz + $5 * interval '1 millisecond', $4)
     on conflict (workspace_id, program_id) do update
        set locked_until = excluded.locked_until, locked_by = excluded.locked_by
      where (s.locked_until is null or s.locked_until <= $3)
        and (not $6 or s.last_run_at is null or s.last_run_at <= $3::timestamptz - $7 * interval '1 millisecond')
     returning s.program_id`,
    [workspaceUuid, programUuid, now, who, LEASE_MS, onlyIfDue, RECOMPUTE_EVERY_MS],
  );
  return rows.length === 1;
}

export async function releaseProgram(
  db: Queryable,
  workspaceUuid: string,
  programUuid: string,
  who: string,
  now: Date,
  error: Error | null,
): Promise<void> {
  await db.query(
    error
      ? `update tier_recompute_state set locked_until = $4::timestamptz + $6 * interval '1 millisecond', last_error = $5
          where workspace_id = $1 and program_id = $2 and locked_by = $3`
      : `update tier_recompute_state set locked_until = null, locked_by = null, last_run_at = $4, last_error = null
          where workspace_id = $1 and program_id = $2 and locked_by = $3`,
    error
      ? [workspaceUuid, programUuid, who, now, String(error.message).slice(0, 500), RETRY_MS]
      : [workspaceUuid, programUuid, who, now],
  );
}

/**
 * On demand (POST …/tiers/recompute): the same lease as the daily run, so the two never overlap;
 * 409 while another recompute of the program runs.
 */
export async function recomputeNow(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  programId: string,
): Promise<RecomputeResult> {
  const ws = idToUuid(workspaceId);
  const program = idToUuid(programId);
  const who = holder();
  const claimed = await withTenantTx(deps, actor, (ctx) =>
    claimProgram(ctx.client, ws, program, who, deps.clock.now(), false),
  );
  if (!claimed)
    throw new AppError('conflict', 'A recompute of this program is already running; try again shortly.');
  try {
    const result = await recomputeProgram(deps, actor, workspaceId, programId);
    await withTenantTx(deps, actor, (ctx) =>
      releaseProgram(ctx.client, ws, program, who, deps.clock.now(), null),
    );
    return result;
  } catch (err) {
    await withTenantTx(deps, actor, (ctx) =>
      releaseProgram(ctx.client, ws, program, who, deps.clock.now(), err as Error),
    ).catch(() => {});
    throw err;
  }
}

/**
 * The daily step of runBackgroundWork: every program with tiers whose last recompute is at least
 * 24 h old (by the deps clock) is recomputed by exactly one node. A failing program records its
 * error on its state row and is retried an hour later; the others still run.
 */
export async function recomputeDueTiers(deps: Deps): Promise<{ programs: number; failed: number }> {
  const now = deps.clock.now();
  // Across workspaces, so on the system pool: which programs are due (ids only, no tenant data).
  const { rows } = await deps.pools.system.query<{ workspace_id: string; program_id: string }>(
    `select distinct t.workspace_id, t.program_id
       from tiers t
       left join tier_recompute_state s on s.workspace_id = t.workspace_id and s.program_id = t.program_id
      where (s.program_id is null or s.last_run_at is null or s.last_run_at <= $1::timestamptz - $2 * interval '1 millisecond')
        and (s.locked_until is null or s.locked_until <= $1)`,
    [now, RECOMPUTE_EVERY_MS],
  );
  let programs = 0;
  let failed = 0;
  for (const r of rows) {
    const who = holder();
    if (!(await claimProgram(deps.pools.system, r.workspace_id, r.program_id, who, now, true))) continue;
    const workspaceId = uuidToId('workspace', r.workspace_id);
    const actor: Actor = { kind: 'system', workspaceId, job: 'tiers.recompute' };
    try {
      await recomputeProgram(deps, actor, workspaceId, uuidToId('program', r.program_id));
      await releaseProgram(deps.pools.system, r.workspace_id, r.program_id, who, deps.clock.now(), null);
      programs++;
    } catch (err) {
      await releaseProgram(
        deps.pools.system,
        r.workspace_id,
        r.program_id,
        who,
        deps.clock.now(),
        err as Error,
      );
      failed++;
    }
  }
  return { programs, failed };
}
