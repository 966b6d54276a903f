/**
 * `npx tsx bench/tiers.ts` (or `npm run bench -- --only tiers`): the tier recompute of a 100,000-partner program beside the bare
 * aggregate SQL it is built on — same machine, same database, same run. The figure is the ratio
 * full recompute / bare aggregate (goal ≤ 2). Prints the numbers; does not write RESULTS.md.
 *
 * Environment (all optional):
 *   BENCH_TIER_PARTNERS=100000   partners in the program (real rows of the partners table)
 *   BENCH_TIER_EVENTS=1000000    metric events, spread deterministically over partners and 18 months
 *   BENCH_TIER_ROUNDS=3          measured runs of each variant (the median is reported)
 *   BENCH_DATABASE_URL           a local PostgreSQL server to use instead of the embedded one
 *
 * Variants, each from the same data:
 *   bare      the aggregate statement the engine runs (GROUP BY partner over the window), alone,
 *             as the owner role, rows fetched into Node — the floor any recompute pays
 *   first     full recompute from no tier state: every partner placed (a state row and a decision
 *             written for each, one summary audit entry per batch) — the worst case
 *   daily     full recompute one day later from the state the first run left: the scheduled run
 *   churn     full recompute 45 days later (from the state the daily run left): promotions,
 *             pending demotions (warning mails) and explanation updates for the partners whose
 *             window changed — far more change than a real day brings
 *   unchanged full recompute again at the same moment: nothing to write
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.js';
import { loadProgram, planAggregate, recomputeProgram, windowParams } from '../src/modules/tiers/engine.js';
import { classicTierLadder } from '../src/modules/tiers/ladder.js';
import type { Actor } from '../src/platform/access/actor.js';
import type { Clock, Deps } from '../src/platform/access/context.js';
import { openPlatform } from '../src/platform/bootstrap.js';
import { idToUuid, newId } from '../src/platform/ids/index.js';

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const n = raw ? Number(raw) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const PARTNERS = envInt('BENCH_TIER_PARTNERS', 100_000);
const EVENTS = envInt('BENCH_TIER_EVENTS', 1_000_000);
const ROUNDS = envInt('BENCH_TIER_ROUNDS', 3);
const started = performance.now();
const stamped = (msg: string) =>
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
/** Set while the bench holds a database: the standalone signal handlers close it. */
let closing: (() => Promise<void>) | null = null;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A clock the bench moves: the engine reads time only through it. */
class BenchClock implements Clock {
  constructor(private t: number) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

// The demo program's ladder: the benchmark measures the tiers a real program would have.
const TIERS = classicTierLadder;

export type TiersBenchResult = { partners: number; events: number; medianMs: Record<string, number> };

export async function runTiersBench(log: (msg: string) => void = stamped): Promise<TiersBenchResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'symbio-bench-tiers-'));
  // As root, embedded PostgreSQL runs as `postgres`, which must be able to reach <dataDir>/pg.
  chmodSync(tmp, 0o755);
  const config = loadConfig({
    DATA_DIR: join(tmp, 'data'),
    LOG_LEVEL: 'warn',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const quiet = {
    info: () => {},
    warn: () => {},
    error: (o: unknown, m?: string) => console.error(m ?? '', o),
  };
  log('starting PostgreSQL and migrating…');
  const platform = await openPlatform(config, quiet as never);
  closing = async () => {
    await platform.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  const clock = new BenchClock(Date.parse('2027-06-01T00:00:00Z'));
  const deps: Deps = { ...platform.deps, clock };
  const db = deps.pools.system;
  try {
    // ---- data: real rows of the schema, inserted set-based (the seed CLI takes ~73 s for this) --
    const workspaceId = newId('workspace');
    const programId = newId('program');
    const ws = idToUuid(workspaceId);
    const program = idToUuid(programId);
    log(`loading ${PARTNERS} partners in one program with 4 tiers, ${EVENTS} metric events over 18 months…`);
    await db.query('insert into workspaces (id, name, slug) values ($1, $2, $3)', [
      ws,
      'Tier bench',
      `tier-bench-${workspaceId.slice(-8)}`,
    ]);
    await db.query(
      `insert into programs (workspace_id, id, name, slug, tier_window_days, demotion_grace_days) values ($1, $2, 'Bench program', 'bench', 365, 30)`,
      [ws, program],
    );
    for (const t of TIERS) {
      await db.query(
        `insert into tiers (workspace_id, id, program_id, rank, name, criteria, discount_pct) values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          ws,
          idToUuid(newId('tier')),
          program,
          t.rank,
          t.name,
          t.criteria ? JSON.stringify(t.criteria) : null,
          t.discountPct,
        ],
      );
    }
    await db.query(
      `insert into partners (workspace_id, id, name, types, country, status, program_id, created_at, updated_at)
       select $1, uuidv7(), 'Bench Partner ' || lpad(g::text, 6, '0'), '{var}', 'DE', 'active', $2,
              timestamptz '2026-01-01' + g * interval '1 second', timestamptz '2026-01-01' + g * interval '1 second'
         from generate_series(1, $3::int) g`,
      [ws, program, PARTNERS],
    );
    // Deterministic events: partner by a multiplicative hash of the event number; each partner has
    // a "size" that scales its revenue, so every tier is populated; times spread over 548 days.
    await db.query(
      `create temp table bench_partners as
                    select row_number() over (order by id) - 1 as n, id from partners where workspace_id = $1`,
      [ws],
    );
    await db.query('create index on bench_partners (n)');
    await db.query(
      `insert into partner_metric_events (workspace_id, id, partner_id, metric, value, occurred_at, source, external_id)
       select $1, uuidv7(), bp.id, m.metric, m.value,
              timestamptz '2026-01-01' + ((i::bigint * 7121) % (548 * 86400)) * interval '1 second', 'bench', 'ev-' || i
         from generate_series(1, $2::int) i
         join bench_partners bp on bp.n = (i::bigint * 7919) % $3
         cross join lateral (select ((bp.n * 2654435761) % 1000) / 1000.0 as size,
                                    (hashint4(i) & 2147483647) % 20 as k) s
         cross join lateral (
           select case when s.k < 9 then 'revenue_won' when s.k < 16 then 'deals_won'
                       when s.k < 18 then 'certified_people' else 'customer_satisfaction' end as metric,
                  case when s.k < 9 then round(3000000 * s.size ^ 3 * (0.5 + (i % 97) / 97.0), 2)
                       when s.k < 16 then 1
                       when s.k < 18 then floor(12 * s.size ^ 2 + (i % 3))
                       else round(2 + 3 * s.size * (0.7 + (i % 7) / 20.0), 1) end as value
         ) m`,
      [ws, EVENTS, PARTNERS],
    );
    log('vacuum analyze…');
    await db.query('vacuum analyze partners, partner_metric_events, tiers');

    const actor: Actor = { kind: 'system', workspaceId, job: 'tiers.bench' };
    const loaded = (await loadProgram(db, workspaceId, programId))!;
    const plan = planAggregate(loaded.tiers, false);
    const plan1 = await db.query(
      `explain (costs off) ${plan.aggregateSql}`,
      windowParams(loaded.config, clock.now()),
    );
    log(`aggregate plan: ${plan1.rows.map((r) => String(r['QUERY PLAN']).trim()).join(' / ')}`);

    const bare = async () => {
      const t0 = performance.now();
      const { rows } = await db.query({
        text: plan.aggregateSql,
        values: windowParams(loaded.config, clock.now()),
        rowMode: 'array',
      });
      return { ms: performance.now() - t0, rows: rows.length };
    };
    const full = async () => {
      const t0 = performance.now();
      const r = await recomputeProgram(deps, actor, workspaceId, programId);
      return { ms: performance.now() - t0, ...r };
    };
    const reset = async () => {
      await db.query('delete from partner_tiers where workspace_id = $1', [ws]);
      await db.query('delete from tier_decisions where workspace_id = $1', [ws]);
      await db.query('vacuum analyze partner_tiers, tier_decisions');
    };

    // Warm the caches once (both paths read the same pages).
    await bare();
    const results: Record<string, number[]> = { bare: [], first: [], daily: [], churn: [], unchanged: [] };
    const info: Record<string, string> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      clock.set('2027-06-01T00:00:00Z');
      const b = await bare();
      results.bare!.push(b.ms);
      await reset();
      const f = await full();
      results.first!.push(f.ms);
      info.first = `${f.partners} partners, ${f.changed} written, ${f.decisions} decisions`;
      const u = await full();
      results.unchanged!.push(u.ms);
      info.unchanged = `${u.partners} partners, ${u.changed} written`;
      clock.set('2027-06-02T00:00:00Z');
      const d = await full();
      results.daily!.push(d.ms);
      info.daily = `${d.partners} partners, ${d.changed} written, ${d.decisions} decisions`;
      clock.set('2027-07-16T00:00:00Z');
      const c = await full();
      results.churn!.push(c.ms);
      info.churn = `${c.partners} partners, ${c.changed} written, ${c.decisions} decisions`;
      log(
        `round ${round}: bare ${b.ms.toFixed(0)} ms (${b.rows} groups), first ${f.ms.toFixed(0)} ms, unchanged ${u.ms.toFixed(0)} ms, next day ${d.ms.toFixed(0)} ms, churn ${c.ms.toFixed(0)} ms`,
      );
    }
    const dist = await db.query<{ name: string | null; n: number }>(
      `select t.name, count(*)::int as n from partner_tiers pt left join tiers t on t.workspace_id = pt.workspace_id and t.id = pt.tier_id
        where pt.workspace_id = $1 group by t.name, t.rank order by t.rank`,
      [ws],
    );
    const bareMs = median(results.bare!);
    const row = (label: string, key: string) => {
      const ms = median(results[key]!);
      const ratio = ms / bareMs;
      return `| ${label.padEnd(42)} | ${ms.toFixed(0).padStart(8)} | ${Math.round((PARTNERS / ms) * 1000)
        .toLocaleString('en')
        .padStart(10)} | ${ratio.toFixed(2).padStart(5)} | ${info[key] ?? ''}`;
    };
    console.log('');
    console.log(
      `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`,
    );
    console.log(
      `Data: ${PARTNERS} partners, ${EVENTS} metric events over 18 months, window 365 days; median of ${ROUNDS} runs`,
    );
    console.log(
      `Tier distribution after the runs: ${dist.rows.map((r) => `${r.name ?? 'none'} ${r.n}`).join(', ')}`,
    );
    console.log('| variant                                    |       ms | partners/s | ×bare | work');
    console.log(row('bare aggregate SQL alone', 'bare'));
    console.log(row('full recompute, first placement (all write)', 'first'));
    console.log(row('full recompute, the next day (daily run)', 'daily'));
    console.log(row('full recompute, 45 days later (churn)', 'churn'));
    console.log(row('full recompute, nothing changed', 'unchanged'));
    return {
      partners: PARTNERS,
      events: EVENTS,
      medianMs: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)])),
    };
  } finally {
    closing = null;
    await platform.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Standalone: stop the embedded PostgreSQL on Ctrl-C too, not only at the end.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void (closing?.() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  await runTiersBench().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
