import type pg from 'pg';
import type { Pools } from './pools.js';

/**
 * A transaction on the system pool (the migrator role, no row-level security). Only for the
 * few flows that run before any tenant is known: sign-in, sessions, invitations and password
 * resets, and CLI maintenance. Named `unsafe` so every use stands out in review.
 */
export async function unsafeSystemTx<T>(pools: Pools, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pools.system.connect();
  try {
    await client.query('begin');
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
