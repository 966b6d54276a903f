import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadResult } from './load.js';
import type { ProfileSummary } from './profile.js';

export type Pair = { label: string; real: LoadResult; bare: LoadResult };
export type DiagRow = { label: string; roundTrips: string; result: LoadResult };

export type RunReport = {
  date: Date;
  commit: string;
  /** Set when the run measured a proposed change rather than the product as committed. */
  experiment: string | null;
  machine: string[];
  method: string[];
  headlineRatio: number;
  goal: number;
  pairs: Pair[];
  memory: { realIdleKb: number; bareIdleKb: number; realPeakKb: number; barePeakKb: number };
  diag: DiagRow[];
  plans: { label: string; plan: string }[];
  profile: ProfileSummary | null;
  totalSeconds: number;
};

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const mib = (kb: number) => (kb / 1024).toFixed(1);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

/** Rows of the main table: measure, Symbio, bare baseline, ratio Symbio/bare. */
function mainRows(r: RunReport): string[][] {
  const rows: string[][] = [];
  for (const p of r.pairs) {
    rows.push([`${p.label}: requests/s`, f0(p.real.rps), f0(p.bare.rps), f2(p.real.rps / p.bare.rps)]);
    rows.push([
      `${p.label}: p50 latency (ms)`,
      f2(p.real.p50Ms),
      f2(p.bare.p50Ms),
      f2(p.real.p50Ms / p.bare.p50Ms),
    ]);
    rows.push([
      `${p.label}: p99 latency (ms)`,
      f2(p.real.p99Ms),
      f2(p.bare.p99Ms),
      f2(p.real.p99Ms / p.bare.p99Ms),
    ]);
  }
  const m = r.memory;
  rows.push(['idle RSS (MiB)', mib(m.realIdleKb), mib(m.bareIdleKb), f2(m.realIdleKb / m.bareIdleKb)]);
  rows.push([
    'peak RSS after load (MiB)',
    mib(m.realPeakKb),
    mib(m.barePeakKb),
    f2(m.realPeakKb / m.barePeakKb),
  ]);
  return rows;
}

function diagRows(r: RunReport): string[][] {
  const base = r.diag[0]?.result.rps ?? Number.NaN;
  return r.diag.map((d) => [
    d.label,
    d.roundTrips,
    f0(d.result.rps),
    f2(d.result.p50Ms),
    f2(d.result.p99Ms),
    f2(d.result.rps / base),
  ]);
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A GitHub table laid out the way Biome formats Markdown: padded cells, first column left. */
function mdTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const cells = (row: string[]) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [cells(header), rule, ...rows.map(cells)].join('\n');
}

/** Symbio/bare per round of page 1: the spread says how much to trust the second decimal. */
function roundRatios(r: RunReport): string {
  const p = r.pairs[0];
  if (!p || p.real.perRoundRps.length < 2) return '';
  const ratios = p.real.perRoundRps.map((x, i) => x / (p.bare.perRoundRps[i] ?? Number.NaN));
  return ` Per round: ${ratios.map(f2).join(', ')}.`;
}

const MAIN_HEADER = ['measure', 'Symbio', 'bare Fastify + pg', 'ratio Symbio/bare'];
const DIAG_HEADER = ['variant (page 1)', 'DB round trips', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'];

export function renderText(r: RunReport): string {
  const verdict = r.headlineRatio >= r.goal ? 'meets' : 'BELOW';
  const out = [
    '',
    ...(r.experiment ? [`EXPERIMENT: ${r.experiment}`, ''] : []),
    textTable(MAIN_HEADER, mainRows(r)),
    '',
    `Headline: requests/s Symbio/bare = ${f2(r.headlineRatio)} (${verdict} the goal of ≥ ${r.goal}).${roundRatios(r)}`,
  ];
  if (r.diag.length > 0) out.push('', textTable(DIAG_HEADER, diagRows(r)));
  if (r.profile) {
    out.push('', `CPU profile of the Symbio server (${f0(r.profile.busyMs)} ms busy): self time by package`);
    for (const p of r.profile.byPackage) out.push(`  ${pct(p.share).padStart(7)}  ${p.name}`);
  }
  out.push('', `Total run time: ${f0(r.totalSeconds)} s`);
  return out.join('\n');
}

export function renderMarkdown(r: RunReport): string {
  const out = [
    `## ${r.date.toISOString().replace('T', ' ').slice(0, 16)} UTC — ${r.commit}${r.experiment ? ' — EXPERIMENT' : ''}`,
    '',
    ...(r.experiment ? [`**Experiment:** ${r.experiment}.`, ''] : []),
    `**Headline:** requests/s Symbio / bare Fastify + pg = **${f2(r.headlineRatio)}** (goal ≥ ${r.goal}: ${r.headlineRatio >= r.goal ? 'met' : 'not met'}).${roundRatios(r)}`,
    '',
    '**Machine:** ' + r.machine.join('; ') + '.',
    '',
    '**Method:**',
    '',
    ...r.method.map((m) => `- ${m}`),
    '',
    mdTable(MAIN_HEADER, mainRows(r)),
  ];
  if (r.diag.length > 0) {
    out.push(
      '',
      'Attribution by elimination (bare server, page 1, putting back the real endpoint’s SQL round trips one at a time; the last row is the real server):',
      '',
      mdTable(DIAG_HEADER, diagRows(r)),
    );
  }
  if (r.plans.length > 0) {
    out.push('', 'Query plans (EXPLAIN, page 1):', '');
    for (const p of r.plans) out.push(`- ${p.label}: \`${p.plan}\``);
  }
  if (r.profile) {
    out.push(
      '',
      `CPU profile of the Symbio server over the whole run (\`node --cpu-prof\`, ${f0(r.profile.busyMs)} ms busy), self time:`,
      '',
      mdTable(
        ['package', 'share of busy'],
        r.profile.byPackage.map((p) => [p.name, pct(p.share)]),
      ),
      '',
      mdTable(
        ['function', 'share of busy'],
        r.profile.byFunction.map((p) => [`\`${p.name}\``, pct(p.share)]),
      ),
    );
  }
  out.push('', `Run time of \`npm run bench\`: ${f0(r.totalSeconds)} s.`, '');
  return out.join('\n');
}

const TITLE = '# Benchmark results';
const MARKER = '<!-- newest run first; `npm run bench` inserts below this line -->';
const INTRO = [
  TITLE,
  '',
  'Produced by `npm run bench` (bench/run.ts). Each run measures the real Symbio server and a bare',
  'Fastify + pg baseline running the same SQL, on the same machine, in the same run; compare ratios',
  'across runs, not absolute numbers (machines differ). Older runs are kept below.',
  '',
  MARKER,
  '',
].join('\n');

/** Puts the new run on top of the history, keeping every older run. */
export function prependToResults(file: string, section: string): void {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let next: string;
  if (existing.includes(MARKER)) {
    const at = existing.indexOf(MARKER) + MARKER.length;
    next = `${existing.slice(0, at)}\n\n${section}\n${existing.slice(at).replace(/^\n+/, '')}`;
  } else {
    // No marker (new or hand-edited file): keep what is there below the new run.
    const rest = existing.replace(TITLE, '').trim();
    next = `${INTRO}${section}${rest ? `\n${rest}\n` : ''}`;
  }
  writeFileSync(file, `${next.trimEnd()}\n`);
}
