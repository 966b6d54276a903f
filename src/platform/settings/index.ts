import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * The application secret (it encrypts TOTP seeds and webhook signing secrets). SYMBIO_SECRET
 * wins; otherwise one is generated once and kept in the database, so every node of a
 * deployment — embedded or DATABASE_URL — uses the same one without configuration. `preferred`
 * carries a secret an older install kept on disk, so its encrypted data stays readable.
 */
export async function sharedAppSecret(pool: pg.Pool, preferred?: string): Promise<string> {
  const candidate = preferred ?? randomBytes(32).toString('base64url');
  await pool.query(
    `insert into instance_settings (key, value) values ('app_secret', $1) on conflict (key) do nothing`,
    [candidate],
  );
  const { rows } = await pool.query<{ value: string }>(
    `select value from instance_settings where key = 'app_secret'`,
  );
  return rows[0]!.value;
}
