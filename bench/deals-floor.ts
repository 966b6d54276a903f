/**
 * The floor under registrations/s (bench/deals.ts, part d): what PostgreSQL alone sustains when
 * it is sent exactly the statements the real server sends for each registration, by a client
 * that does nothing else — no HTTP, no validation, no scoring, no application code.
 *
 * 1. Capture: the real code path of `POST /api/v1/deals` (resolveAuth, then withTenantTx +
 *    createDeal, as src/platform/http/register.ts runs them) registers a new customer against
 *    recording pools; the transaction's last message (audit append, deferred rows, COMMIT) is
 *    sent with ROLLBACK in place of the COMMIT, so nothing stays and every captured registration
 *    can be replayed once as if it were new.
 * 2. Replay: the captured statements, registration by registration, through the application's
 *    own pools (createPools: the symbio_app role, prepared statements per connection, the same
 *    pool size as the server) at the HTTP run's concurrency.
 *
 * The difference between this rate and the HTTP rate is what the application server costs; the
 * replay rate itself is the most the current SQL of a registration allows on this machine.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { CreateDeal } from '../src/modules/deals/schemas.js';
import { createDeal } from '../src/modules/deals/service/write.js';
import type { Actor } from '../src/platform/access/actor.js';
import { type Deps, withTenantTx } from '../src/platform/access/context.js';
import { resolveAuth } from '../src/platform/auth/resolve.js';
import { createPools } from '../src/platform/db/pools.js';
import { type CapturedQuery, recordingPool } from './support/dataset.js';

/** One registration's statements: the API key lookup on the system pool, then the transaction. */
export type CapturedRegistration = { system: CapturedQuery[]; app: CapturedQuery[] };

/** The COMMIT that ends withTenantTx's last message, alone or after the audit append. */
const FINAL_COMMIT = /(^|;\s*)commit\s*$/i;

/**
 * Registers `count` new customers through the real code path and returns what each sent, rolled
 * back. `parallel` capture workers, each with its own pair of one-connection recording pools.
 */
export async function captureRegistrations(args: {
  deps: Deps;
  databaseUrl: string;
  keys: readonly string[];
  body: (n: number) => string;
  count: number;
  parallel?: number;
}): Promise<CapturedRegistration[]> {
  const out: CapturedRegistration[] = new Array(args.count);
  let next = 0;
  const worker = async () => {
    let rolledBack = 0;
    const rollback = (text: string) => {
      if (!FINAL_COMMIT.test(text)) return text;
      rolledBack++;
      return text.replace(FINAL_COMMIT, '$1rollback');
    };
    // One log per pool, emptied before each registration and copied after it.
    const systemLog: CapturedQuery[] = [];
    const appLog: CapturedQuery[] = [];
    const pools = {
      system: recordingPool(args.databaseUrl, {}, systemLog),
      app: recordingPool(args.databaseUrl, { options: '-c role=symbio_app' }, appLog, rollback),
      close: async () => {},
    };
    const deps: Deps = { ...args.deps, pools, nudge: undefined };
    try {
      for (let n = next++; n < args.count; n = next++) {
        systemLog.length = 0;
        appLog.length = 0;
        const before = rolledBack;
        const request = {
          headers: { authorization: `Bearer ${args.keys[n % args.keys.length]}` },
          cookies: {},
        };
        const { actor } = await resolveAuth(deps, request as never);
        const input = CreateDeal.parse(JSON.parse(args.body(n)));
        await withTenantTx(deps, actor as Actor, (ctx) => createDeal(ctx, input), {
          requestId: `floor-${n}`,
          ip: '127.0.0.1',
        });
        if (rolledBack !== before + 1)
          throw new Error(
            `registration ${n}: expected one final COMMIT, saw ${JSON.stringify(appLog.at(-1))}`,
          );
        out[n] = { system: [...systemLog], app: [...appLog] };
      }
    } finally {
      await Promise.allSettled([pools.system.end(), pools.app.end()]);
    }
  };
  await Promise.all(Array.from({ length: args.parallel ?? 2 }, worker));
  return out;
}

export type ReplayResult = { done: number; seconds: number; latencies: number[] };

/**
 * Sends the captured registrations, each once, on `connections` concurrent workers through the
 * application's own pools (`poolMax` connections, as the server's DB_POOL_MAX). The first
 * `warmup` registrations are sent and not counted; stops after `seconds` or when all are sent.
 */
export async function replayRegistrations(args: {
  databaseUrl: string;
  captured: readonly CapturedRegistration[];
  connections: number;
  poolMax: number;
  warmup: number;
  seconds: number;
  /** Called between the warm-up and the measured part (CPU readings). */
  onMeasureStart?: () => void;
}): Promise<ReplayResult> {
  const errors: Error[] = [];
  const pools = createPools(args.databaseUrl, args.poolMax, (e) => errors.push(e));
  const replayOne = async (r: CapturedRegistration) => {
    for (const q of r.system) await pools.system.query(q.text, q.values);
    const client: pg.PoolClient = await pools.app.connect();
    try {
      for (const q of r.app) await client.query(q.text, q.values);
      client.release();
    } catch (err) {
      await client.query('rollback').catch(() => {});
      client.release();
      throw err;
    }
  };
  let next = 0;
  const run = async (until: number, deadline: number, latencies: number[] | null) => {
    const worker = async () => {
      for (let i = next++; i < until && performance.now() < deadline; i = next++) {
        const t = performance.now();
        await replayOne(args.captured[i]!);
        latencies?.push(performance.now() - t);
      }
    };
    await Promise.all(Array.from({ length: args.connections }, worker));
  };
  try {
    await run(Math.min(args.warmup, args.captured.length), Number.POSITIVE_INFINITY, null);
    args.onMeasureStart?.();
    const latencies: number[] = [];
    const started = performance.now();
    await run(args.captured.length, started + args.seconds * 1000, latencies);
    const seconds = (performance.now() - started) / 1000;
    if (errors.length > 0) throw errors[0];
    return { done: latencies.length, seconds, latencies };
  } finally {
    await pools.close();
  }
}
