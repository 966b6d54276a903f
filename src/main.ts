import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { openPlatform, type Platform } from './platform/bootstrap.js';
import { committedMigrationCount } from './platform/db/migrate.js';
import { type JobRunner, startJobRunner } from './platform/jobs/runner.js';
import { closeMailTransports } from './platform/mail/index.js';
import { DEMO_DOMAIN, DEMO_PASSWORD, demoStaff } from './seed/demo-data.js';
import { seedDemoDeals } from './seed/demo-deals.js';
import { seedDemoProgram } from './seed/demo-program.js';
import { DEMO_WORKSPACE_ID, demoExists, seedDemo } from './seed/seed.js';

export type Server = { app: FastifyInstance; platform: Platform; url: string; stop: () => Promise<void> };

/** config → database → migrations → (demo) → app → listen; stops in reverse on SIGTERM/SIGINT. */
export async function startServer(
  config: Config = loadConfig(),
  options: { seedDemo?: boolean } = {},
): Promise<Server> {
  const bootLog = (level: 'info' | 'warn' | 'error') => (obj: unknown, msg?: string) => {
    if (config.logLevel === 'silent') return;
    process.stdout.write(
      `${JSON.stringify({ level, time: Date.now(), msg: msg ?? '', ...(obj as object) })}\n`,
    );
  };
  const platform = await openPlatform(config, {
    info: bootLog('info'),
    warn: bootLog('warn'),
    error: bootLog('error'),
  } as never);
  let seeded = false;
  let app: FastifyInstance | undefined;
  let jobs: JobRunner | null = null;
  try {
    if (options.seedDemo && !(await demoExists(platform.deps.pools))) {
      await seedDemo(platform.deps.pools, { partners: 200, usersPerPartner: 3 });
      await seedDemoProgram(platform.deps, DEMO_WORKSPACE_ID, 200);
      await seedDemoDeals(platform.deps, DEMO_WORKSPACE_ID);
      seeded = true;
    }
    app = await buildApp(platform.deps, { expectedMigrations: committedMigrationCount() });
    // Background work (event fan-out, webhooks, mail) runs on every node unless JOBS=false.
    jobs = config.jobs ? await startJobRunner(platform.deps, app.log) : null;
    if (jobs) platform.deps.nudge = jobs.nudge;
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    // Whatever failed, leave nothing running: a half-started node must not keep the database.
    await jobs?.stop();
    await app?.close();
    await platform.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    // Drain: stop accepting, finish in-flight requests, then close pools and the embedded database.
    stopping ??= (async () => {
      await app.close();
      await jobs?.stop();
      closeMailTransports();
      await platform.close();
    })();
    return stopping;
  };
  if (options.seedDemo && (await demoExists(platform.deps.pools))) {
    printBanner(url, seeded, platform.embedded ? resolve(config.dataDir, 'pg') : null);
  }
  return { app, platform, url, stop };
}

/** `embeddedDir`: where the embedded PostgreSQL keeps its data (null with DATABASE_URL). */
function printBanner(url: string, seeded: boolean, embeddedDir: string | null) {
  const lines = [
    '',
    `  Symbio is running at ${url}`,
    `  API docs: ${url}/docs    OpenAPI: ${url}/api/v1/openapi.json`,
    `  Database: ${embeddedDir ? `embedded PostgreSQL, data in ${embeddedDir}` : 'DATABASE_URL'}${seeded ? ' — demo program loaded' : ''}`,
    '',
    `  Demo logins (password: ${DEMO_PASSWORD})`,
    ...demoStaff.map((s) => `    ${s.role.padEnd(18)} ${s.email}`),
    `    ${'partner_admin'.padEnd(18)} partner.admin@${DEMO_DOMAIN}`,
    `    ${'partner_rep'.padEnd(18)} partner.rep@${DEMO_DOMAIN}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
