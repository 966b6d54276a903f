import { registrableDomain } from '../../partners/domains.js';
import { distinctiveName, prepareName } from './score.js';

/**
 * The columns conflict detection looks a customer up by, computed on every write of a
 * registration or vendor opportunity from its name and website — one definition, so the
 * stored keys and the probe's keys can never drift apart.
 */
export function customerMatchColumns(name: string, website: string | null | undefined) {
  const p = prepareName(name);
  return {
    customerNameNorm: p.norm.core,
    customerNameKey: p.norm.sorted,
    customerNameRare: distinctiveName(p),
    customerDomain: website ? registrableDomain(new URL(website).hostname) : null,
  };
}

/**
 * The fuzzy lookup's keys of a distinctive name — the TypeScript twin of the SQL function
 * `name_match_keys` (migration 0014) that the GIN index holds: every word of three letters or
 * more, the words run together, and each one-letter deletion of those of five letters or more.
 * Two spellings within one edit (insertion, deletion, substitution, adjacent transposition) of
 * a word share a key. Used to emulate the retrieval (labelled-set accuracy) and checked against
 * the database's function in the deals tests.
 */
export function nameMatchKeys(name: string): string[] {
  const words = name.split(' ').filter(Boolean);
  const sources = new Set(words);
  if (words.length > 1) sources.add(words.join(''));
  const keys = new Set<string>();
  for (const w of sources) {
    const chars = [...w];
    if (chars.length >= 3) keys.add(w);
    if (chars.length >= 5)
      for (let i = 0; i < chars.length; i++) keys.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  }
  return [...keys].sort();
}
