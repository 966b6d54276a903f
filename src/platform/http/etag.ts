import { invalid } from '../errors/index.js';

/**
 * `If-Match: "<version>"` → the version the client last saw. Absent means "no precondition";
 * a stale version makes the update match no row and the service answers 412.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header) : null;
  if (!match) throw invalid('header', 'If-Match', 'must be an ETag from a previous response, e.g. "3"');
  return Number(match[1]);
}
