import autocannon from 'autocannon';

export type Target = { key: string; label: string; url: string; headers?: Record<string, string> };

export type Schedule = {
  connections: number;
  /** Per target, once, before the first round; discarded. */
  warmupSeconds: number;
  /** Measured seconds per target per round. */
  sliceSeconds: number;
  rounds: number;
};

export type LoadResult = {
  /** 2xx responses per second over all measured slices. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
  /** requests/s of each round, to show how much the machine drifted during the run. */
  perRoundRps: number[];
};

/** Percentile by nearest rank on a sorted array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

type Slice = { ok: number; seconds: number; non2xx: number; errors: number };

function fire(
  target: Target,
  connections: number,
  seconds: number,
  onLatency?: (ms: number) => void,
): Promise<Slice> {
  return new Promise((resolve, reject) => {
    let ok = 0;
    const instance = autocannon(
      {
        url: target.url,
        headers: target.headers ?? {},
        connections,
        duration: seconds,
        timeout: 10,
        // Never hammer a broken server for the whole window.
        bailout: 1000,
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          ok,
          seconds: (result.finish.getTime() - result.start.getTime()) / 1000,
          non2xx: result.non2xx,
          errors: result.errors,
        });
      },
    );
    // autocannon's own histogram keeps whole milliseconds; these are the exact response times.
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        onLatency?.(responseTimeMs);
      }
    });
  });
}

/**
 * Warms every target, then measures them in turn, round after round (A B A B …), so a drift of
 * the machine during the run (another tenant on the host, CPU frequency, autovacuum) lands on
 * all targets alike instead of on whichever happened to run at that moment.
 */
export async function measureInterleaved(
  targets: Target[],
  schedule: Schedule,
  progress: (msg: string) => void,
): Promise<Map<string, LoadResult>> {
  const check = (target: Target, s: Slice, what: string) => {
    if (s.non2xx > 0 || s.errors > 0) {
      throw new Error(`${target.label} (${what}): ${s.non2xx} non-2xx answers and ${s.errors} errors`);
    }
  };
  if (schedule.warmupSeconds > 0) {
    for (const t of targets) {
      progress(`warm-up ${t.label} (${schedule.warmupSeconds} s)`);
      check(t, await fire(t, schedule.connections, schedule.warmupSeconds), 'warm-up');
    }
  }
  const acc = new Map(
    targets.map((t) => [t.key, { latencies: [] as number[], ok: 0, seconds: 0, perRound: [] as number[] }]),
  );
  for (let round = 1; round <= schedule.rounds; round++) {
    for (const t of targets) {
      const a = acc.get(t.key)!;
      const s = await fire(t, schedule.connections, schedule.sliceSeconds, (ms) => a.latencies.push(ms));
      check(t, s, `round ${round}`);
      a.ok += s.ok;
      a.seconds += s.seconds;
      a.perRound.push(s.ok / s.seconds);
      progress(`round ${round}/${schedule.rounds} ${t.label}: ${(s.ok / s.seconds).toFixed(0)} req/s`);
    }
  }
  const out = new Map<string, LoadResult>();
  for (const t of targets) {
    const a = acc.get(t.key)!;
    const sorted = Float64Array.from(a.latencies).sort();
    out.set(t.key, {
      rps: a.ok / a.seconds,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      requests: a.ok,
      seconds: a.seconds,
      perRoundRps: a.perRound,
    });
  }
  return out;
}
