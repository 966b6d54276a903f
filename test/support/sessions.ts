import { randomToken, sha256 } from '../../src/platform/auth/crypto.js';
import type { Pools } from '../../src/platform/db/pools.js';
import { idToUuid, newId } from '../../src/platform/ids/index.js';
import type { Session } from './fixtures.js';

/**
 * A signed-in session written straight into the sessions table (what a successful sign-in
 * stores), without the password hash check and without counting against the sign-in throttle.
 * For generated tests that need a fresh, unspent session per case (a case may sign it out).
 */
export async function createSession(
  pools: Pools,
  userId: string,
  workspaceId: string | null,
  now: Date,
): Promise<Session & { sessionId: string }> {
  const token = randomToken();
  const csrf = randomToken(24);
  const sessionId = newId('session');
  await pools.system.query(
    `insert into sessions (id, token_hash, user_id, workspace_id, csrf_token, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $6, $7)`,
    [
      idToUuid(sessionId),
      sha256(token),
      idToUuid(userId),
      workspaceId ? idToUuid(workspaceId) : null,
      csrf,
      now,
      new Date(now.getTime() + 24 * 3600_000),
    ],
  );
  return { cookie: `symbio_session=${token}`, csrf, sessionId };
}
