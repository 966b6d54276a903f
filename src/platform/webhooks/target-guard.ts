import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Webhook targets must be public: a URL that names or resolves to a loopback, private,
 * link-local, unique-local, multicast, reserved or unspecified address is refused (server-side
 * request forgery). The check runs when an endpoint is saved and again, on the resolved address
 * actually connected to, at every delivery (DNS can change); redirects are never followed.
 * Operators can allow private targets (WEBHOOK_ALLOW_PRIVATE_TARGETS=true), e.g. for tests or
 * an on-premise receiver.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

export class UnsafeTargetError extends Error {}

/** Resolves the host and returns the addresses, or throws if any is not public. */
export async function assertPublicTarget(url: URL, allowPrivate: boolean): Promise<string[]> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UnsafeTargetError('only http(s) URLs are allowed');
  if (url.username || url.password) throw new UnsafeTargetError('credentials in the URL are not allowed');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : (
        await lookup(host, { all: true, verbatim: true }).catch(() => {
          throw new UnsafeTargetError(`cannot resolve ${host}`);
        })
      ).map((a) => a.address);
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a));
    if (bad)
      throw new UnsafeTargetError(`${host} resolves to ${bad}, a private, loopback or reserved address`);
  }
  return addresses;
}
