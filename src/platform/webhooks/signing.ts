import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { decryptSecret, encryptSecret } from '../auth/crypto.js';
import type { SealedSecret } from './tables.js';

const PURPOSE = 'webhook-secret';

/** A Standard Webhooks secret: `whsec_` + base64 of 24 random bytes. */
export function newSigningSecret(appSecret: string, now: Date): { secret: string; sealed: SealedSecret } {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  return {
    secret,
    sealed: {
      id: `sec_${randomBytes(8).toString('hex')}`,
      sealed: encryptSecret(appSecret, PURPOSE, secret),
      hint: secret.slice(-4),
      createdAt: now.toISOString(),
      expiresAt: null,
    },
  };
}

/** Secrets that still sign: the current one, plus rotated-out ones inside their overlap window. */
export function activeSecrets(secrets: SealedSecret[], now: Date): SealedSecret[] {
  return secrets.filter((s) => !s.expiresAt || new Date(s.expiresAt) > now);
}

/**
 * Standard Webhooks headers. With several active secrets (during a rotation) the signature
 * header carries one `v1,…` per secret, space-separated, so receivers on either secret verify.
 */
export function signHeaders(
  appSecret: string,
  secrets: SealedSecret[],
  msgId: string,
  timestamp: Date,
  body: string,
): Record<string, string> {
  const signatures = secrets.map((s) =>
    new Webhook(decryptSecret(appSecret, PURPOSE, s.sealed)).sign(msgId, timestamp, body),
  );
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
