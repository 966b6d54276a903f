import { boundedMemo } from '../../platform/cache/bounded-memo.js';
import { normalizeCompanyName } from '../vetting/normalize.js';

/**
 * Fuzzy name matching against denied-party lists.
 *
 * Scoring is soft TF-IDF (Cohen, Ravikumar & Fienberg 2003, the standard for name matching):
 * both names become vectors of their normalised tokens weighted by how rare each token is in the
 * indexed lists (IDF), tokens pair up one-to-one when they are equal or nearly so (Jaro-Winkler ≥
 * TOKEN_SIM, for typos and transliteration variants), and the score is the cosine of the paired
 * weights. So word order never matters, a typo costs little, a rare distinguishing word that
 * only one side has ("Costa Rica" against "Cuba") costs much, and a common one ("de", "trading")
 * little. Identical normalised names (legal forms, punctuation, case, accents removed) score 1,
 * a pure word-order difference 0.98, a pure spacing difference ("Aerocaribbean") 0.97.
 *
 * Candidates come from an inverted index (token → names; trigram → vocabulary tokens for the
 * near-equal ones), so a query touches a few hundred names of a 20,000-entry list, not all.
 */

/** Tokens at least this similar (Jaro-Winkler) count as the same token, weighted by it. */
export const TOKEN_SIM = 0.9;
/** Scores for exact normal forms: not 1 for the looser ones, so staff see the difference. */
const SORTED_EQUAL = 0.98;
const COMPACT_EQUAL = 0.97;
/** A shared country adds this much to a score that is already close. */
export const COUNTRY_BONUS = 0.02;
const COUNTRY_BONUS_FLOOR = 0.8;
/** Query words whose near-equal vocabulary words are remembered per index. */
const SIMILAR_CACHE = 10_000;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4). Small and well defined; the npm
 * packages for it are unmaintained, and this runs in the innermost loop on ASCII tokens.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Uint8Array(lb);
  const matchedA = new Uint8Array(la);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Token similarity: equal, or near-equal words of letters; numbers must be equal. Near-equal
 * words must start alike: Jaro-Winkler alone rates "arab" ≈ "darab" at 0.93, while typos and
 * transliteration variants ("kwangson"/"kwangsong", "sovfrakht"/"sovfracht") keep the first letter.
 */
function tokenSim(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0] || /\d/.test(a) || /\d/.test(b)) return 0;
  const s = jaroWinkler(a, b);
  return s >= TOKEN_SIM ? s : 0;
}

