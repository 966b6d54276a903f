import { and, arrayOverlaps, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/access/context.js';
import { tenantWhere } from '../../../platform/access/scope.js';
import { registrableDomain } from '../../partners/domains.js';
import { partners } from '../../partners/tables.js';
import { jaroWinkler } from '../../screening/match.js';
import { normalizeCompanyName } from '../normalize.js';
import type { ApplicationFacts, VettingReason, VettingSettings } from '../settings.js';
import { emailDomain, isFreeMailDomain } from './email.js';

/** Normalised names at least this close (Jaro-Winkler, same number of words) are "near-identical". */
export const NEAR_IDENTICAL = 0.96;
const MAX_MATCHES = 5;

type Evidence =
  | { kind: 'domain'; domain: string }
  | { kind: 'name'; applicantName: string; partnerName: string; similarity: number };
type Duplicate = { partnerId: string; partnerName: string; status: string; evidence: Evidence[] };

/** How alike two company names are after normalisation: 1 for the same words, else JW of the cores. */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeCompanyName(a);
  const nb = normalizeCompanyName(b);
  if (na.core === '' || nb.core === '') return 0;
  if (na.sorted === nb.sorted || na.compact === nb.compact) return 1;
  if (na.tokens.length !== nb.tokens.length) return 0;
  return jaroWinkler(na.core, nb.core);
}

/** The applicant's registrable domains: the website's, and the e-mail's unless it is free mail. */
function applicantDomains(facts: ApplicationFacts): string[] {
  const out = new Set<string>();
  const site = facts.website ? registrableDomain(facts.website) : null;
  if (site) out.add(site);
  const mailDomain = emailDomain(facts.email);
  if (mailDomain && !isFreeMailDomain(mailDomain)) {
    const reg = registrableDomain(mailDomain);
    if (reg) out.add(reg);
  }
  return [...out];
}

const evidenceText = (e: Evidence) =>
  e.kind === 'domain'
    ? `the same domain ${e.domain}`
    : e.similarity === 1
      ? `the same name (“${e.applicantName}” / “${e.partnerName}”)`
      : `a near-identical name (“${e.applicantName}” / “${e.partnerName}”, similarity ${e.similarity.toFixed(2)})`;

/**
 * Duplicate-partner detection: an existing partner of the workspace with the same registrable
 * domain (partners.domains, GIN-indexed), or with a near-identical normalised name in the same
 * headquarters country (pg_trgm finds candidates on the indexed name, the normaliser confirms).
 * Sends the application to a person, naming the partner and the evidence.
 */
export async function duplicatesRule(
  ctx: Ctx,
  settings: VettingSettings,
  facts: ApplicationFacts,
  applicantPartnerId: string | null,
): Promise<VettingReason> {
  if (!settings.duplicates.enabled) {
    return {
      rule: 'duplicate',
      outcome: 'pass',
      message: 'Duplicate detection is turned off for this program.',
    };
  }
  const domains = applicantDomains(facts);
  const names = [...new Set([facts.companyName, facts.legalName].filter((n): n is string => !!n?.trim()))];
  const byName: SQL[] = names.flatMap((n) => [
    sql`${partners.name} % ${n}`,
    sql`${partners.legalName} % ${n}`,
  ]);
  const conditions: (SQL | undefined)[] = [
    tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
  ];
  if (applicantPartnerId) conditions.push(ne(partners.id, applicantPartnerId));
  conditions.push(
    or(
      domains.length > 0 ? arrayOverlaps(partners.domains, domains) : undefined,
      and(eq(partners.country, facts.country), or(...byName)),
    ),
  );
  const rows = await ctx.db
    .select({
      id: partners.id,
      name: partners.name,
      legalName: partners.legalName,
      country: partners.country,
      domains: partners.domains,
      status: partners.status,
    })
    .from(partners)
    .where(and(...conditions))
    .limit(50);

  const found: Duplicate[] = [];
  for (const p of rows) {
    const evidence: Evidence[] = domains
      .filter((d) => p.domains.includes(d))
      .map((domain) => ({ kind: 'domain', domain }));
    if (p.country === facts.country) {
      let bestName: Evidence | null = null;
      for (const applicantName of names) {
        for (const partnerName of [p.name, p.legalName].filter((n): n is string => !!n)) {
          const similarity = nameSimilarity(applicantName, partnerName);
          if (
            similarity >= NEAR_IDENTICAL &&
            (!bestName || (bestName.kind === 'name' && similarity > bestName.similarity))
          ) {
            bestName = {
              kind: 'name',
              applicantName,
              partnerName,
              similarity: Math.round(similarity * 1000) / 1000,
            };
          }
        }
      }
      if (bestName) evidence.push(bestName);
    }
    if (evidence.length > 0) found.push({ partnerId: p.id, partnerName: p.name, status: p.status, evidence });
  }
  if (found.length === 0) {
    return {
      rule: 'duplicate',
      outcome: 'pass',
      message: `Duplicates: no existing partner has ${domains.length > 0 ? `the domain ${domains.join(' or ')} or ` : ''}a near-identical name in ${facts.country}.`,
      details: { domains },
    };
  }
  // Domain evidence first: it is the stronger sign of the same organisation.
  found.sort((a, b) => Number(b.evidence[0]!.kind === 'domain') - Number(a.evidence[0]!.kind === 'domain'));
  const first = found[0]!;
  const more = found.length - 1;
  return {
    rule: 'duplicate',
    outcome: 'review',
    message: `Duplicate: existing partner “${first.partnerName}” (${first.partnerId}, ${first.status}) has ${first.evidence.map(evidenceText).join(' and ')}.${more > 0 ? ` ${more} more possible ${more === 1 ? 'duplicate is' : 'duplicates are'} listed in the details.` : ''}`,
    details: { domains, duplicates: found.slice(0, MAX_MATCHES) },
  };
}
