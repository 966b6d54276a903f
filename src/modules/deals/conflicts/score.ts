import { jaroWinkler } from '../../screening/match.js';
import { type NormalizedName, normalizeCompanyName } from '../../vetting/index.js';

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
const GENERIC = new Set([
  'global', 'international', 'group', 'holdings', 'holding', 'systems', 'system', 'solutions',
  'solution', 'services', 'service', 'technology', 'technologies', 'tech', 'industries', 'industry',
  'partners', 'consulting', 'enterprises', 'enterprise', 'company', 'national', 'american', 'america',
  'united', 'general', 'first', 'new', 'north', 'south', 'east', 'west', 'central', 'pacific',
  'atlantic', 'digital', 'data', 'software', 'networks', 'network', 'capital', 'management',
  'bank', 'financial', 'health', 'healthcare', 'medical', 'energy', 'media', 'labs', 'laboratories',
  'of', 'and', 'de', 'der', 'la', 'le', 'du', 'des', 'van', 'von', 'for',
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

const canonicalToken = (t: string): string => ABBREVIATIONS[t] ?? t;

/** Minimum Jaro-Winkler for two different spellings of one word to count as the same word. */
const TOKEN_SIM = 0.91;

function weight(token: string): number {
  return GENERIC.has(token) ? 0.5 : 1;
}

/**
 * Weighted fuzzy Dice over the names' core tokens: each token of the shorter name pairs with its
 * most similar unused token of the other (exact, or Jaro-Winkler ≥ 0.91 for words of 5+ letters:
 * "Mueller"/"Muller", "Sytems"/"Systems"). 1.0 means every word is matched.
 */
function tokenDice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Array<boolean>(long.length).fill(false);
  let matched = 0;
  for (const t of short) {
    let best = -1;
    let bestSim = 0;
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const u = long[j]!;
      const sim = t === u ? 1 : t.length >= 5 && u.length >= 5 ? jaroWinkler(t, u) : 0;
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    }
    if (best >= 0 && bestSim >= TOKEN_SIM) {
      used[best] = true;
      matched += bestSim * Math.min(weight(t), weight(long[best]!));
    }
  }
  const total = a.reduce((s, t) => s + weight(t), 0) + b.reduce((s, t) => s + weight(t), 0);
  return (2 * matched) / total;
}

/** "ibm" against "international business machines": a short name that is the other's initials. */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const s = short[0]!;
  if (s.length < 2 || s.length > 6) return false;
  const initials = long.filter((t) => !['of', 'and', 'the', 'de'].includes(t)).map((t) => t[0]).join('');
  return initials === s;
}

export type PreparedName = { raw: string; norm: NormalizedName; tokens: string[] };

export function prepareName(raw: string): PreparedName {
  const norm = normalizeCompanyName(raw);
  return { raw, norm, tokens: norm.tokens.map(canonicalToken) };
}

/** Similarity of two customer names (0–1) and the sentence explaining it. */
export function nameSimilarity(a: PreparedName, b: PreparedName): { value: number; detail: string } {
  if (a.norm.core === '' || b.norm.core === '') return { value: 0, detail: 'a name is empty after normalisation' };
  if (a.norm.core === b.norm.core)
    return { value: 1, detail: `“${a.raw}” and “${b.raw}” are the same name once normalised (“${a.norm.core}”)` };
  if (a.norm.sorted === b.norm.sorted)
    return { value: 1, detail: `“${a.raw}” and “${b.raw}” have the same words in another order` };
  if (a.norm.compact === b.norm.compact)
    return { value: 0.98, detail: `“${a.raw}” and “${b.raw}” differ only in spacing` };
  const dice = tokenDice(a.tokens, b.tokens);
  if (isAcronymOf(a.tokens, b.tokens) || isAcronymOf(b.tokens, a.tokens)) {
    const value = Math.max(dice, 0.8);
    return { value, detail: `one name is the initials of the other (“${a.raw}” / “${b.raw}”)` };
  }
  return {
    value: dice,
    detail: `${Math.round(dice * 100)} % of the words of “${a.raw}” and “${b.raw}” match`,
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
