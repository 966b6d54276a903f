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
