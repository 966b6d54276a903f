// @ts-check
// The baseline: bare Fastify + pg, no zod, no auth, no RLS role, no transaction. It replays the
// exact SQL the real list endpoint sends (captured by bench/run.ts) and returns the page as
// JSON. Plain JavaScript run by plain `node`, like the built server, so neither process pays
// for a TypeScript loader in its memory.
//
// The /diag/* routes put the real endpoint's database round trips back one by one, still
// without the framework around them, to attribute the gap (bench/run.ts, BENCH_DIAG).
//
// Usage: node bench/bare-server.mjs <config.json>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

/**
 * @typedef {{ text: string, values: unknown[] }} Query
 * @typedef {{ auth: Query, begin: Query, page: Query, commit: Query }} Captured
 * @typedef {{ databaseUrl: string, port: number, poolMax: number, systemPoolMax: number, limit: number,
 *   pages: Record<string, Captured> }} BareConfig
 */

/** @type {BareConfig} */
const config = JSON.parse(readFileSync(String(process.argv[2]), 'utf8'));

/** @param {Error} err */
const onError = (err) => process.stderr.write(`pool error: ${err.message}\n`);
/** @param {pg.Pool} pool */
const guard = (pool) => {
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
};
// The baseline pool: the owner role (RLS does not apply), same size as the real app pool.
const pool = guard(new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax }));
// Used only by /diag/*: the same two pools the real server has.
const systemPool = guard(new pg.Pool({ connectionString: config.databaseUrl, max: config.systemPoolMax }));
const appPool = guard(
  new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax, options: '-c role=symbio_app' }),
);

/** @param {Record<string, unknown>[]} rows */
function shape(rows) {
  const data = rows.slice(0, config.limit);
  const last = data[data.length - 1];
  const nextCursor =
    rows.length > config.limit && last
      ? Buffer.from(JSON.stringify({ v: last.created_at, id: last.id })).toString('base64url')
      : null;
  return { data, nextCursor };
}

/**
 * @param {Captured} q
 * @param {{ auth: boolean, tx: boolean }} steps
 */
async function diag(q, steps) {
  if (steps.auth) await systemPool.query(q.auth.text, q.auth.values);
  if (!steps.tx) return shape((await pool.query(q.page.text, q.page.values)).rows);
  const client = await appPool.connect();
  try {
    await client.query(q.begin.text);
    const { rows } = await client.query(q.page.text, q.page.values);
    await client.query(q.commit.text);
    client.release();
    return shape(rows);
  } catch (err) {
    await client.query('rollback').catch(() => {});
    client.release(true);
    throw err;
  }
}

const app = Fastify({ logger: false });
app.get('/healthz', async () => {
  await pool.query('select 1');
  return { status: 'ok' };
});
for (const [name, q] of Object.entries(config.pages)) {
  app.get(`/bare/${name}`, async () => shape((await pool.query(q.page.text, q.page.values)).rows));
  app.get(`/diag/auth/${name}`, async () => diag(q, { auth: true, tx: false }));
  app.get(`/diag/tx/${name}`, async () => diag(q, { auth: false, tx: true }));
  app.get(`/diag/auth-tx/${name}`, async () => diag(q, { auth: true, tx: true }));
}

const shutdown = async () => {
  await app.close();
  await Promise.allSettled([pool.end(), systemPool.end(), appPool.end()]);
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ host: '127.0.0.1', port: config.port });
process.stdout.write(`bare server listening on ${config.port}\n`);
