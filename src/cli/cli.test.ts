import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../test/support/app.js';
import { createTenant, type Tenant } from '../../test/support/fixtures.js';
import { withDb } from '../../test/support/global-setup.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../platform/access/context.js';
import { committedMigrationCount } from '../platform/db/migrate.js';
import { createPools, type Pools } from '../platform/db/pools.js';
import { loadLocalSecrets } from '../platform/db/secrets.js';
import { idToUuid } from '../platform/ids/index.js';
import { buildCli } from './program.js';

/**
 * The real `symbio` CLI as a child process (`node --import tsx src/cli/main.ts`, the same entry
 * `npm run dev` uses; measured on this machine: ~1.0 s a run against ~0.57 s for the built
 * `node bin/symbio.js`, which would first need a ~2.3 s build writing dist/ under the other test
 * files' feet). Every command runs against a database of its own on the test PostgreSQL.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

type Run = { code: number | null; stdout: string; stderr: string; errLines: string[] };

let dataDir: string;
let databaseUrl: string;
let pools: Pools;
let app: FastifyInstance;
let tenant: Tenant;
const emptyDatabases: string[] = [];
/** Server-side errors of the in-process app, shown with a failing status so a 500 explains itself. */
const serverErrors: string[] = [];

function symbio(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, NO_COLOR: '1', ...env },
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
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, errLines: stderr.split('\n').filter((l) => l.trim() !== '') }),
    );
  });
}

/** An empty database (no migrations at all), named so the global teardown sweeps it up too. */
async function createEmptyDatabase(): Promise<string> {
  const name = `${inject('templateDb').replace('tpl', 't')}_empty_${emptyDatabases.length}_${process.pid}`;
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = withDb(inject('adminUrl'), name);
  emptyDatabases.push(url);
  return url;
}

async function appliedMigrations(url: string): Promise<{ n: number; last: string | null }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number; last: string | null }>(
      'select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations',
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'symbio-cli-'));
  // Written once here so concurrent runs never race to create it (the file is unused with DATABASE_URL).
  loadLocalSecrets(dataDir);
  databaseUrl = await createTestDatabase();
  pools = createPools(databaseUrl, 4, () => {});
  tenant = await createTenant(pools, 'cli');
  const config = {
    ...loadConfig({ LOG_LEVEL: 'error', COOKIE_SECURE: 'false' }),
    databaseUrl,
    secret: 'test-secret-test-secret-test-secret-0123',
  };
  app = await buildApp(
    { pools, config, clock: systemClock },
    {
      expectedMigrations: committedMigrationCount(),
      logStream: { write: (line) => serverErrors.push(line) },
    },
  );
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await pools?.close();
  if (databaseUrl) await dropTestDatabase(databaseUrl);
  for (const url of emptyDatabases) await dropTestDatabase(url);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every command path, walked from the program itself so a new command is covered on arrival. */
function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands.flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

