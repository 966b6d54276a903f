import { createRequire } from 'node:module';
import { registrableDomain } from '../../partners/domains.js';
import type { ApplicationFacts, VettingReason, VettingSettings } from '../settings.js';

/*
 * Free-mail providers from the maintained `email-providers` package (about 8,800 domains: gmail.com,
 * web.de, yahoo.co.jp, mail.ru …). Read once; JSON through require keeps it one shared array.
 */
const freeMail: ReadonlySet<string> = new Set(
  (createRequire(import.meta.url)('email-providers/all.json') as string[]).map((d) => d.toLowerCase()),
);

export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
}

/** The domain, or its registrable domain (mail.yahoo.co.jp → yahoo.co.jp), is a free-mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (freeMail.has(d)) return true;
  const reg = registrableDomain(d);
  return reg !== null && freeMail.has(reg);
}

/**
 * E-mail checks: a free-mail address (the program decides: allow, review or reject), and an
 * address whose registrable domain differs from the website's (review or allow). One reason per
 * check, so staff see each finding on its own line.
 */
export function emailRules(settings: VettingSettings, facts: ApplicationFacts): VettingReason[] {
  const domain = emailDomain(facts.email);
  if (!domain) {
    return [
      {
        rule: 'email',
        outcome: 'review',
        message: `E-mail: the address “${facts.email}” has no domain to check.`,
        details: { check: 'syntax', email: facts.email },
      },
    ];
  }
  const reasons: VettingReason[] = [];
  const free = isFreeMailDomain(domain);
  if (free) {
    const outcome = settings.email.freeMail === 'allow' ? 'pass' : settings.email.freeMail;
    reasons.push({
      rule: 'email',
      outcome,
      message:
        outcome === 'pass'
          ? `E-mail: ${domain} is a free-mail provider, which this program allows.`
          : `E-mail: ${domain} is a free-mail provider, not an address of the applicant’s own organisation.`,
      details: { check: 'free_mail', domain },
    });
  } else {
    reasons.push({
      rule: 'email',
      outcome: 'pass',
      message: `E-mail: ${domain} is not a free-mail provider.`,
      details: { check: 'free_mail', domain },
    });
  }
  const siteDomain = facts.website ? registrableDomain(facts.website) : null;
  const mailDomain = registrableDomain(domain) ?? domain;
  // With free mail the mismatch is a given and already reported above.
  if (siteDomain && !free) {
    const mismatch = siteDomain !== mailDomain;
    const outcome = mismatch && settings.email.domainMismatch === 'review' ? 'review' : 'pass';
    reasons.push({
      rule: 'email',
      outcome,
      message: mismatch
        ? `E-mail: the address’s domain ${mailDomain} differs from the website’s domain ${siteDomain}${outcome === 'pass' ? ', which this program allows' : ''}.`
        : `E-mail: the address’s domain matches the website’s domain ${siteDomain}.`,
      details: { check: 'domain_match', emailDomain: mailDomain, websiteDomain: siteDomain },
    });
  }
  return reasons;
}
