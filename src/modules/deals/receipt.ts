import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Config } from '../../config.js';
import { AppError } from '../../platform/errors/index.js';

/**
 * Registration receipts: the partner can prove it registered first. At submission the
 * registration's content is canonicalised (RFC 8785 JCS) and hashed (SHA-256); the receipt —
 * deal, partner, submission time, submission sequence and that hash — is signed with the
 * workspace's Ed25519 key, derived from the application secret so every node signs alike and no
 * key has to be stored. Anyone holding the public key can verify a receipt offline.
 */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const keys = new Map<string, { privateKey: KeyObject; publicKeyPem: string }>();

function workspaceKey(config: Config, workspaceId: string) {
  const cacheKey = `${config.secret}:${workspaceId}`;
  let k = keys.get(cacheKey);
  if (!k) {
    if (!config.secret)
      throw new AppError('unavailable', 'Receipts need the application secret (SYMBIO_SECRET).');
    const seed = Buffer.from(hkdfSync('sha256', config.secret, workspaceId, 'symbio-deal-receipts', 32));
    const privateKey = createPrivateKey({
      key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
    const publicKeyPem = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
    k = { privateKey, publicKeyPem };
    keys.set(cacheKey, k);
  }
  return k;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not canonicalisable');
  return text;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type ReceiptClaims = {
  dealId: string;
  partnerId: string;
  submittedAt: string;
  submissionSeq: number;
  contentSha256: string;
};

export function signReceipt(config: Config, workspaceId: string, claims: ReceiptClaims) {
  const k = workspaceKey(config, workspaceId);
  const signature = sign(null, Buffer.from(canonicalJson(claims)), k.privateKey).toString('base64');
  return { algorithm: 'Ed25519' as const, signature, publicKey: k.publicKeyPem };
}

export function verifyReceipt(publicKeyPem: string, claims: ReceiptClaims, signature: string): boolean {
  return verify(null, Buffer.from(canonicalJson(claims)), publicKeyPem, Buffer.from(signature, 'base64'));
}
