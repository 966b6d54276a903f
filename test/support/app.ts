import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Clock, Deps } from '../../src/platform/access/context.js';
import { committedMigrationCount } from '../../src/platform/db/migrate.js';
import { createPools, type Pools } from '../../src/platform/db/pools.js';
import { withDb } from './global-setup.js';

/** A controllable clock: tests move time instead of sleeping. */
export class TestClock implements Clock {
  private t: number;
  constructor(start = Date.parse('2026-11-24T09:00:00Z')) {
    this.t = start;
  }
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
  set(date: Date | string) {
    this.t = new Date(date).getTime();
  }
}

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  pools: Pools;
  clock: TestClock;
  /** Superuser connection to this test's database, for assertions that bypass every wall. */
  admin: pg.Pool;
  databaseUrl: string;
  close: () => Promise<void>;
};

/** A fresh database cloned from the migrated template, and an app on it (no listening socket). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  appOptions: { logStream?: { write: (line: string) => void } } = {},
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', COOKIE_SECURE: 'false' }),
    databaseUrl,
    secret: 'test-secret-test-secret-test-secret-0123',
    ...overrides,
  };
  const pools = createPools(databaseUrl, 10, () => {});
  const clock = new TestClock();
  const deps: Deps = { pools, config, clock };
  const app = await buildApp(deps, { expectedMigrations: committedMigrationCount(), ...appOptions });
  await app.ready();
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  admin.on('error', () => {});
  return {
    app,
    deps,
    pools,
    clock,
    admin,
    databaseUrl,
    close: async () => {
      await app.close();
      await pools.close();
      await admin.end();
      await dropTestDatabase(databaseUrl);
    },
  };
}

export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const template = inject('templateDb');
  const name = `${template.replace('tpl', 't')}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Two files cloning the template at the same instant collide ("source database is being
    // accessed by other users", 55006): retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006' || attempt > 50) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  return withDb(adminUrl, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
