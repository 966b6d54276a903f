import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type EmbeddedServer, startEmbeddedPostgres } from '../../src/platform/db/embedded.js';
import { runMigrations } from '../../src/platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    dbTarget: 'embedded' | 'server';
  }
}

/**
 * One PostgreSQL per run (embedded, or the server), one migrated template database; every test
 * file then clones the template (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const target = process.env.TEST_DB === 'server' ? 'server' : 'embedded';
  let embedded: EmbeddedServer | null = null;
  let dir: string | null = null;
  let adminUrl: string;
  if (target === 'embedded') {
    dir = mkdtempSync(join(tmpdir(), 'symbio-test-pg-'));
    chmodSync(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
    embedded = await startEmbeddedPostgres({ dataDir: dir, password: 'test-password', fast: true });
    adminUrl = embedded.url.replace(/\/symbio$/, '/postgres');
  } else {
    adminUrl = process.env.TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  }
  const templateDb = `symbio_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${templateDb}`);
  const pool = new pg.Pool({ connectionString: withDb(adminUrl, templateDb), max: 2 });
  await runMigrations(pool);
  await pool.end();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('dbTarget', target);
  return async () => {
    // Leftover test databases (a crashed file) go too, so a server never fills up.
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1 or datname = $2`,
      [`${templateDb.replace('tpl', 't')}%`, templateDb],
    );
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
