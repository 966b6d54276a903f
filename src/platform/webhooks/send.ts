import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, UnsafeTargetError } from './target-guard.js';

export type SendResult = { status: number | null; body: string; latencyMs: number; error: string | null };

const MAX_RESPONSE_BYTES = 4096;
const TIMEOUT_MS = 10_000;

/**
 * The address check inside the socket's own DNS lookup: the address that is checked is the
 * address that is connected to, so a hostname cannot pass the check and then rebind.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const safe = allowPrivate ? list : list.filter((a) => isPublicAddress(a.address));
      if (safe.length === 0) {
        return callback(
          new UnsafeTargetError(`${hostname} resolves only to private or reserved addresses`),
          '',
          0,
        );
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, safe);
      return callback(null, safe[0]!.address, safe[0]!.family);
    });
  };
}

/** POSTs a webhook. Never follows redirects (a 3xx is a failed attempt); reads at most 4 KiB back. */
export function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  allowPrivate: boolean,
): Promise<SendResult> {
  const started = performance.now();
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const done = (status: number | null, text: string, error: string | null): SendResult => ({
    status,
    body: text,
    error,
    latencyMs: Math.round(performance.now() - started),
  });
  return new Promise((resolve) => {
    // A literal IP never goes through lookup, so it is checked here.
    if (!allowPrivate && /^[\d.]+$|:/.test(host) && !isPublicAddress(host)) {
      resolve(done(null, '', `refused: ${host} is a private, loopback or reserved address`));
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Symbio-Webhooks/1', ...headers },
        lookup: guardedLookup(allowPrivate),
        timeout: TIMEOUT_MS,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < MAX_RESPONSE_BYTES) text += chunk.slice(0, MAX_RESPONSE_BYTES - text.length);
        });
        res.on('end', () => resolve(done(res.statusCode ?? null, text, null)));
        res.on('error', (e) => resolve(done(res.statusCode ?? null, text, e.message)));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (e) =>
      resolve(done(null, '', e instanceof UnsafeTargetError ? `refused: ${e.message}` : e.message)),
    );
    req.end(body);
  });
}
