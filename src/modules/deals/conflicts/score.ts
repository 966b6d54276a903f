import { boundedMemo } from '../../../platform/cache/bounded-memo.js';
import { jaroWinkler } from '../../screening/match.js';
import { type NormalizedName, normalizeCompanyName } from '../../vetting/index.js';
import { COMMON_NAME_WORDS } from './common-words.js';

/**
 * Scores how likely two registrations are the same deal, with the evidence that produced the
 * score. Pure and synchronous: the candidate rows come from three index lookups in PostgreSQL
 * (deal_conflict_candidates), this decides.
 *
 * Design rule: prefer a missed weak match over a wrong strong one. A shared first word ("Delta
 * Air Lines" / "Delta Dental", "American Airlines" / "American Express") never makes a
 * conflict by itself: names are compared token by token (weighted Dice, generic words count
 * half), and two different known domains pull the score down. A shared registrable domain is
 * the strongest single signal (www.acme.com and shop.acme.com are acme.com).
 */
export type MatchSubject = {
  customerName: string;
  /** Registrable domain (tldts), or null when unknown. */
  domain: string | null;
  country: string | null;
  productLineIds: readonly string[];
  /** ISO date (yyyy-mm-dd) or null. */
  expectedCloseDate: string | null;
};

export type Evidence = {
  signal: 'name' | 'domain' | 'trigram' | 'country' | 'products' | 'dates';
  /** Human-readable, shown side by side in the conflict queue. */
  detail: string;
  /** The signal's own strength (0–1) or multiplier, for machines. */
  value: number;
};

export type MatchOptions = {
  /** Product lines are the unit of exclusivity: disjoint lines are not the same deal. */
  exclusivityPerProductLine: boolean;
  dateWindowDays: number;
};

export type MatchResult = { score: number; nameScore: number; evidence: Evidence[] };

/** Words so common in company names that sharing one says little ("Global Systems Group"). */
// biome-ignore format: a word list reads better packed
const GENERIC = new Set([
  'global', 'international', 'group', 'holdings', 'holding', 'systems', 'system', 'solutions',
  'solution', 'services', 'service', 'technology', 'technologies', 'tech', 'industries', 'industry',
  'partners', 'consulting', 'enterprises', 'enterprise', 'company', 'national', 'american', 'america',
  'united', 'general', 'first', 'new', 'north', 'south', 'east', 'west', 'central', 'pacific',
  'atlantic', 'digital', 'data', 'software', 'networks', 'network', 'capital', 'management', 'bank',
  'financial', 'health', 'healthcare', 'medical', 'energy', 'media', 'labs', 'laboratories', 'of',
  'and', 'de', 'der', 'la', 'le', 'du', 'des', 'van', 'von', 'for',
]);

/** Abbreviations written in deal forms ("Acme Tech", "Globex Sys") beside the vetting normaliser's. */
const ABBREVIATIONS: Record<string, string> = {
  tech: 'technology',
  technologies: 'technology',
  techs: 'technology',
  sys: 'systems',
  svc: 'services',
  mgmt: 'management',
  grp: 'group',
  univ: 'university',
  lab: 'labs',
  laboratories: 'labs',
  ctr: 'center',
  dept: 'department',
  mfrs: 'manufacturing',
  pharma: 'pharmaceuticals',
  pharmaceutical: 'pharmaceuticals',
  airlines: 'airline',
  solution: 'solutions',
  service: 'services',
  system: 'systems',
  network: 'networks',
  industry: 'industries',
  enterprise: 'enterprises',
  holding: 'holdings',
};

/*
 * Connectives written in the customer's language ("Kessler und Partner", "Dupont et Fils",
 * "Svensson och Söner") are the same word as "&"/"and" (which the normaliser already unifies).
 */
const CONNECTIVES: Record<string, string> = { und: 'and', et: 'and', och: 'and', og: 'and' };

const canonicalToken = (t: string): string => CONNECTIVES[t] ?? ABBREVIATIONS[t] ?? t;

/*
 * Legal forms the shared normaliser (vetting/normalize.ts) does not know yet, removed here from
 * the end of the scorer's tokens: Finnish "Abp" (after "Oyj": "Wärtsilä Oyj Abp"), Peruvian
 * "S.A.C.", Polish "Sp. z o.o." typed without dots ("Sp z oo" folds to "sp z oo", the dotted
 * form to "sp zoo", which the normaliser removes). Measured on the labelled set: each was a
 * missed conflict. The stored name columns are untouched (they stay normalizeCompanyName's).
 */
const EXTRA_SUFFIXES: string[][] = [
  ['sp', 'z', 'oo'],
  ['sp', 'z', 'o', 'o'],
  ['abp'],
  ['sac'],
  ['saa'],
  ['oyj'],
  ['ab', 'publ'],
  ['publ'],
];