describe('symbio --help', () => {
  const paths = [[], ...commandPaths(buildCli())];

  it('covers every command and subcommand', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        'serve',
        'migrate',
        'seed',
        'user',
        'user create',
        'apikey',
        'apikey create',
        'audit',
        'audit verify',
      ]),
    );
  });

  it.concurrent.each(paths.map((p) => [p.join(' ') || '(program)', p] as const))(
    '%s --help prints usage and exits 0',
    async (_label, path) => {
      const r = await symbio([...path, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: symbio${path.map((p) => ` ${p}`).join('')} `));
      expect(r.stdout).toContain('-h, --help');
      expect(r.stderr).toBe('');
    },
  );
});

describe('bad arguments: non-zero exit and exactly one line on stderr saying what is wrong', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown command', ['bogus'], /unknown command 'bogus'/],
    ['unknown option', ['seed', '--bogus'], /unknown option '--bogus'/],
    ['a misspelt command keeps its hint', ['migrat'], /unknown command 'migrat'.*Did you mean migrate\?/],
    [
      'a misspelt option keeps its hint',
      ['seed', '--scal', '5'],
      /unknown option '--scal'.*Did you mean --scale\?/,
    ],
    ['seed --scale abc', ['seed', '--scale', 'abc'], /--scale.*'abc'.*positive whole number/],
    ['seed --scale 0', ['seed', '--scale', '0'], /--scale.*'0'.*positive whole number/],
    ['user create without --email', ['user', 'create', '--name', 'X'], /--email.*not specified/],
    [
      'user create --password short',
      ['user', 'create', '--email', 'a@b.example', '--name', 'X', '--password', 'short'],
      /--password must be at least 10 characters/,
    ],
    [
      'user create with a bad e-mail',
      ['user', 'create', '--email', 'nope', '--name', 'X', '--password', 'long-enough-1'],
      /--email must be an e-mail address/,
    ],
    [
      'user create with a partner role but no partner',
      [
        'user',
        'create',
        '--email',
        'a@b.example',
        '--name',
        'X',
        '--password',
        'long-enough-1',
        '--workspace',
        'wks_01jq3v3z8xf5sbk9m2n7r4t6wd',
        '--role',
        'partner_admin',
      ],
      /--partner is required for a partner role/,
    ],
    [
      'apikey create --workspace notanid',
      ['apikey', 'create', '--workspace', 'notanid', '--name', 'k'],
      /--workspace must be a workspace id/,
    ],
    [
      'apikey create with an unknown scope',
      ['apikey', 'create', '--workspace', 'wks_01jq3v3z8xf5sbk9m2n7r4t6wd', '--name', 'k', '--scopes', 'x.y'],
      /unknown scope x\.y/,
    ],
    [
      'apikey create for a workspace that does not exist',
      ['apikey', 'create', '--workspace', 'wks_01jq3v3z8xf5sbk9m2n7r4t6wd', '--name', 'k'],
      /no workspace wks_01jq3v3z8xf5sbk9m2n7r4t6wd/,
    ],
    [
      'audit verify --workspace bad',
      ['audit', 'verify', '--workspace', 'bad'],
      /--workspace must be a workspace id/,
    ],
  ];

  it.concurrent.each(cases)('%s', async (_label, args, message) => {
    const r = await symbio(args);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.errLines, r.stderr).toHaveLength(1);
    expect(r.errLines[0]).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('configuration errors', () => {
  it('PORT=abc: exits non-zero with one line naming the bad value', async () => {
    const r = await symbio(['migrate'], { PORT: 'abc' });
    expect(r.code).not.toBe(0);
    expect(r.errLines).toEqual([
      'symbio: invalid configuration:',
      'PORT: must be a whole number (got "abc")',
    ]);
    expect(r.stdout).toBe('');
  });

  it('several bad values: one line for each, and the database URL is never echoed', async () => {
    const r = await symbio(['migrate'], { DATABASE_URL: 'mysql://root:hunter2@x/db', PORT: 'abc' });
    expect(r.code).not.toBe(0);
    expect(r.errLines).toHaveLength(3);
    expect(r.errLines[0]).toBe('symbio: invalid configuration:');
    expect(r.errLines.filter((l) => l.startsWith('DATABASE_URL: must be a postgres:// URL'))).toHaveLength(1);
    expect(r.errLines.filter((l) => l.startsWith('PORT: must be a whole number'))).toHaveLength(1);
    expect(r.stderr).not.toContain('hunter2');
  });

  it('an unreachable database: one line, non-zero', async () => {
    const r = await symbio(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    expect(r.code).not.toBe(0);
    expect(r.errLines, r.stderr).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^symbio: .*ECONNREFUSED/);
  });
});

describe('symbio migrate', () => {
  it('applies every migration to an empty database; a second run is a no-op', async () => {
    const url = await createEmptyDatabase();
    const first = await symbio(['migrate'], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`migrations up to date (${committedMigrationCount()} applied)`);
    const afterFirst = await appliedMigrations(url);
    expect(afterFirst.n).toBe(committedMigrationCount());

    const second = await symbio(['migrate'], { DATABASE_URL: url });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toBe('');
    expect(await appliedMigrations(url)).toEqual(afterFirst);
  });

  it('two processes started at the same moment on a fresh database both succeed (advisory lock)', async () => {
    const url = await createEmptyDatabase();
    const [a, b] = await Promise.all([
      symbio(['migrate'], { DATABASE_URL: url }),
      symbio(['migrate'], { DATABASE_URL: url }),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(a.stderr + b.stderr).toBe('');
    expect((await appliedMigrations(url)).n).toBe(committedMigrationCount());
    // The schema is complete, not half-applied by one of them.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "select count(*)::int as n from pg_trigger where tgname = 'audit_events_no_update_delete'",
      );
      expect(rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });
});

describe('symbio user create', () => {
  const login = (email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('creates a user with an argon2id hash who can sign in to the app, with the membership given', async () => {
    const r = await symbio([
      'user',
      'create',
      '--email',
      'New.Admin@Example.test',
      '--name',
      'New Admin',
      '--password',
      'first-password-1',
      '--workspace',
      tenant.workspaceId,
      '--role',
      'admin',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const userId = /^user (usr_\w+) <new\.admin@example\.test>$/m.exec(r.stdout)?.[1];
    expect(userId, r.stdout).toBeDefined();
    expect(r.stdout).toContain(`member of ${tenant.workspaceId} as admin`);

    const { rows } = await pools.system.query(
      'select email, name, password_hash from users where lower(email) = $1',
      ['new.admin@example.test'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain('first-password-1');

    const res = await login('new.admin@example.test', 'first-password-1');
    expect(res.statusCode, `${res.body}\n${serverErrors.join('')}`).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(userId);
    expect(me.json().memberships).toEqual([
      expect.objectContaining({ workspaceId: tenant.workspaceId, role: 'admin', kind: 'vendor' }),
    ]);
    expect((await login('new.admin@example.test', 'wrong-password-1')).statusCode).toBe(401);
  });

  it('run again for the same e-mail: resets the password and keeps the one account', async () => {
    const r = await symbio(['user', 'create', '--email', 'new.admin@example.test', '--name', 'New Admin'], {
      SYMBIO_USER_PASSWORD: 'second-password-2',
    });
    expect(r.code, r.stderr).toBe(0);
    expect((await login('new.admin@example.test', 'second-password-2')).statusCode).toBe(200);
    expect((await login('new.admin@example.test', 'first-password-1')).statusCode).toBe(401);
    const { rows } = await pools.system.query(
      "select count(*)::int as n from users where lower(email) = 'new.admin@example.test'",
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('symbio seed', () => {
  it('loads the demo with a progress bar; the printed password signs the demo owner in; a rerun adds nothing', async () => {
    const r = await symbio(['seed', '--scale', '5', '--users-per-partner', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^created demo workspace wks_\w+: 5 partners \(5 new\)$/m);
    // The progress bar goes to stderr; without a terminal it prints plain lines.
    expect(r.stderr).toContain('seeding |');
    expect(r.stderr).toContain('100% | 5/5 partners');
    const printed = /^demo logins \(password (\S+)\): (.+)$/m.exec(r.stdout);
    expect(printed, r.stdout).not.toBeNull();
    const [, password, emails] = printed!;
    const owner = emails!.split(', ')[0]!;
    expect(owner).toMatch(/^owner@/);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: owner, password },
    });
    expect(res.statusCode, `${res.body}\n${serverErrors.join('')}`).toBe(200);

    const again = await symbio(['seed', '--scale', '5', '--users-per-partner', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^updated demo workspace wks_\w+: 5 partners \(0 new\)$/m);
  });
});

describe('symbio apikey create', () => {
  const me = (secret: string) =>
    app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${secret}` } });

  it('prints a secret (once) that authenticates against the app', async () => {
    const r = await symbio(['apikey', 'create', '--workspace', tenant.workspaceId, '--name', 'ci']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^api key key_\w+ \(/);
    const secret = lines[1]!;
    const res = await me(secret);
    expect(res.statusCode, `${res.body}\n${serverErrors.join('')}`).toBe(200);
    expect(res.json().authenticatedWith).toBe('apiKey');
    expect(res.json().permissions).toContain('partners.create');
    // Only a hash is stored.
    const { rows } = await pools.system.query('select token_hash from api_keys where name = $1', ['ci']);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toBe(secret);
    expect((await me(`${secret.slice(0, -1)}x`)).statusCode).toBe(401);
  });

  it('a partner key is limited to the scopes asked for and the partner given', async () => {
    const r = await symbio([
      'apikey',
      'create',
      '--workspace',
      tenant.workspaceId,
      '--name',
      'partner-ci',
      '--partner',
      tenant.partners[0],
      '--scopes',
      'partners.read',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const secret = r.stdout.trim().split('\n')[1]!;
    const res = await me(secret);
    expect(res.statusCode).toBe(200);
    expect(res.json().permissions).toEqual(['partners.read']);
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/partners',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((p: { id: string }) => p.id)).toEqual([tenant.partners[0]]);
  });

  it('the CLI’s own changes are in the audit chain, which `audit verify` accepts (exit 0)', async () => {
    const { rows } = await pools.system.query<{ action: string }>(
      'select action from audit_events where workspace_id = $1 order by seq',
      [idToUuid(tenant.workspaceId)],
    );
    // Written by `apikey create` above (and by `user create` when that ran too).
    expect(rows.filter((e) => e.action === 'api_key.created')).toHaveLength(2);
    const r = await symbio(['audit', 'verify', '--workspace', tenant.workspaceId]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`ok        ${tenant.workspaceId}: ${rows.length} entries verified`);
    const all = await symbio(['audit', 'verify']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain(`ok        ${tenant.workspaceId}: ${rows.length} entries verified`);
  });
});
