import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';

/**
 * Encryption at rest for bank and tax numbers: AES-256-GCM with a 32-byte data key. Operators
 * give keys in SYMBIO_DATA_KEY (the first encrypts, every listed one decrypts, so keys rotate
 * without re-encrypting at once); without it one key is derived (HKDF) from the app secret.
 * Each ciphertext carries the id of its key (a fingerprint, never the key), so decryption picks
 * the right one and an operator can find rows still sealed with an old key.
 */
export type DataKey = { id: string; key: Buffer };

const cache = new WeakMap<Config, DataKey[]>();

export function dataKeys(config: Config): DataKey[] {
  let keys = cache.get(config);
  if (keys) return keys;
  const raw: Buffer[] = config.dataKeys.map((k) => Buffer.from(k, 'base64'));
  for (const k of raw) if (k.length !== 32) throw new Error('SYMBIO_DATA_KEY: every key must be 32 bytes');
  // The derived key stays readable after an operator starts configuring keys explicitly.
  if (config.secret)
    raw.push(Buffer.from(hkdfSync('sha256', config.secret, 'symbio', 'onboarding-data-key', 32)));
  if (raw.length === 0) throw new Error('no data key: set SYMBIO_DATA_KEY or SYMBIO_SECRET');
  keys = raw.map((key) => ({ id: createHash('sha256').update(key).digest('hex').slice(0, 16), key }));
  cache.set(config, keys);
  return keys;
}

/** `{ keyId, sealed }` where sealed is `<iv>.<tag>.<ciphertext>` in base64url. */
export function seal(config: Config, plain: string): { keyId: string; sealed: string } {
  const { id, key } = dataKeys(config)[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The key id is authenticated too: a ciphertext moved to another key id fails to open.
  cipher.setAAD(Buffer.from(id));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { keyId: id, sealed: [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.') };
}

export function unseal(config: Config, keyId: string, sealed: string): string {
  const found = dataKeys(config).find((k) => k.id === keyId);
  if (!found) throw new Error(`data key ${keyId} is not configured (SYMBIO_DATA_KEY)`);
  const [iv, tag, data] = sealed.split('.');
  if (!iv || !tag || !data) throw new Error('unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', found.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** Keeps the first `head` and last `tail` characters, stars the rest, in groups of four. */
export function maskGrouped(value: string, head: number, tail: number): string {
  const chars = [...value];
  const masked = chars.map((c, i) => (i < head || i >= chars.length - tail ? c : '*')).join('');
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Stars everything but the last four characters (at most half of a short value shows). */
export function maskTail(value: string): string {
  const show = Math.min(4, Math.floor(value.length / 2));
  return '*'.repeat(value.length - show) + value.slice(value.length - show);
}
