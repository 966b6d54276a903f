import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiTypes } from '@symbio/web-codegen';
import { expect, it } from 'vitest';

const TYPES_FILE = 'web/src/platform/api/schema.gen.ts';

/**
 * The portal talks to the API through types generated from the OpenAPI document. When a route's
 * schema changes, this fails until `npm run api:types` regenerates them (and the portal still compiles).
 */
it('the portal’s committed API types match the current OpenAPI document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'symbio-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    // The same command `npm run api:types` runs, so the test and the script cannot disagree.
    const written = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-openapi.ts', file], {
      encoding: 'utf8',
    });
    expect(written.status, written.stderr).toBe(0);
    const generated = await generateApiTypes(JSON.parse(readFileSync(file, 'utf8')));
    const committed = readFileSync(TYPES_FILE, 'utf8');
    if (generated !== committed) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `${TYPES_FILE} is out of date (first difference at line ${line + 1}: committed ${JSON.stringify(a[line])}, ` +
          `current ${JSON.stringify(b[line])}). Run: npm run api:types`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