function trigrams(token: string): string[] {
  const padded = `  ${token} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** What the index needs of a list entry. */
export type IndexEntry = {
  id: string;
  listId: string;
  name: string;
  altNames: string[];
  countries: string[];
  sourceList: string;
  entityType: string;
  programs: string[];
  /** normalizeCompanyName(…).core of the name, then of each alias (as stored at import). */
  normNames: string[];
};

export type MatchHit = {
  entry: IndexEntry;
  /** The entry's name or alias that matched best. */
  matchedName: string;
  matchedAlias: boolean;
  /** 0–1, country bonus included. */
  score: number;
  /** The name score before the country bonus. */
  nameScore: number;
  countryMatch: boolean;
};

export type MatchOptions = {
  country?: string | null;
  /** Hits below this are not returned. */
  minScore: number;
  /** At most this many entries, best first. */
  limit?: number;
  /** Only entries of these types (e.g. individual, when screening a person). */
  entityTypes?: readonly string[];
};

type Name = { entry: number; alias: number; tokens: number[]; sorted: string; compact: string; norm: number };

export class MatchIndex {
  readonly entries: IndexEntry[];
  private readonly names: Name[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly words: string[] = [];
  private df: number[] = [];
  private idf: Float64Array = new Float64Array(0);
  private readonly postings: number[][] = [];
  private readonly trigramToWords = new Map<string, number[]>();
  private readonly bySorted = new Map<string, number[]>();
  private readonly byCompact = new Map<string, number[]>();
  /** Tokens in more names than this may be left out of candidate generation (see match). */
  private readonly commonDf: number;
  /** Scratch space for match(), one slot per name, always left zeroed (match is synchronous). */
  private readonly acc: Float64Array;
  private readonly bestOf: Float64Array;
  /** Trigrams a query word shares with each vocabulary word (scratch, left zeroed). */
  private sharedGrams: Uint16Array = new Uint16Array(0);
  /**
   * Vocabulary words equal or near-equal to a query word. Query words repeat ("global",
   * "solutions", first names): remembered, bounded.
   */
  private readonly similarWords = boundedMemo(SIMILAR_CACHE, (word: string) => this.findSimilarWords(word));

  constructor(entries: IndexEntry[]) {
    this.entries = entries;
    entries.forEach((entry, e) => {
      entry.normNames.forEach((core, alias) => {
        if (core === '') return;
        const words = core.split(' ');
        const tokens = [...new Set(words)].map((w) => this.wordId(w));
        const id = this.names.length;
        this.names.push({
          entry: e,
          alias,
          tokens,
          sorted: [...words].sort().join(' '),
          compact: words.join(''),
          norm: 0,
        });
        for (const t of tokens) {
          this.postings[t]!.push(id);
          this.df[t]!++;
        }
        push(this.bySorted, [...words].sort().join(' '), id);
        push(this.byCompact, words.join(''), id);
      });
    });
    const n = this.names.length;
    this.idf = new Float64Array(this.words.length);
    for (let t = 0; t < this.words.length; t++) this.idf[t] = this.idfOf(this.df[t]!);
    for (const name of this.names) {
      name.norm = Math.sqrt(name.tokens.reduce((s, t) => s + this.idf[t]! ** 2, 0));
    }
    this.commonDf = Math.max(50, Math.floor(n * 0.02));
    this.acc = new Float64Array(n);
    this.bestOf = new Float64Array(n);
    this.sharedGrams = new Uint16Array(this.words.length);
  }

  get size(): number {
    return this.names.length;
  }

  private idfOf(df: number): number {
    return Math.log((this.names.length + 1) / (df + 1)) + 1;
  }

  private wordId(word: string): number {
    let id = this.vocab.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.vocab.set(word, id);
      this.words.push(word);
      this.postings.push([]);
      this.df.push(0);
      // Keyed by first letter too: near-equal words must start alike (tokenSim), and it keeps
      // the lists of common trigrams ("ing", "  s") short.
      if (word.length >= 4)
        for (const g of new Set(trigrams(word))) push(this.trigramToWords, `${word[0]}${g}`, id);
    }
    return id;
  }

  /** Vocabulary words equal or near-equal to a query word, with their similarity. */
  private findSimilarWords(word: string): { id: number; sim: number }[] {
    const out: { id: number; sim: number }[] = [];
    const exact = this.vocab.get(word);
    if (exact !== undefined) out.push({ id: exact, sim: 1 });
    if (word.length >= 4 && !/\d/.test(word)) {
      const grams = [...new Set(trigrams(word))];
      const { sharedGrams } = this;
      const touched: number[] = [];
      for (const g of grams) {
        for (const id of this.trigramToWords.get(`${word[0]}${g}`) ?? []) {
          if (sharedGrams[id] === 0) touched.push(id);
          sharedGrams[id]!++;
        }
      }
      for (const id of touched) {
        const count = sharedGrams[id]!;
        sharedGrams[id] = 0;
        if (id === exact) continue;
        const other = this.words[id]!;
        // Dice coefficient on trigrams first: cheap, and Jaro-Winkler ≥ 0.9 needs a lot in common.
        if ((2 * count) / (grams.length + other.length + 1) < 0.45) continue;
        const sim = tokenSim(word, other);
        if (sim > 0) out.push({ id, sim });
      }
    }
    return out;
  }

  /** Every entry whose name or an alias scores at least `minScore` against `query`, best first. */
  match(query: string, options: MatchOptions): MatchHit[] {
    const q = normalizeCompanyName(query);
    if (q.tokens.length === 0) return [];
    const qWords = [...new Set(q.tokens)];
    const similar = qWords.map((w) => this.similarWords(w));
    const qWeights = qWords.map((w) => {
      const id = this.vocab.get(w);
      return id === undefined ? this.idfOf(0) : this.idf[id]!;
    });
    const qNorm = Math.sqrt(qWeights.reduce((s, w) => s + w * w, 0));

    // A country bonus can lift a name by at most this much, so nothing below it can become a hit.
    const floor = Math.max(0, options.minScore - COUNTRY_BONUS);
    // The very common list words ("trading", "company", "bank") may be left out of candidate
    // generation only when matching every query word that has one could not reach the floor on its
    // own (cosine ≤ |q restricted to those words| / |q|, Cauchy-Schwarz): then a name reached
    // through none of the rarer words cannot be a hit.
    let commonWeight2 = 0;
    similar.forEach((s, qi) => {
      if (s.some(({ id }) => this.df[id]! > this.commonDf)) commonWeight2 += qWeights[qi]! ** 2;
    });
    const skipCommon = Math.sqrt(commonWeight2) / qNorm < floor;

    // Score-at-a-time accumulation over the postings: per query word its best contribution to each
    // name, summed. Without skipped words this is an upper bound of the soft cosine (the one-to-one
    // pairing below can only lower it), so most names are dismissed without pairing their tokens.
    const { acc, bestOf } = this;
    const touched: number[] = [];
    similar.forEach((s, qi) => {
      const touchedHere: number[] = [];
      for (const { id, sim } of s) {
        if (skipCommon && this.df[id]! > this.commonDf) continue;
        const c = qWeights[qi]! * this.idf[id]! * sim;
        for (const n of this.postings[id]!) {
          if (bestOf[n] === 0) touchedHere.push(n);
          if (c > bestOf[n]!) bestOf[n] = c;
        }
      }
      for (const n of touchedHere) {
        if (acc[n] === 0) touched.push(n);
        acc[n]! += bestOf[n]!;
        bestOf[n] = 0;
      }
    });
    const candidates = new Set<number>();
    for (const n of touched) {
      if (skipCommon || acc[n]! / (qNorm * this.names[n]!.norm) >= floor - 1e-9) candidates.add(n);
      acc[n] = 0;
    }
    // Names equal in sorted or compact form may share no word at all ("aerocaribbean").
    for (const n of this.bySorted.get(q.sorted) ?? []) candidates.add(n);
    for (const n of this.byCompact.get(q.compact) ?? []) candidates.add(n);

    const simTo = qWords.map((_, i) => new Map(similar[i]!.map((s) => [s.id, s.sim])));
    const best = new Map<number, { name: Name; score: number }>();
    for (const n of candidates) {
      const name = this.names[n]!;
      const entry = this.entries[name.entry]!;
      if (options.entityTypes && !options.entityTypes.includes(entry.entityType)) continue;
      let score: number;
      if (name.sorted === q.sorted) score = entry.normNames[name.alias] === q.core ? 1 : SORTED_EQUAL;
      else if (name.compact === q.compact) score = COMPACT_EQUAL;
      else score = this.softCosine(qWeights, qNorm, simTo, name);
      if (score < floor) continue;
      const prev = best.get(name.entry);
      if (!prev || score > prev.score) best.set(name.entry, { name, score });
    }

    const hits: MatchHit[] = [];
    for (const [e, { name, score: nameScore }] of best) {
      const entry = this.entries[e]!;
      const countryMatch = !!options.country && entry.countries.includes(options.country);
      const score =
        countryMatch && nameScore >= COUNTRY_BONUS_FLOOR ? Math.min(1, nameScore + COUNTRY_BONUS) : nameScore;
      if (score < options.minScore) continue;
      hits.push({
        entry,
        matchedName: name.alias === 0 ? entry.name : entry.altNames[name.alias - 1]!,
        matchedAlias: name.alias !== 0,
        score: Math.round(score * 1000) / 1000,
        nameScore: Math.round(nameScore * 1000) / 1000,
        countryMatch,
      });
    }
    hits.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name));
    return hits.slice(0, options.limit ?? 10);
  }

  /** Soft TF-IDF cosine with a greedy one-to-one pairing of tokens (best pairs first). */
  private softCosine(qWeights: number[], qNorm: number, simTo: Map<number, number>[], name: Name): number {
    const pairs: { qi: number; t: number; sim: number }[] = [];
    for (let qi = 0; qi < simTo.length; qi++) {
      for (const t of name.tokens) {
        const sim = simTo[qi]!.get(t);
        if (sim) pairs.push({ qi, t, sim });
      }
    }
    if (pairs.length === 0) return 0;
    pairs.sort((a, b) => b.sim - a.sim);
    const usedQ = new Set<number>();
    const usedT = new Set<number>();
    let dot = 0;
    for (const p of pairs) {
      if (usedQ.has(p.qi) || usedT.has(p.t)) continue;
      usedQ.add(p.qi);
      usedT.add(p.t);
      dot += qWeights[p.qi]! * this.idf[p.t]! * p.sim;
    }
    return Math.min(1, dot / (qNorm * name.norm));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
