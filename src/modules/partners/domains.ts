import { getDomain } from 'tldts';

/**
 * Registrable domains ("example.co.uk" for "https://shop.example.co.uk/x") via the public
 * suffix list (tldts), so duplicate detection compares organisations, not hostnames.
 */
export function registrableDomain(hostOrUrl: string): string | null {
  const d = getDomain(hostOrUrl.trim().toLowerCase(), { allowPrivateDomains: false });
  return d || null;
}

export function isRegistrableHost(v: string): boolean {
  // A bare host, not a URL or e-mail: the list holds domains, the website field holds the URL.
  return /^[a-z0-9.-]+$/i.test(v) && registrableDomain(v) !== null;
}

/** The stored domain list: the website's registrable domain plus the listed ones, deduplicated. */
export function domainsFor(website: string | null | undefined, listed: readonly string[]): string[] {
  const out = new Set<string>();
  const fromSite = website ? registrableDomain(website) : null;
  if (fromSite) out.add(fromSite);
  for (const d of listed) {
    const r = registrableDomain(d);
    if (r) out.add(r);
  }
  return [...out];
}
