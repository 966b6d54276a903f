#!/usr/bin/env node
// Entry for `symbio` / `npx symbio`: runs the compiled CLI (npm start builds it first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('symbio: not built yet; run `npm run build` first');
  process.exit(1);
}
await import(compiled);
