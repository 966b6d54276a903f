/**
 * `npm run bench`: the authenticated, paginated partner list under load, beside a bare
 * Fastify + pg server running the same SQL, plus both servers' idle memory — same machine,
 * same database, same run. Prints a table and prepends the run to bench/RESULTS.md.
 *
 * Environment (all optional):
 *   BENCH_CONNECTIONS=20  BENCH_WARMUP_S=10  BENCH_DURATION_S=15   load per measured endpoint
 *   BENCH_ROUNDS=3        the measured seconds are split into rounds alternating Symbio and bare
 *   BENCH_PAGE2=1         also measure the second page (cursor)
 *   BENCH_DIAG=1          attribute the gap: the bare server with the real SQL round trips added
 *   BENCH_DIAG_S=6        measured seconds per diagnostic variant (2 s warm-up, 2 rounds)
 *   BENCH_PROFILE=0       1: run the real server under `node --cpu-prof` and summarise it
 *   BENCH_LOG_LEVEL=info  the real server's LOG_LEVEL (info is the product default)
 *   BENCH_PARTNERS=10000  partner rows in the measured workspace (and as many in a second one)
 *   BENCH_DB_POOL_MAX=10  DB_POOL_MAX of the real server; the bare server's pool gets the same size
 *   BENCH_EXPERIMENT=     policy-case: rewrite the partner RLS policies as CASE in the bench's
 *                         database before measuring (a proposed fix; the run is labelled so)
 *   BENCH_DATABASE_URL    use this local PostgreSQL server (a database is created and dropped)
 *                         instead of the embedded one
 *   BENCH_WRITE_RESULTS=1 0: print only, leave bench/RESULTS.md alone
 *   BENCH_TIME_LIMIT_S    hard stop (default: the planned load time + 60 s; ~3 min by default)
 *
 * `npm run bench -- --only screening` runs one of the further benchmarks alone (see extraBenches).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openPlatform, type Platform } from '../src/platform/bootstrap.js';
import { freePort } from '../src/platform/db/embedded.js';
import { idToUuid } from '../src/platform/ids/index.js';
import { seedDemo } from '../src/seed/seed.js';
import {
  applyCasePartnerPolicy,
  type CapturedRequest,
  captureListRequest,
  createReadKey,
  loadWorkspace,
} from './support/dataset.js';
import { measureInterleaved, type Schedule, type Target } from './support/load.js';
import {
  type Child,
  idleRssKb,
  machineBusySeconds,
  readMemoryKb,
  spawnNode,
  treeCpuSeconds,
  waitForHttp,
} from './support/processes.js';
import { summariseProfile } from './support/profile.js';
import { type DiagRow, type Pair, prependToResults, renderMarkdown, renderText } from './support/report.js';

const started = Date.now();
const loadavgAtStart = loadavg();
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOAL = 0.5;

function envInt(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number ${min}–${max}`);
  return n;
}
const flag = (name: string, fallback: boolean) => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : raw === '1' || raw === 'true';
};

const opts = {
  connections: envInt('BENCH_CONNECTIONS', 20, 1, 200),
  warmupSeconds: envInt('BENCH_WARMUP_S', 10, 0, 60),
  durationSeconds: envInt('BENCH_DURATION_S', 15, 1, 60),
  rounds: envInt('BENCH_ROUNDS', 3, 1, 10),
  page2: flag('BENCH_PAGE2', true),
  diag: flag('BENCH_DIAG', true),
  diagSeconds: envInt('BENCH_DIAG_S', 6, 2, 60),
  profile: flag('BENCH_PROFILE', false),
  logLevel: process.env.BENCH_LOG_LEVEL || 'info',
  partners: envInt('BENCH_PARTNERS', 10_000, 100, 1_000_000),
  poolMax: envInt('BENCH_DB_POOL_MAX', 10, 1, 100),
  writeResults: flag('BENCH_WRITE_RESULTS', true),
  experiment: process.env.BENCH_EXPERIMENT || '',
};
if (opts.experiment && opts.experiment !== 'policy-case') {
  throw new Error(`BENCH_EXPERIMENT: unknown experiment ${opts.experiment} (known: policy-case)`);
}
const plannedLoadSeconds =
  2 * (opts.warmupSeconds + opts.durationSeconds) +
  (opts.page2 ? 2 * (Math.min(opts.warmupSeconds, 3) + opts.durationSeconds) : 0) +
  (opts.diag ? 5 * (2 + opts.diagSeconds) : 0);
/**
 * Further benchmarks, each in its own bench/<name>.ts: they run after the partner-list one, or
 * alone with `npm run bench -- --only <name>`. `seconds` is a generous budget for the watchdog.
 * They print their figures; only the partner-list run writes bench/RESULTS.md.
 */
