import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

// Any 64-bit constant shared by every Symbio node; 'symbio' in ASCII.
const MIGRATION_LOCK = 0x73796d62696fn;

export function migrationsFolder(): string {
  // src/platform/db → ../../../migrations, and the same from dist/platform/db.
  const candidate = fileURLToPath(new URL('../../../migrations', import.meta.url));
  if (!existsSync(candidate)) throw new Error(`migrations folder not found at ${candidate}`);
  return candidate;
}

/**
 * Applies committed SQL migrations. A session-level advisory lock serialises app nodes that
 * start together: the second waits, then finds nothing left to do.
 */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    try {
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
    }
  } finally {
    client.release();
  }
}

/** True when every committed migration is recorded as applied (used by /readyz). */
export async function migrationsApplied(pool: pg.Pool, expected: number): Promise<boolean> {
  try {
    const { rows } = await pool.query<{ n: number }>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    return (rows[0]?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}

/** How many migrations the code ships (the journal drizzle-kit writes beside them). */
export function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder()}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
