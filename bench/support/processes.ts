import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server under test, run as its own process so its memory and CPU are its own. */
export type Child = {
  name: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
  stop: () => Promise<void>;
};

/**
 * Starts `node <args>` with stdout and stderr going to a file: a pipe would make the load
 * generator's process pay for draining the server's request log.
 */
export function spawnNode(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Child {
  const fd = openSync(logFile, 'a');
  const proc: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (proc.pid === undefined) throw new Error(`${name}: could not start`);
  let done = false;
  const exited = new Promise<number | string>((resolve) => {
    proc.once('exit', (code, signal) => {
      done = true;
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const stop = async () => {
    if (done) return;
    proc.kill('SIGTERM');
    const result = await Promise.race([exited, sleep(10_000).then(() => 'timeout' as const)]);
    if (result === 'timeout') {
      proc.kill('SIGKILL');
      await exited;
    }
  };
  return { name, pid: proc.pid, logFile, exited, stop };
}

export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls `url` until it answers 200; fails early, with the log's tail, if the child dies. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | null = null;
  void child.exited.then((code) => {
    exitedWith = code;
  });
  while (Date.now() < deadline) {
    if (exitedWith !== null) {
      throw new Error(`${child.name} exited (${exitedWith}) before it was ready:\n${logTail(child.logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs} ms:\n${logTail(child.logFile)}`);
}

/** Resident set size now and at its peak (VmHWM), in KiB, from /proc/<pid>/status. */
export function readMemoryKb(pid: number): { rssKb: number; peakKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`/proc/${pid}/status has no ${name}`);
    return Number(m[1]);
  };
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

/**
 * Idle RSS: wait until the process has been quiet for a while, then take the median of a few
 * readings a few hundred milliseconds apart (a single read can land on a GC or timer tick).
 */
export async function idleRssKb(pid: number, settleMs: number): Promise<number> {
  await sleep(settleMs);
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push(readMemoryKb(pid).rssKb);
    await sleep(200);
  }
  readings.sort((a, b) => a - b);
  return readings[2]!;
}

// USER_HZ: the unit of /proc CPU times; 100 on every Linux build Node supports.
const TICKS_PER_SECOND = 100;

/** CPU seconds the whole machine spent busy (all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  void idle;
  void iowait;
  return (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used by `rootPid` and every process under it, live or already reaped (a parent's
 * cutime/cstime holds its waited-for children: PostgreSQL's postmaster reaps its backends).
 */
export function treeCpuSeconds(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start at ") ".
      const f = raw.slice(raw.lastIndexOf(') ') + 2).split(' ');
      // f[1] = ppid; f[11..14] = utime, stime, cutime, cstime.
      stats.set(Number(entry), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; hops++) {
      if (at === rootPid) return true;
      at = stats.get(at)?.ppid;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return ticks / TICKS_PER_SECOND;
}