const extraBenches: Record<string, { seconds: number; run: () => Promise<unknown> }> = {
  screening: { seconds: 300, run: async () => (await import('./screening.js')).runScreeningBench(log) },
  tiers: { seconds: 1500, run: async () => (await import('./tiers.js')).runTiersBench(log) },
  deals: { seconds: 1200, run: async () => (await import('./deals.js')).runDealsBench(log) },
};
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '') : undefined;
if (only !== undefined && !extraBenches[only]) {
  throw new Error(`--only: unknown benchmark "${only}" (known: ${Object.keys(extraBenches).join(', ')})`);
}
const extraSeconds = Object.entries(extraBenches)
  .filter(([name]) => only === undefined || name === only)
  .reduce((sum, [, b]) => sum + b.seconds, 0);
// Set-up, start-up and clean-up take about 20 s; the watchdog leaves a minute of slack on top.
const timeLimitSeconds = envInt(
  'BENCH_TIME_LIMIT_S',
  (only === undefined ? plannedLoadSeconds + 60 : 0) + extraSeconds,
  30,
  3600,
);
const PAGE_LIMIT = 50;

// ---- clean-up: everything started registers its undo; they run in reverse, once ----------------
const undo: { name: string; fn: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      try {
        await step.fn();
      } catch (err) {
        console.error(`bench: clean-up step "${step.name}" failed: ${(err as Error).message}`);
      }
    }
  })();
  return cleaning;
}
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${timeLimitSeconds} s; stopping everything`);
  void cleanup().finally(() => process.exit(2));
}, timeLimitSeconds * 1000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`bench: ${signal}; cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

const log = (msg: string) =>
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
// The bench's own start-up stays quiet; PostgreSQL's expected first-start errors (a schema probe
// before graphile-worker migrates, say) are not worth a line.
const quietLog = {
  info: () => {},
  warn: (o: unknown, msg?: string) => {
    if (msg !== 'embedded postgres') console.error(msg ?? '', o);
  },
  error: (o: unknown, msg?: string) => console.error(msg ?? '', o),
};

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

function commitLabel(): string {
  const head = git(['rev-parse', '--short', 'HEAD']);
  // Not trimmed: porcelain lines start with a status column that may be a space (" M path").
  const changed = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
  if (changed.length === 0) return `${head} (clean tree)`;
  const outside = changed.filter((p) => !p.startsWith('bench/'));
  return outside.length === 0
    ? `${head} (dirty: bench/ only)`
    : `${head} (dirty: ${outside.slice(0, 6).join(', ')}${outside.length > 6 ? ', …' : ''})`;
}

