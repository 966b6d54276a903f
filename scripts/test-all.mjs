#!/usr/bin/env node
// The whole test suite, as `npm test` and CI run it: lint, typecheck, OpenAPI lint, then every
// unit/integration test twice — against the embedded PostgreSQL and against a PostgreSQL server.
// Ends with one plain line: "N passed, N failed" (", N skipped" when any were).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const serverUrl = process.env.TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
mkdirSync('.tmp', { recursive: true });

function run(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A tool check (lint, typecheck, OpenAPI lint) counts as one test. */
function check(name, cmd, args, env) {
  console.log(`\n▶ ${name}`);
  const r = run(cmd, args, env);
  totals[r.ok ? 'passed' : 'failed']++;
  notes.push(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds} s)`);
}

function vitest(target) {
  const out = `.tmp/vitest-${target}.json`;
  rmSync(out, { force: true });
  console.log(
    `\n▶ unit + integration tests against ${target === 'embedded' ? 'embedded PostgreSQL' : `the PostgreSQL server (${serverUrl.replace(/\/\/[^@]*@/, '//')})`}`,
  );
  const r = run(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...browserExclude],
    {
      TEST_DB: target,
      TEST_SERVER_URL: serverUrl,
    },
  );
  if (!existsSync(out)) {
    totals.failed++;
    notes.push(`FAIL vitest (${target}): no report written (${r.seconds} s)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  // A suite that failed to load reports no tests: count it as a failure, never as nothing.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + brokenFiles;
  totals.skipped += skipped;
  notes.push(
    `${r.ok ? 'ok  ' : 'FAIL'} vitest ${target}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed, ${skipped} skipped (${r.seconds} s)`,
  );
}

function serverReachable() {
  const r = spawnSync('node', [
    '-e',
    `const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))`,
    serverUrl,
  ]);
  return r.status === 0;
}

// Browser tests need Debian's Chromium (CI installs it; see .ci/run). Without it, outside CI,
// they are reported as skipped, with the reason, rather than failed or silently dropped.
const browserExclude = [];
if (!existsSync('/usr/bin/chromium')) {
  if (process.env.CI) {
    totals.failed++;
    notes.push('FAIL /usr/bin/chromium is missing (CI must install it; see .ci/run)');
  } else {
    browserExclude.push('--exclude', 'test/e2e/portal*.test.ts');
    totals.skipped++;
    notes.push(
      'skip browser tests (test/e2e/portal*.test.ts): /usr/bin/chromium is not installed (apt-get install -y chromium)',
    );
  }
}

check('lint (biome)', 'npx', ['biome', 'check', '.']);
check('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('OpenAPI document written', 'npx', ['tsx', 'scripts/write-openapi.ts', '.tmp/openapi.json']);
check(
  'OpenAPI lint (redocly, recommended rules)',
  'npx',
  ['redocly', 'lint', '--config', 'redocly.yaml', '.tmp/openapi.json'],
  {
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  },
);
// The portal's production build (typecheck of web/ + vite build): the browser tests run against it.
check('portal build (tsc -p web + vite build)', 'npm', ['run', 'build:web']);
vitest('embedded');
if (serverReachable()) {
  vitest('server');
} else if (process.env.CI) {
  totals.failed++;
  notes.push(`FAIL PostgreSQL server at ${serverUrl} is not reachable (CI must start it; see .ci/run)`);
} else {
  totals.skipped++;
  notes.push(
    `skip server suite: no PostgreSQL server at ${serverUrl} (set TEST_SERVER_URL, or start one; CI always runs it)`,
  );
}

console.log('\nSummary');
for (const n of notes) console.log(`  ${n}`);
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('.tmp/test-summary.txt', `${summary}\n`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
