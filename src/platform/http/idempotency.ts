import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Ctx } from '../access/context.js';
import { AppError, invalid } from '../errors/index.js';
import type { HandlerResult } from './route.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,255}$/;
const TTL_MS = 24 * 3600 * 1000;

export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (Array.isArray(header) || !KEY_PATTERN.test(header)) {
    throw invalid('header', 'Idempotency-Key', 'must be 8–255 characters of A–Z a–z 0–9 _ . : -');
  }
  return header;
}

export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonicalize(body ?? null)}`)
    .digest('hex');
}

/**
 * Runs a POST at most once per (principal, key). The advisory lock makes concurrent duplicates
 * wait for the first; the stored response is written in the same transaction as the object,
 * so a crash can leave neither a response without its object nor the reverse.
 */
export async function withIdempotency(
  ctx: Ctx,
  principal: string,
  key: string,
  fingerprint: string,
  run: () => Promise<HandlerResult>,
): Promise<HandlerResult & { replayed?: boolean }> {
  await ctx.client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `idem:${principal}:${key}`,
  ]);
  const now = ctx.clock.now();
  const { rows } = await ctx.client.query<{
    request_hash: string;
    response_status: number;
    response_body: unknown;
    response_headers: Record<string, string>;
    expires_at: Date;
  }>(
    'select request_hash, response_status, response_body, response_headers, expires_at from idempotency_keys where principal = $1 and key = $2',
    [principal, key],
  );
  const stored = rows[0];
  if (stored && stored.expires_at > now) {
    if (stored.request_hash !== fingerprint) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different method, path or body. Use a new key for a new request.',
      );
    }
    return {
      status: stored.response_status,
      body: stored.response_body,
      headers: { ...stored.response_headers, 'idempotent-replayed': 'true' },
      replayed: true,
    };
  }
  const result = await run();
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  if (result.version !== undefined) headers.etag = `"${result.version}"`;
  await ctx.client.query(
    `insert into idempotency_keys (principal, key, request_hash, response_status, response_body, response_headers, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (principal, key) do update set request_hash = excluded.request_hash, response_status = excluded.response_status,
       response_body = excluded.response_body, response_headers = excluded.response_headers, created_at = now(), expires_at = excluded.expires_at`,
    [
      principal,
      key,
      fingerprint,
      result.status ?? 200,
      JSON.stringify(result.body ?? null),
      JSON.stringify(headers),
      new Date(now.getTime() + TTL_MS),
    ],
  );
  return result;
}
