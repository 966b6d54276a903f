import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { type Deps, systemClock } from './access/context.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './db/embedded.js';
import { runMigrations } from './db/migrate.js';
import { createPools } from './db/pools.js';
import { loadLocalSecrets } from './db/secrets.js';
import { sharedAppSecret } from './settings/index.js';

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type Platform = {
  deps: Deps;
  embedded: EmbeddedServer | null;
  databaseUrl: string;
  close: () => Promise<void>;
};

/**
 * Database up (embedded unless DATABASE_URL is set), migrations applied, pools open. Shared by
 * `symbio serve`, every CLI command and the tests, so they all run the same start-up path.
 */
export async function openPlatform(
  config: Config,
  log: Log,
  options: { migrate?: boolean } = {},
): Promise<Platform> {
  let embedded: EmbeddedServer | null = null;
  let databaseUrl: string | undefined = config.databaseUrl;
  // Files in DATA_DIR exist only for the embedded database (its password); a server deployment
  // keeps nothing on the node's disk.
  const local = databaseUrl ? null : loadLocalSecrets(config.dataDir);
  if (!databaseUrl && local) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      password: local.pgPassword,
      port: config.embeddedPgPort,
      log: (line) => {
        if (/\b(FATAL|PANIC)\b/.test(line)) log.warn({ postgres: line.trim() }, 'embedded postgres');
      },
    });
    databaseUrl = embedded.url;
  }
  if (!databaseUrl) throw new Error('no database');
  const url = databaseUrl;
  const pools = createPools(url, config.dbPoolMax, (err) => {
    // 57P01 is PostgreSQL shutting down (our own shutdown, or a restart the pool recovers from).
    const code = (err as { code?: string }).code;
    if (code !== '57P01') log.warn({ code, message: err.message }, 'database connection error');
  });
  let secret: string;
  try {
    if (options.migrate !== false) await runMigrations(pools.system);
    secret = config.secret ?? (await sharedAppSecret(pools.system, local?.appSecret));
  } catch (err) {
    await pools.close();
    await embedded?.stop();
    throw err;
  }
  const deps: Deps = {
    pools,
    config: { ...config, secret },
    clock: systemClock,
  };
  return {
    deps,
    embedded,
    databaseUrl: url,
    close: async () => {
      await pools.close();
      await embedded?.stop();
    },
  };
}
