import { createHmac } from 'node:crypto';
import type { Deps } from '../../platform/access/context.js';
import { safeEqual } from '../../platform/auth/crypto.js';
import { isId } from '../../platform/ids/index.js';

/**
 * The applicant's status token: `<application id>.<HMAC of it>`. Derived, not stored, so every
 * e-mail (verification outcome, request for information) can carry a working link without
 * rotating the one the applicant bookmarked. It grants only the applicant's own view and answer.
 */
const mac = (deps: Pick<Deps, 'config'>, applicationId: string) => {
  if (!deps.config.secret) throw new Error('SYMBIO_SECRET is not configured');
  return createHmac('sha256', deps.config.secret)
    .update(`application-status:${applicationId}`)
    .digest('base64url');
};

export const statusToken = (deps: Pick<Deps, 'config'>, applicationId: string) =>
  `${applicationId}.${mac(deps, applicationId)}`;

/** The application id a status token is for, or null when it is not one of ours. */
export function readStatusToken(deps: Pick<Deps, 'config'>, token: string): string | null {
  const [id, sent, extra] = token.split('.');
  if (extra !== undefined || !id || !sent || !isId('application', id)) return null;
  return safeEqual(sent, mac(deps, id)) ? id : null;
}
