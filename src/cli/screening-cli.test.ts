import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../test/support/app.js';
import { createTenant, type Tenant } from '../../test/support/fixtures.js';
import { ofacDataDir } from '../modules/screening/ofac-snapshot.js';
import { createPools, type Pools } from '../platform/db/pools.js';
import { loadLocalSecrets } from '../platform/db/secrets.js';
import { idToUuid } from '../platform/ids/index.js';

/** `symbio screening import` as a child process against a test database (like cli.test.ts). */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dataDir: string;
let databaseUrl: string;
let pools: Pools;
let tenant: Tenant;

function symbio(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'symbio-cli-screening-'));
  loadLocalSecrets(dataDir);
  databaseUrl = await createTestDatabase();
  pools = createPools(databaseUrl, 2, () => {});
  tenant = await createTenant(pools, 'cliscr');
});

afterAll(async () => {
  await pools?.close();
  if (databaseUrl) await dropTestDatabase(databaseUrl);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('symbio screening import', () => {
  it('imports OFAC’s legacy files from their folder and reports the skipped rows', async () => {
    const run = await symbio([
      'screening',
      'import',
      '--workspace',
      tenant.workspaceId,
      '--format',
      'ofac',
      ofacDataDir(),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^screening list scl_\w+ “OFAC SDN”: \d{4} entries imported, 2 rows skipped$/m,
    );
    expect(run.stdout).toContain('sdn.csv line 9044: Skipped: entry number 2677 appears twice.');
    const { rows } = await pools.system.query(
      'select l.name, l.imported_by, count(e.*)::int as n from screening_lists l join screening_entries e on e.list_id = l.id where l.workspace_id = $1 group by 1, 2',
      [idToUuid(tenant.workspaceId)],
    );
    expect(rows[0]).toMatchObject({ name: 'OFAC SDN', imported_by: 'system:cli' });
    expect(rows[0].n).toBeGreaterThan(9000);
  });

  it('imports a CSL file, and refuses a wrong path or an unreadable file in one line (exit 2)', async () => {
    const file = join(dataDir, 'csl.csv');
    writeFileSync(
      file,
      'name,alt_names,country,source\n"ACME, LTD",ACME TRADING; ACME HK,HK,Entity List (EL) - Bureau of Industry and Security\n',
    );
    const ok = await symbio([
      'screening',
      'import',
      '--workspace',
      tenant.workspaceId,
      '--format',
      'csl',
      '--name',
      'EL',
      file,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/“EL”: 1 entries imported, 0 rows skipped/);

    const missing = await symbio([
      'screening',
      'import',
      '--workspace',
      tenant.workspaceId,
      '--format',
      'csl',
      join(dataDir, 'nope.csv'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no such file or folder');

    const bad = join(dataDir, 'bad.csv');
    writeFileSync(bad, 'foo,bar\n1,2\n');
    const unreadable = await symbio([
      'screening',
      'import',
      '--workspace',
      tenant.workspaceId,
      '--format',
      'csl',
      bad,
    ]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('no "name" column');
  });
});
