import type { Ctx } from '../../../platform/access/context.js';
import { type ScreeningMatch, type ScreeningQuery, screenNames } from '../../screening/service.js';
import type { ApplicationFacts, VettingReason, VettingSettings } from '../settings.js';

/** Hits beyond this many are dropped from the details (the best ones are kept). */
const MAX_HITS = 10;

type Screened = { field: 'companyName' | 'legalName' | 'contactName'; name: string; hit: ScreeningMatch };

const quote = (s: string) => `“${s}”`;

/** "“X” matches “Y” (OFAC SDN, CU) with score 0.97" — or, for an alias, names the entry too. */
export function describeHit(s: Screened): string {
  const e = s.hit.entry;
  const where = [e.sourceList, e.countries.join('/')].filter(Boolean).join(', ');
  const target = s.hit.matchedAlias
    ? `${quote(s.hit.matchedName)}, an alias of ${quote(e.name)}`
    : quote(e.name);
  const who = s.field === 'contactName' ? `the contact person ${quote(s.name)}` : quote(s.name);
  return `${who} matches ${target} (${where}) with score ${s.hit.score.toFixed(2)}`;
}

/**
 * Denied-party screening: the company's name, its legal name and its contact person (against
 * listed individuals only) are matched against every list of the workspace. A hit at or above
 * the program's review threshold sends the application to a person with the evidence; it never
 * rejects on its own, because a fuzzy match is a question, not an answer.
 */
export async function screeningRule(
  ctx: Ctx,
  settings: VettingSettings,
  facts: ApplicationFacts,
): Promise<VettingReason> {
  const threshold = settings.screening.reviewThreshold;
  if (!settings.screening.enabled) {
    return { rule: 'screening', outcome: 'pass', message: 'Screening is turned off for this program.' };
  }
  const queries: (ScreeningQuery & { field: Screened['field'] })[] = [
    { field: 'companyName', name: facts.companyName, country: facts.country },
  ];
  if (facts.legalName && facts.legalName.trim() !== facts.companyName.trim()) {
    queries.push({ field: 'legalName', name: facts.legalName, country: facts.country });
  }
  if (facts.contactName.trim()) {
    queries.push({
      field: 'contactName',
      name: facts.contactName,
      country: facts.country,
      entityTypes: ['individual'],
    });
  }
  const screened = await screenNames(ctx, queries, { minScore: threshold, limit: MAX_HITS });
  if (!screened) {
    return {
      rule: 'screening',
      outcome: 'pass',
      message: 'Screening: no denied-party list is loaded, so nothing was screened.',
      details: { lists: 0, entries: 0 },
    };
  }
  // One hit per listed entry: the best of the names that matched it.
  const best = new Map<string, Screened>();
  screened.results.forEach((hits, i) => {
    for (const hit of hits) {
      const prev = best.get(hit.entry.id);
      if (!prev || hit.score > prev.hit.score)
        best.set(hit.entry.id, { field: queries[i]!.field, name: queries[i]!.name, hit });
    }
  });
  const found = [...best.values()].sort((a, b) => b.hit.score - a.hit.score).slice(0, MAX_HITS);
  const coverage = { lists: screened.lists, entries: screened.entries, threshold };
  if (found.length === 0) {
    return {
      rule: 'screening',
      outcome: 'pass',
      message: `Screening: no match at or above ${threshold.toFixed(2)} among ${screened.entries} entries of ${screened.lists} ${screened.lists === 1 ? 'list' : 'lists'}.`,
      details: coverage,
    };
  }
  const more = found.length - 1;
  return {
    rule: 'screening',
    outcome: 'review',
    message: `Screening: ${describeHit(found[0]!)}.${more > 0 ? ` ${more} more ${more === 1 ? 'hit is' : 'hits are'} listed in the details.` : ''}`,
    details: {
      ...coverage,
      hits: found.map((s) => ({
        field: s.field,
        screenedName: s.name,
        score: s.hit.score,
        nameScore: s.hit.nameScore,
        countryMatch: s.hit.countryMatch,
        matchedName: s.hit.matchedName,
        matchedAlias: s.hit.matchedAlias,
        entryId: s.hit.entry.id,
        entryName: s.hit.entry.name,
        entityType: s.hit.entry.entityType,
        countries: s.hit.entry.countries,
        programs: s.hit.entry.programs,
        sourceList: s.hit.entry.sourceList,
        listId: s.hit.entry.listId,
        listName: s.hit.listName,
      })),
    },
  };
}
