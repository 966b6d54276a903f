import pg from 'pg';
import { autoPrepare } from './prepared.js';

export type Pools = {
  /** Runs as the migrator/owner. Only for migrations and `unsafe…` lookups made before a tenant is known. */
  system: pg.Pool;
  /** Runs as symbio_app: row-level security applies to every query. Serves requests and jobs. */
  app: pg.Pool;
  close: () => Promise<void>;
};

// Timestamps come back as Date, bigint counts as numbers small enough to be safe here.
pg.types.setTypeParser(20, (v) => Number(v));

export function createPools(databaseUrl: string, max: number, onError: (err: Error) => void): Pools {
  const guard = (pool: pg.Pool): pg.Pool => {
    // Without these, a PostgreSQL restart crashes the process with an unhandled 'error' (G20).
    pool.on('error', onError);
    pool.on('connect', (client) => {
      client.on('error', onError);
      // Repeated parameterised statements are prepared once per connection (prepared.ts).
      autoPrepare(client);
    });
    return pool;
  };
  const system = guard(new pg.Pool({ connectionString: databaseUrl, max: Math.max(2, Math.ceil(max / 4)) }));
  // The `role` startup option makes every connection of this pool act as symbio_app from its
  // first statement; no code path can forget to switch (docs/decisions/0002-request-role.md).
  const app = guard(new pg.Pool({ connectionString: databaseUrl, max, options: '-c role=symbio_app' }));
  return {
    system,
    app,
    close: async () => {
      await Promise.allSettled([system.end(), app.end()]);
    },
  };
}
