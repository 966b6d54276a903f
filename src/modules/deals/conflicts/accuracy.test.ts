import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../vetting/index.js';
import { defaultDealRules } from '../rules.js';
import {
  type LabelledPair,
  labelledPairs,
  termsMeet,
  toMatchSubject,
  trigramSimilarity,
} from './labelled-pairs.js';
import { distinctiveName, prepareName, scoreMatch } from './score.js';

/**
 * Precision and recall of the whole conflict check on a hand-labelled set of customer pairs
 * (labelled-pairs.ts): first the candidate retrieval of `deal_conflict_candidates` (same
 * registrable domain, same word-order-insensitive name key, or a distinctive word — or the words
 * run together — within one edit of one of the other name's: a shared deal_name_keys key), then
 * `scoreMatch` with the whole names' trigram similarity the function returns. A pair the retrieval misses scores 0, as in production.
 */
const options = {
  exclusivityPerProductLine: defaultDealRules.exclusivityPerProductLine,
  dateWindowDays: defaultDealRules.dateWindowDays,
};

type Scored = { pair: LabelledPair; retrieved: boolean; score: number; trigram: number };

function scorePair(pair: LabelledPair): Scored {
  // b is the registration being submitted, a the earlier one found by the lookup.
  const existing = toMatchSubject(pair.a);
  const incoming = toMatchSubject(pair.b);
  const na = normalizeCompanyName(existing.customerName);
  const nb = normalizeCompanyName(incoming.customerName);
  const trigram = na.core && nb.core ? trigramSimilarity(na.core, nb.core) : 0;
  // The word lookup reads the distinctive words only (customer_name_rare).
  const ra = distinctiveName(prepareName(existing.customerName));
  const rb = distinctiveName(prepareName(incoming.customerName));
  const retrieved =
    (incoming.domain !== null && incoming.domain === existing.domain) ||
    (nb.sorted !== '' && nb.sorted === na.sorted) ||
    termsMeet(ra, rb);
  if (!retrieved) return { pair, retrieved, score: 0, trigram };
  const { score } = scoreMatch(incoming, { ...existing, trigram }, options);
  return { pair, retrieved, score, trigram };
}

type Metrics = { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };

function metrics(scored: Scored[], threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of scored) {
    const flagged = s.score >= threshold;
    if (s.pair.same && flagged) tp++;
    else if (s.pair.same) fn++;
    else if (flagged) fp++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

const describeMiss = (s: Scored) =>
  `${s.pair.same ? 'MISSED' : 'FALSE '} ${s.score.toFixed(3)} [${s.pair.category}] “${s.pair.a.customerName}” (${s.pair.a.website ?? '—'}, ${s.pair.a.country ?? '—'}) vs “${s.pair.b.customerName}” (${s.pair.b.website ?? '—'}, ${s.pair.b.country ?? '—'})${s.retrieved ? '' : ' — not retrieved'} trgm ${s.trigram.toFixed(2)}`;

function byCategory(scored: Scored[], threshold: number): string {
  const cats = new Map<string, { n: number; right: number }>();
  for (const s of scored) {
    const key = `${s.pair.same ? '+' : '-'} ${s.pair.category}`;
    const c = cats.get(key) ?? { n: 0, right: 0 };
    c.n++;
    if (s.score >= threshold === s.pair.same) c.right++;
    cats.set(key, c);
  }
  return [...cats.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => `  ${k.padEnd(28)} ${String(c.right).padStart(3)}/${c.n}`)
    .join('\n');
}

describe('conflict detection on the labelled customer pairs', () => {
  const scored = labelledPairs.map(scorePair);
  const { conflict, possible } = defaultDealRules.thresholds;

  it('is a real set: at least 600 pairs, both labels, hard negatives among them', () => {
    expect(labelledPairs.length).toBeGreaterThanOrEqual(600);
    expect(labelledPairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(300);
    expect(labelledPairs.filter((p) => !p.same && p.category !== 'random').length).toBeGreaterThanOrEqual(
      150,
    );
  });

  it(`precision ≥ 0.99 and recall ≥ 0.90 at the conflict threshold (${conflict})`, () => {
    const m = metrics(scored, conflict);
    const atPossible = metrics(scored, possible);
    const retrievedPositives = scored.filter((s) => s.pair.same && s.retrieved).length;
    const positives = scored.filter((s) => s.pair.same).length;
    const report = [
      `labelled pairs: ${scored.length} (${positives} same customer, ${scored.length - positives} different)`,
      `candidate retrieval (domain / name key / word within one edit): ${retrievedPositives}/${positives} positives reached the scorer`,
      `at conflict ${conflict}: precision ${m.precision.toFixed(4)} recall ${m.recall.toFixed(4)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, tn ${m.tn})`,
      `at possible ${possible}: precision ${atPossible.precision.toFixed(4)} recall ${atPossible.recall.toFixed(4)} (tp ${atPossible.tp}, fp ${atPossible.fp}, fn ${atPossible.fn}, tn ${atPossible.tn})`,
      `right at ${conflict}, by label and category:`,
      byCategory(scored, conflict),
      'misclassified at the conflict threshold:',
      ...scored.filter((s) => s.score >= conflict !== s.pair.same).map((s) => `  ${describeMiss(s)}`),
    ].join('\n');
    if (process.env.CONFLICT_ACCURACY_REPORT) console.log(report);
    expect(m.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(m.recall, report).toBeGreaterThanOrEqual(0.9);
  });

  it(`at the possible threshold (${possible}) the reviewer sees at least as many true matches`, () => {
    const m = metrics(scored, conflict);
    const p = metrics(scored, possible);
    expect(p.recall).toBeGreaterThanOrEqual(m.recall);
    // "possible" routes to a human: more noise is acceptable, but not most of what it shows.
    expect(p.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('the trigram emulation agrees with pg_trgm on known values', () => {
    // SELECT similarity('acme', 'acmee') → 0.5714286; similarity('word', 'two words') → 0.36363637
    expect(trigramSimilarity('acme', 'acmee')).toBeCloseTo(0.5714286, 6);
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(0.36363637, 6);
  });
});
