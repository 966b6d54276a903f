/**
 * Writes the OpenAPI document to openapi.json (or the path given) without a database: the
 * pools are created but never connected, since building the app runs no query.
 */
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/platform/access/context.js';
import { createPools } from '../src/platform/db/pools.js';

const out = process.argv[2] ?? 'openapi.json';
const pools = createPools('postgres://unused@127.0.0.1:1/unused', 1, () => {});
const app = await buildApp({
  pools,
  config: { ...loadConfig({ LOG_LEVEL: 'silent' }), secret: 'x'.repeat(32) },
  clock: systemClock,
});
await app.ready();
writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await pools.close();
console.log(`wrote ${out}`);
