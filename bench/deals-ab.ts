/**
 * `npx tsx bench/deals-ab.ts DB_A DIR_A DB_B DIR_B`: registrations/s and CPU per registration of
 * two builds of the server, measured in one sitting. Each build (a checkout with `npm run
 * build:server` done) serves its own copy of the same data — make them with `BENCH_DEALS_KEEP=1
 * BENCH_DEALS_HTTP=0 BENCH_DEALS_DB=<name> npx tsx bench/deals.ts` in each checkout — and the load
 * (POST /api/v1/deals with submit, new customers, 16 connections) alternates between the two in
 * short slices, A then B, then B then A. On a shared machine whose speed drifts by a quarter
 * within minutes, separate runs cannot tell a 10 % change; interleaved slices see the same
 * machine. "PostgreSQL" is the machine's CPU
 * outside the two servers and this process (/proc/stat): PostgreSQL, and the little else running.
 *
 * Environment: AB_SLICES=10, AB_SLICE_S=4, AB_B_NODE_OPTIONS (Node flags for B only),
 * AB_DATABASE_URL=postgres://postgres@127.0.0.1:5432 (the server holding both databases).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidToId } from '../src/platform/ids/index.js';
import { createKey } from '../test/support/fixtures.js';
import { customer, registrationBody } from './deals.js';

const [dbA, dirA, dbB, dirB] = process.argv.slice(2) as [string, string, string, string];
if (!dirB) {
  console.error('usage: npx tsx bench/deals-ab.ts DB_A DIR_A DB_B DIR_B');
  process.exit(2);
}
const slices = Number(process.env.AB_SLICES ?? 10);
const sliceS = Number(process.env.AB_SLICE_S ?? 4);
const cpuMs = (pid: number | string) => {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
};
/**
 * CPU ms the machine spent outside the two servers and this process (PostgreSQL, mostly). Read
 * from /proc/stat, not per postgres process: a pool's idle connections close while the other
 * side is loaded, and an exited backend's time would vanish from a per-process sum.
 */
const otherCpu = (servers: number[]) => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const busy = (f.reduce((a, b) => a + b, 0) - f[3]! - (f[4] ?? 0)) * 10; // USER_HZ 100
  const own = process.cpuUsage();
  return busy - servers.reduce((a, pid) => a + cpuMs(pid), 0) - (own.user + own.system) / 1000;
};

/**
 * Both sides register the same customers, past the loaded ones (at most 200,000 in deals.ts), in
 * one of 50 blocks of 20,000 picked by the clock, so a rerun on the same databases most likely
 * registers new customers again.
 */
const firstCustomer = 1_000_000 + (Date.now() % 50) * 20_000;

type Side = {
  name: string;
  port: number;
  pid: number;
  keys: string[];
  products: string[];
  /** Next customer number (new customers only). */
  next: number;
  regs: number;
  srvMs: number;
  pgMs: number;
  secs: number;
};
async function setup(name: string, db: string, dir: string, port: number): Promise<Side> {
  const url = `${process.env.AB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432'}/${db}`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const { rows: ws } = await pool.query('select id from workspaces limit 1');
  const wsId = uuidToId('workspace', ws[0].id);
  const { rows: ps } = await pool.query(
    "select id from partners where status = 'active' order by id limit 50",
  );
  const keys: string[] = [];
  for (const p of ps)
    keys.push(
      await createKey({ system: pool } as never, wsId, uuidToId('partner', p.id), [
        'deals.register',
        'deals.read',
      ]),
    );
  const { rows: prods } = await pool.query('select id from products order by id');
  await pool.end();
  const child = spawn(process.execPath, [`${dir}/bin/symbio.js`, 'serve'], {
    env: {
      ...process.env,
      NODE_OPTIONS: name === 'B' ? (process.env.AB_B_NODE_OPTIONS ?? '') : '',
      DATABASE_URL: url,
      DATA_DIR: join(tmpdir(), `symbio-ab-${name}-${process.pid}`),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    name,
    port,
    pid: child.pid!,
    keys,
    products: prods.map((r) => uuidToId('product', r.id)),
    next: firstCustomer,
    regs: 0,
    srvMs: 0,
    pgMs: 0,
    secs: 0,
  };
}

function fire(s: Side, seconds: number): Promise<number> {
  return new Promise((res, rej) => {
    let ok = 0;
    const inst = autocannon(
      {
        url: `http://127.0.0.1:${s.port}`,
        connections: 16,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/deals',
            setupRequest: (req) => {
              const n = s.next++;
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${s.keys[n % s.keys.length]}`,
                },
                body: registrationBody(n, customer(n), s.products),
              };
            },
          },
        ],
      },
      (err) => (err ? rej(err) : res(ok)),
    );
    inst.on('response', (_c, status) => {
      if (status >= 200 && status < 300) ok++;
      else if (ok === 0) console.error('non-2xx', status);
    });
  });
}

const A = await setup('A', dbA, dirA, 4101);
const B = await setup('B', dbB, dirB, 4102);
for (const s of [A, B]) await fire(s, 4); // warm-up
for (let i = 0; i < slices; i++) {
  for (const s of i % 2 === 0 ? [A, B] : [B, A]) {
    const c0 = cpuMs(s.pid);
    const p0 = otherCpu([A.pid, B.pid]);
    const t0 = performance.now();
    const n = await fire(s, sliceS);
    s.secs += (performance.now() - t0) / 1000;
    s.srvMs += cpuMs(s.pid) - c0;
    s.pgMs += otherCpu([A.pid, B.pid]) - p0;
    s.regs += n;
  }
}
for (const s of [A, B])
  console.log(
    `${s.name}: ${(s.regs / s.secs).toFixed(0)} reg/s over ${s.regs}; CPU ms/registration server ${(s.srvMs / s.regs).toFixed(2)}, PostgreSQL ${(s.pgMs / s.regs).toFixed(2)}, sum ${((s.srvMs + s.pgMs) / s.regs).toFixed(2)}`,
  );
console.log(
  `B/A throughput ${(B.regs / B.secs / (A.regs / A.secs)).toFixed(3)}, CPU ${((B.srvMs + B.pgMs) / B.regs / ((A.srvMs + A.pgMs) / A.regs)).toFixed(3)}`,
);
for (const s of [A, B]) process.kill(s.pid);
process.exit(0);