/** BENCH_DATABASE_URL: a throwaway database on a local server, dropped at the end. */
async function ownDatabase(baseUrl: string): Promise<string> {
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error('BENCH_DATABASE_URL must point at a local server (127.0.0.1)');
  }
  const name = `symbio_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  undo.push({
    name: `drop database ${name}`,
    fn: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  });
  url.pathname = `/${name}`;
  return url.toString();
}

async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as { data: Record<string, unknown>[]; nextCursor: string | null };
}

async function explain(
  platform: Platform,
  captured: CapturedRequest,
): Promise<{ label: string; plan: string }[]> {
  const oneLine = (rows: { 'QUERY PLAN': string }[]) =>
    rows
      .map((r) => r['QUERY PLAN'].trim())
      .join(' / ')
      .replace(/\s+/g, ' ');
  const sql = `explain (costs off) ${captured.page.text}`;
  const bare = await platform.deps.pools.system.query<{ 'QUERY PLAN': string }>(sql, captured.page.values);
  const client = await platform.deps.pools.app.connect();
  try {
    await client.query(captured.begin.text);
    const rls = await client.query<{ 'QUERY PLAN': string }>(sql, captured.page.values);
    await client.query('rollback');
    return [
      { label: 'bare (owner role, no RLS)', plan: oneLine(bare.rows) },
      { label: 'Symbio (symbio_app, RLS, tenant settings)', plan: oneLine(rls.rows) },
    ];
  } finally {
    client.release();
  }
}

async function main() {
  // ---- build: the real server runs from dist/, as `npm start` runs it (the portal is not needed) ---
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const buildScript = scripts['build:server'] ? 'build:server' : 'build';
  log(`building (npm run ${buildScript})…`);
  execFileSync('npm', ['run', buildScript, '--silent'], { cwd: ROOT, stdio: 'inherit' });

  const tmp = mkdtempSync(join(tmpdir(), 'symbio-bench-'));
  // As root, embedded PostgreSQL runs as `postgres`, which must be able to reach <dataDir>/pg.
  chmodSync(tmp, 0o755);
  undo.push({ name: `remove ${tmp}`, fn: () => rmSync(tmp, { recursive: true, force: true }) });
  const dataDir = join(tmp, 'data');

  // ---- database: the embedded one (product default) via the project's own start-up path -------
  const externalUrl = process.env.BENCH_DATABASE_URL
    ? await ownDatabase(process.env.BENCH_DATABASE_URL)
    : undefined;
  log(externalUrl ? 'opening the database on BENCH_DATABASE_URL…' : 'starting embedded PostgreSQL…');
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(externalUrl ? { DATABASE_URL: externalUrl } : {}),
  });
  const platform = await openPlatform(config, quietLog as never);
  undo.push({ name: 'close pools / stop embedded PostgreSQL', fn: () => platform.close() });
  const pools = platform.deps.pools;
  const { rows: versionRows } = await pools.system.query<{ server_version: string }>('show server_version');
  const pgVersion = `PostgreSQL ${versionRows[0]!.server_version} (${externalUrl ? 'server on BENCH_DATABASE_URL' : 'embedded'})`;

  // ---- data: the demo program plus two big workspaces, so RLS and the tenant filter matter ----
  log(`loading data: demo program, then 2 × ${opts.partners} partners…`);
  await seedDemo(pools, { partners: 200, usersPerPartner: 3 });
  const a = await loadWorkspace(pools, 'A', opts.partners);
  const b = await loadWorkspace(pools, 'B', opts.partners);
  await pools.system.query('vacuum analyze');
  const { rows: countRows } = await pools.system.query<{ n: number }>(
    'select count(*)::int as n from partners',
  );
  const token = await createReadKey(pools, a.workspaceId);
  if (opts.experiment === 'policy-case') {
    log('EXPERIMENT policy-case: partner RLS policies rewritten as CASE in this run’s database');
    await applyCasePartnerPolicy(pools);
  }

  // ---- the SQL the real endpoint sends, captured from the real code path --------------------------
  const page1 = await captureListRequest(platform.deps, platform.databaseUrl, token, {
    limit: String(PAGE_LIMIT),
  });
  const cursor = page1.body.nextCursor;
  if (!cursor) throw new Error('page 1 has no next cursor');
  const page2 = await captureListRequest(platform.deps, platform.databaseUrl, token, {
    limit: String(PAGE_LIMIT),
    cursor,
  });
  const plans = await explain(platform, page1.captured);
  for (const p of plans) log(`plan, ${p.label}: ${p.plan}`);

  // ---- the two servers, each its own process, sharing the database -------------------------------
  const [realPort, barePort] = [await freePort(), await freePort()];
  const profileDir = join(tmp, 'profile');
  const real: Child = spawnNode(
    'Symbio server',
    [
      ...(opts.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
      join(ROOT, 'bin/symbio.js'),
      'serve',
      '--seed-demo',
    ],
    {
      ...process.env,
      DATABASE_URL: platform.databaseUrl,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(realPort),
      LOG_LEVEL: opts.logLevel,
      DB_POOL_MAX: String(opts.poolMax),
    },
    join(tmp, 'symbio-server.log'),
  );
  undo.push({ name: 'stop Symbio server', fn: () => real.stop() });
  const bareConfig = join(tmp, 'bare.json');
  writeFileSync(
    bareConfig,
    JSON.stringify({
      databaseUrl: platform.databaseUrl,
      port: barePort,
      poolMax: opts.poolMax,
      systemPoolMax: Math.max(2, Math.ceil(opts.poolMax / 4)),
      limit: PAGE_LIMIT,
      pages: { page1: page1.captured, page2: page2.captured },
    }),
  );
  const bare: Child = spawnNode(
    'bare server',
    [join(ROOT, 'bench/bare-server.mjs'), bareConfig],
    process.env,
    join(tmp, 'bare-server.log'),
  );
  undo.push({ name: 'stop bare server', fn: () => bare.stop() });
  const realUrl = `http://127.0.0.1:${realPort}`;
  const bareUrl = `http://127.0.0.1:${barePort}`;
  log('starting both servers…');
  await Promise.all([waitForHttp(`${realUrl}/readyz`, real), waitForHttp(`${bareUrl}/healthz`, bare)]);

  // ---- idle memory, before any load ---------------------------------------------------------------
  const [realIdleKb, bareIdleKb] = await Promise.all([
    idleRssKb(real.pid, 3_000),
    idleRssKb(bare.pid, 3_000),
  ]);
  log(`idle RSS: Symbio ${(realIdleKb / 1024).toFixed(1)} MiB, bare ${(bareIdleKb / 1024).toFixed(1)} MiB`);

  // ---- both answer the same page; the key is real (401 without it) ------------------------------
  const auth = { authorization: `Bearer ${token}` };
  const realUrls = {
    page1: `${realUrl}/api/v1/partners?limit=${PAGE_LIMIT}`,
    page2: `${realUrl}/api/v1/partners?limit=${PAGE_LIMIT}&cursor=${encodeURIComponent(cursor)}`,
  };
  for (const name of ['page1', 'page2'] as const) {
    const r = await getJson(realUrls[name], auth);
    const bb = await getJson(`${bareUrl}/bare/${name}`);
    const realIds = r.data.map((p) => idToUuid(String(p.id)));
    const bareIds = bb.data.map((p) => String(p.id));
    const wsA = idToUuid(a.workspaceId);
    if (realIds.length !== PAGE_LIMIT || realIds.join() !== bareIds.join()) {
      throw new Error(`${name}: the real and bare servers answer different rows`);
    }
    if (!bb.data.every((p) => p.workspace_id === wsA)) throw new Error(`${name}: rows outside workspace A`);
  }
  const anonymous = await fetch(realUrls.page1);
  await anonymous.arrayBuffer();
  if (anonymous.status !== 401) throw new Error(`without the key the list answered ${anonymous.status}`);

  const cpuBefore = { machine: machineBusySeconds(), ours: treeCpuSeconds(process.pid), at: Date.now() };
  // ---- load: each phase warms its targets, then alternates them round by round -----------------
  const schedule = (warmupSeconds: number, totalSeconds: number, rounds: number): Schedule => ({
    connections: opts.connections,
    warmupSeconds,
    rounds,
    sliceSeconds: Math.max(1, Math.round(totalSeconds / rounds)),
  });
  const phase = async (name: string, targets: Target[], s: Schedule) => {
    log(
      `load: ${name} — ${targets.length} targets, ${s.warmupSeconds} s warm-up each, then ${s.rounds} rounds of ${s.sliceSeconds} s each, ${s.connections} connections`,
    );
    return measureInterleaved(targets, s, (msg) => log(`  ${msg}`));
  };
  const realTarget = (key: string, url: string): Target => ({
    key,
    label: 'Symbio',
    url,
    headers: auth,
  });
  const bareTarget = (key: string, path: string): Target => ({
    key,
    label: key === 'bare' ? 'bare' : `bare + ${key}`,
    url: `${bareUrl}${path}`,
  });
  const pairs: Pair[] = [];
  const p1 = await phase(
    'page 1',
    [realTarget('real', realUrls.page1), bareTarget('bare', '/bare/page1')],
    schedule(opts.warmupSeconds, opts.durationSeconds, opts.rounds),
  );
  pairs.push({ label: 'page 1', real: p1.get('real')!, bare: p1.get('bare')! });
  if (opts.page2) {
    // Both processes are warm by now; a short warm-up covers the cursor path.
    const p2 = await phase(
      'page 2 (cursor)',
      [realTarget('real', realUrls.page2), bareTarget('bare', '/bare/page2')],
      schedule(Math.min(opts.warmupSeconds, 3), opts.durationSeconds, opts.rounds),
    );
    pairs.push({ label: 'page 2 (cursor)', real: p2.get('real')!, bare: p2.get('bare')! });
  }
  const diag: DiagRow[] = [];
  if (opts.diag) {
    const variants: { key: string; label: string; roundTrips: string; target: Target }[] = [
      {
        key: 'bare',
        label: 'bare: the page query, owner role',
        roundTrips: '1',
        target: bareTarget('bare', '/bare/page1'),
      },
      {
        key: 'auth',
        label: '+ API key lookup (system pool)',
        roundTrips: '2',
        target: bareTarget('auth', '/diag/auth/page1'),
      },
      {
        key: 'tx',
        label: '+ RLS role transaction (begin/set_config, commit)',
        roundTrips: '3',
        target: bareTarget('tx', '/diag/tx/page1'),
      },
      {
        key: 'auth-tx',
        label: '+ both: all SQL the real endpoint sends',
        roundTrips: '4',
        target: bareTarget('auth-tx', '/diag/auth-tx/page1'),
      },
      {
        key: 'real',
        label: 'Symbio (real server)',
        roundTrips: '4',
        target: realTarget('real', realUrls.page1),
      },
    ];
    const results = await phase(
      'attribution (page 1)',
      variants.map((v) => v.target),
      schedule(2, opts.diagSeconds, 2),
    );
    for (const v of variants)
      diag.push({ label: v.label, roundTrips: v.roundTrips, result: results.get(v.key)! });
  }
  const cpuAfter = { machine: machineBusySeconds(), ours: treeCpuSeconds(process.pid), at: Date.now() };
  const loadWallSeconds = (cpuAfter.at - cpuBefore.at) / 1000;
  const foreignCpuSeconds = Math.max(
    0,
    cpuAfter.machine - cpuBefore.machine - (cpuAfter.ours - cpuBefore.ours),
  );
  const foreignShare = foreignCpuSeconds / (loadWallSeconds * availableParallelism());
  const contention = `while loading, processes outside this benchmark used ${foreignCpuSeconds.toFixed(0)} CPU-seconds of ${(loadWallSeconds * availableParallelism()).toFixed(0)} (${(foreignShare * 100).toFixed(0)} % of the machine${externalUrl ? ', the PostgreSQL server on BENCH_DATABASE_URL included' : ''}); load average at start ${loadavgAtStart.map((x) => x.toFixed(1)).join(' / ')}`;
  if (foreignShare > 0.1) {
    log(
      `WARNING: ${contention} — absolute figures are depressed and noisy; ratios less so (targets alternate)`,
    );
  }
  const realMem = readMemoryKb(real.pid);
  const bareMem = readMemoryKb(bare.pid);

  // ---- stop the servers (the profile is written when the real one exits) ------------------------
  await Promise.all([real.stop(), bare.stop()]);
  let profile = null;
  if (opts.profile) {
    profile = summariseProfile(profileDir);
    if (profile) {
      const keep = join(ROOT, '.tmp', 'bench');
      mkdirSync(keep, { recursive: true });
      copyFileSync(join(profileDir, profile.file), join(keep, 'symbio-server.cpuprofile'));
      log('CPU profile kept in .tmp/bench/symbio-server.cpuprofile');
    }
  }

  const report = {
    date: new Date(),
    commit: commitLabel(),
    experiment: opts.experiment
      ? 'policy-case — the partner RLS policies were rewritten as CASE in this run’s database (a proposed fix, not the committed schema)'
      : null,
    machine: [
      `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`,
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
      `Linux ${release()}`,
      `Node ${process.version}`,
      pgVersion,
      contention,
    ],
    method: [
      `Data: workspace A with ${a.partners} partners (measured), workspace B with ${b.partners} partners in the same table, plus the demo program (200 partners, 600 partner users); ${countRows[0]!.n} partner rows in all; \`vacuum analyze\` after loading.`,
      `Symbio: \`node bin/symbio.js serve --seed-demo\` (built with \`npm run build:server\`; the demo was already loaded), LOG_LEVEL=${opts.logLevel}, DB_POOL_MAX=${opts.poolMax}; \`GET /api/v1/partners?limit=${PAGE_LIMIT}\` with a workspace API key (scope partners.read); page 2 uses the \`nextCursor\` of page 1.`,
      `Baseline: bench/bare-server.mjs, Fastify with no logger + one \`pg\` pool (max ${opts.poolMax}, owner role): no zod, no auth, no RLS role, no transaction; it replays the exact page SQL and values captured from the real code path (resolveAuth → withTenantTx → listPartners) and returns the page as JSON. Both answer the same 50 rows (checked).`,
      `Load: autocannon in the bench process, ${opts.connections} connections, one target at a time: each target warmed for ${opts.warmupSeconds} s (discarded; ${Math.min(opts.warmupSeconds, 3)} s for page 2), then ${opts.rounds} rounds of ${Math.max(1, Math.round(opts.durationSeconds / opts.rounds))} s alternating Symbio and bare (${opts.durationSeconds} s measured per target); requests/s = 2xx responses / measured seconds; p50/p99 over every response's exact time. Attribution: ${opts.diag ? `5 targets, 2 s warm-up, 2 rounds of ${Math.max(1, Math.round(opts.diagSeconds / 2))} s` : 'not run'}.`,
      `Memory: VmRSS from /proc/<pid>/status after start-up and one readiness query, 3 s of quiet, median of 5 readings 200 ms apart; peak = VmHWM after all load. PostgreSQL is a separate process and counted in neither.`,
      ...(opts.profile
        ? [
            'Profile: the Symbio server ran under `node --cpu-prof` for the whole run, which slows it; its figures here are not comparable with unprofiled runs.',
          ]
        : []),
      `Database: ${externalUrl ? 'a throwaway database on BENCH_DATABASE_URL' : 'embedded PostgreSQL started once by openPlatform (product settings), shared by both servers'}; everything runs on the same ${availableParallelism()} cores (load generator, both servers, PostgreSQL).`,
    ],
    headlineRatio: pairs[0]!.real.rps / pairs[0]!.bare.rps,
    goal: GOAL,
    pairs,
    memory: { realIdleKb, bareIdleKb, realPeakKb: realMem.peakKb, barePeakKb: bareMem.peakKb },
    diag,
    plans,
    profile,
    totalSeconds: (Date.now() - started) / 1000,
  };
  console.log(renderText(report));
  if (opts.writeResults) {
    prependToResults(join(ROOT, 'bench', 'RESULTS.md'), renderMarkdown(report));
    log('bench/RESULTS.md updated');
  }
}

let exitCode = 0;
try {
  if (only !== undefined) await extraBenches[only]!.run();
  else {
    await main();
    for (const bench of Object.values(extraBenches)) await bench.run();
  }
} catch (err) {
  // After a signal or the watchdog, in-flight load fails as the servers stop: not news.
  if (!cleaning) console.error(`bench failed: ${(err as Error).stack ?? err}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
