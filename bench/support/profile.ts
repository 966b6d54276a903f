import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = {
  file: string;
  totalMs: number;
  /** CPU time spent running (everything but (idle)); shares are of this. */
  busyMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  byFunction: { name: string; ms: number; share: number }[];
};

/** node_modules/<pkg> (scoped too), our own src/ folders, or Node internals. */
function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/dist\/(.+)\/[^/]+$/.exec(url);
  if (own) return `symbio ${own[1]}`;
  return url;
}

/**
 * Self time per package and per function from a V8 .cpuprofile (node --cpu-prof): where the
 * server's CPU goes while under load. (idle) is time the event loop waited.
 */
export function summariseProfile(dir: string, top = 12): ProfileSummary | null {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return null;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Native frames (writev, JSON.stringify, …) have no url: charge them to the nearest JS caller.
  const caller = (id: number): ProfileNode | undefined => {
    let at = parent.get(id);
    while (at !== undefined) {
      const n = nodes.get(at);
      if (n?.callFrame.url) return n;
      at = parent.get(at);
    }
    return undefined;
  };
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const special = /^\((idle|program|garbage collector|root)\)$/.test(functionName);
    const from = !special && !url ? caller(id) : undefined;
    const frame = from?.callFrame ?? { functionName, url, lineNumber };
    const pkg = special ? functionName : packageOf(frame.url);
    const short = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
    const where = `${frame.functionName || '(anonymous)'} ${short}:${frame.lineNumber + 1}`;
    const fn = special ? functionName : from ? `${functionName || '(native)'} ← ${where}` : where;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    totalUs += us;
  }
  const busyUs = totalUs - (byPackage.get('(idle)') ?? 0);
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busyUs }));
  return {
    file,
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    byPackage: rank(byPackage),
    byFunction: rank(byFunction),
  };
}