function stripExtraSuffixes(tokens: string[]): string[] {
  let out = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of EXTRA_SUFFIXES) {
      if (out.length > form.length && form.every((f, i) => out[out.length - form.length + i] === f)) {
        out = out.slice(0, out.length - form.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/**
 * Words that name the organisation's form rather than the organisation: "Siemens" and "Siemens
 * Group", "Tencent" and "Tencent Holdings", "Cascade Health Group" and "Cascade Health Holdings"
 * are one customer. When every other word of both names matches, unmatched words from this list
 * do not count against the match (see nameSimilarity).
 */
// biome-ignore format: a word list reads better packed
const ORGANISATIONAL = new Set([
  'group', 'groupe', 'grupo', 'gruppe', 'gruppo', 'holdings', 'international', 'worldwide', 'global',
  'company', 'companies', 'corporation', 'the',
]);

/** Minimum Jaro-Winkler for two different spellings of one word to count as the same word. */
const TOKEN_SIM = 0.91;

function weight(token: string): number {
  return GENERIC.has(token) ? 0.5 : 1;
}

/**
 * German and Nordic letters written out: "Kuehne"/"Kühne" (→ "kuhne"), "Waertsilae"/"Wärtsilä",
 * "Oersted"/"Ørsted", "Aalborg"/"Ålborg". any-ascii folds the letter itself to its base letter;
 * the spelled-out forms are folded the same way before comparing (only ever both sides at once).
 */
const spelledOutFold = (t: string): string => t.replace(/([aou])e/g, '$1').replace(/aa/g, 'a');

/** Damerau-Levenshtein distance ≤ 1 (one letter wrong, missing, extra, or two swapped). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A name's scorer tokens with what each word comparison needs, worked out once per name. */
type Words = {
  tokens: string[];
  /** Each token with spelled-out umlauts folded (spelledOutFold). */
  folded: string[];
  /** Whether each token holds a digit. */
  digit: boolean[];
};

const wordsOf = (tokens: string[]): Words => ({
  tokens,
  folded: tokens.map(spelledOutFold),
  digit: tokens.map((t) => /\d/.test(t)),
});

/**
 * How alike word `i` of `a` and word `j` of `b` are (0 when they do not count as the same word).
 * - Equal: 1. Equal once spelled-out umlauts are folded: 0.97.
 * - Words of 5+ letters: Jaro-Winkler ≥ 0.91 ("Mueller"/"Muller", "Sytems"/"Systems"), but only
 *   for lengths at most 2 apart — Jaro-Winkler rewards a shared prefix, and "Alpha"/"Alphabet"
 *   (0.93) are different words; or one typo (Damerau-Levenshtein ≤ 1, same first letter): 0.93.
 * - 4-letter words: one typo with the same first letter counts (0.9, "Bosh"/"Bosch") only when
 *   both names have other words too (`inContext`): a lone short word one letter away from another
 *   ("Mars"/"Marsh", "Meta"/"Mota") is more often a different company than a typo.
 */
function wordSim(a: Words, i: number, b: Words, j: number, inContext: boolean): number {
  const t = a.tokens[i]!;
  const u = b.tokens[j]!;
  if (t === u) return 1;
  if (t.length >= 4 && u.length >= 4 && a.folded[i] === b.folded[j]) return 0.97;
  const short = Math.min(t.length, u.length);
  if (a.digit[i] || b.digit[j]) return 0;
  if (short >= 5 && Math.abs(t.length - u.length) <= 2) {
    const jw = jaroWinkler(t, u);
    if (jw >= TOKEN_SIM) return jw;
    if (t[0] === u[0] && withinOneEdit(t, u)) return 0.93;
    return 0;
  }
  if (short >= 4 && inContext && t[0] === u[0] && withinOneEdit(t, u)) return 0.9;
  return 0;
}

type Alignment = {
  dice: number;
  unmatchedA: string[];
  unmatchedB: string[];
  matchedWeight: number;
  /** Mean word similarity of the matched pairs (1 when every matched word is equal). */
  meanSim: number;
};

/**
 * Weighted fuzzy Dice over the names' core tokens: each token of the shorter name pairs with its
 * most similar unused token of the other (see wordSim). 1.0 means every word is matched.
 */
function align(a: Words, b: Words): Alignment {
  if (a.tokens.length !== b.tokens.length) return alignGreedy(a, b);
  // Equal lengths: the greedy pass starts from either side; take the better one, so the score
  // does not depend on which registration came first.
  const ab = alignGreedy(a, b);
  const ba = alignGreedy(b, a);
  return ba.dice > ab.dice ? { ...ba, unmatchedA: ba.unmatchedB, unmatchedB: ba.unmatchedA } : ab;
}

function alignGreedy(a: Words, b: Words): Alignment {
  if (a.tokens.length === 0 || b.tokens.length === 0)
    return { dice: 0, unmatchedA: a.tokens, unmatchedB: b.tokens, matchedWeight: 0, meanSim: 0 };
  const swap = a.tokens.length > b.tokens.length;
  const [short, long] = swap ? [b, a] : [a, b];
  const inContext = short.tokens.length >= 2 && long.tokens.length >= 2;
  const used = new Array<boolean>(long.tokens.length).fill(false);
  const unmatchedShort: string[] = [];
  let matched = 0;
  let simSum = 0;
  let pairs = 0;
  short.tokens.forEach((t, i) => {
    let best = -1;
    let bestSim = 0;
    for (let j = 0; j < long.tokens.length; j++) {
      if (used[j]) continue;
      const sim = wordSim(short, i, long, j, inContext);
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    }
    if (best >= 0) {
      used[best] = true;
      matched += bestSim * Math.min(weight(t), weight(long.tokens[best]!));
      simSum += bestSim;
      pairs++;
    } else unmatchedShort.push(t);
  });
  const unmatchedLong = long.tokens.filter((_, j) => !used[j]);
  const total = a.tokens.reduce((s, t) => s + weight(t), 0) + b.tokens.reduce((s, t) => s + weight(t), 0);
  return {
    dice: (2 * matched) / total,
    unmatchedA: swap ? unmatchedLong : unmatchedShort,
    unmatchedB: swap ? unmatchedShort : unmatchedLong,
    matchedWeight: matched,
    meanSim: pairs > 0 ? simSum / pairs : 0,
  };
}

/** "ibm" against "international business machines": a short name that is the other's initials. */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const s = short[0]!;
  if (s.length < 2 || s.length > 6) return false;
  const initials = long
    .filter((t) => !['of', 'and', 'the', 'de'].includes(t))
    .map((t) => t[0])
    .join('');
  return initials === s;
}

export type PreparedName = { raw: string; norm: NormalizedName; tokens: string[]; words: Words };

/**
 * `norm` is exactly normalizeCompanyName's result (what the stored customer_name_norm / _key
 * columns hold and what the candidate lookup is given); `tokens` are the scorer's own, further
 * canonicalised words (abbreviations, connectives, the extra legal forms above), and `words` those
 * with what comparing them word by word needs. Remembered for
 * recent names: a registration prepares its customer's name for the stored columns and again for
 * the check, and candidates that are registered often come back again and again. Callers never
 * modify the result.
 */
export const prepareName = boundedMemo(2_000, (raw: string): PreparedName => {
  const norm = normalizeCompanyName(raw);
  const stripped = stripExtraSuffixes(norm.tokens.map(canonicalToken));
  const tokens = stripped.length > 0 ? stripped : norm.tokens.map(canonicalToken);
  return { raw, norm, tokens, words: wordsOf(tokens) };
});

/** Similarity of two customer names (0–1) and the sentence explaining it. */
export function nameSimilarity(a: PreparedName, b: PreparedName): { value: number; detail: string } {
  if (a.norm.core === '' || b.norm.core === '')
    return { value: 0, detail: 'a name is empty after normalisation' };
  if (a.norm.core === b.norm.core)
    return {
      value: 1,
      detail: `“${a.raw}” and “${b.raw}” are the same name once normalised (“${a.norm.core}”)`,
    };
  if (a.norm.sorted === b.norm.sorted)
    return { value: 1, detail: `“${a.raw}” and “${b.raw}” have the same words in another order` };
  const ta = a.tokens.join(' ');
  const tb = b.tokens.join(' ');
  if (ta === tb)
    return {
      value: 1,
      detail: `“${a.raw}” and “${b.raw}” are the same name once abbreviations and legal forms are written out`,
    };
  if (a.norm.compact === b.norm.compact || a.tokens.join('') === b.tokens.join(''))
    return { value: 0.98, detail: `“${a.raw}” and “${b.raw}” differ only in spacing` };
  const al = align(a.words, b.words);
  if (isAcronymOf(a.tokens, b.tokens) || isAcronymOf(b.tokens, a.tokens)) {
    const value = Math.max(al.dice, 0.8);
    return { value, detail: `one name is the initials of the other (“${a.raw}” / “${b.raw}”)` };
  }
  // Every word matched except organisational ones ("Group", "Holdings", "International"): the
  // same organisation named with or without its form. Needs at least one matched distinctive
  // (non-generic) word, so "Global Services" / "Global Services Group" alone does not qualify.
  const unmatched = [...al.unmatchedA, ...al.unmatchedB];
  if (
    unmatched.length > 0 &&
    unmatched.every((t) => ORGANISATIONAL.has(t)) &&
    a.tokens.concat(b.tokens).some((t) => !GENERIC.has(t) && !ORGANISATIONAL.has(t)) &&
    al.matchedWeight >= 1
  ) {
    // 0.95 for an exact match of the rest; a typo in the rest lowers it (two differences).
    const value = Math.max(al.dice, 0.95 * al.meanSim);
    return {
      value,
      detail: `“${a.raw}” and “${b.raw}” differ only in organisational words (${unmatched.join(', ')})`,
    };
  }
  return {
    value: al.dice,
    detail: `${Math.round(al.dice * 100)} % of the words of “${a.raw}” and “${b.raw}” match`,
  };
}

const DAY_MS = 86_400_000;

/**
 * The score: name similarity (tokens or trigrams, whichever is higher), lifted to ≥ 0.9 by a
 * shared registrable domain, then multiplied down by what speaks against one deal: two different
 * domains, two different countries, disjoint product lines (with per-line exclusivity), close
 * dates further apart than the window.
 */
export function scoreMatch(
  subject: MatchSubject & { prepared?: PreparedName },
  candidate: MatchSubject & { prepared?: PreparedName; trigram?: number | null },
  options: MatchOptions,
): MatchResult {
  const a = subject.prepared ?? prepareName(subject.customerName);
  const b = candidate.prepared ?? prepareName(candidate.customerName);
  const evidence: Evidence[] = [];
  const name = nameSimilarity(a, b);
  let nameScore = name.value;
  evidence.push({ signal: 'name', detail: name.detail, value: round(name.value) });
  const trigram = candidate.trigram ?? null;
  if (trigram !== null && trigram > nameScore) {
    // Trigrams catch misspellings inside short words the token comparison leaves alone
    // ("Acmee" / "Acme"); they only ever raise the name score, and only as far as they reach.
    nameScore = trigram;
    evidence.push({
      signal: 'trigram',
      detail: `trigram similarity of the normalised names is ${round(trigram)}`,
      value: round(trigram),
    });
  }

  let score: number;
  if (subject.domain && candidate.domain && subject.domain === candidate.domain) {
    score = Math.max(0.9, 0.7 + 0.3 * nameScore);
    evidence.push({ signal: 'domain', detail: `same registrable domain ${subject.domain}`, value: 1 });
  } else if (subject.domain && candidate.domain) {
    score = nameScore * 0.85;
    evidence.push({
      signal: 'domain',
      detail: `different domains (${subject.domain} / ${candidate.domain})`,
      value: 0.85,
    });
  } else {
    score = nameScore * 0.95;
  }

  if (subject.country && candidate.country) {
    if (subject.country === candidate.country) {
      evidence.push({ signal: 'country', detail: `same country (${subject.country})`, value: 1 });
    } else {
      score *= 0.75;
      evidence.push({
        signal: 'country',
        detail: `different countries (${subject.country} / ${candidate.country})`,
        value: 0.75,
      });
    }
  }

  if (subject.productLineIds.length > 0 && candidate.productLineIds.length > 0) {
    const common = subject.productLineIds.filter((p) => candidate.productLineIds.includes(p));
    if (common.length > 0) {
      evidence.push({
        signal: 'products',
        detail: `${common.length} product line${common.length === 1 ? '' : 's'} in common`,
        value: 1,
      });
    } else if (options.exclusivityPerProductLine) {
      score *= 0.5;
      evidence.push({
        signal: 'products',
        detail: 'no product line in common (exclusivity is per product line)',
        value: 0.5,
      });
    }
  }

  if (subject.expectedCloseDate && candidate.expectedCloseDate) {
    const apartDays =
      Math.abs(Date.parse(subject.expectedCloseDate) - Date.parse(candidate.expectedCloseDate)) / DAY_MS;
    if (apartDays > options.dateWindowDays) {
      score *= 0.7;
      evidence.push({
        signal: 'dates',
        detail: `expected close dates ${Math.round(apartDays)} days apart (window ${options.dateWindowDays})`,
        value: 0.7,
      });
    } else {
      evidence.push({
        signal: 'dates',
        detail: `expected close dates ${Math.round(apartDays)} days apart`,
        value: 1,
      });
    }
  }
  return { score: round(Math.min(1, score)), nameScore: round(nameScore), evidence };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * The name's distinctive words — without generic ("Systems", "Global"), organisational
 * ("Group", "Holdings"), industry and place words (common-words.ts) and very short words — joined by spaces: what the trigram lookup
 * compares (deals.customer_name_rare). Common words share trigrams with a large part of any
 * customer list, so matching on them makes the index return thousands of rows to recheck
 * (bench/RESULTS.md); a conflict needs the distinctive words to match anyway. A name of only
 * common words gives '' and is found by its exact key or its domain, not by trigrams.
 */
export function distinctiveName(p: PreparedName): string {
  return p.tokens
    .filter((t) => t.length >= 3 && !GENERIC.has(t) && !ORGANISATIONAL.has(t) && !COMMON_NAME_WORDS.has(t))
    .join(' ');
}
