import { TypeID, typeid } from 'typeid-js';
import { z } from 'zod';
import { boundedMemo } from '../cache/bounded-memo.js';

/**
 * Public ids are TypeIDs (`ptr_01h…`): a readable prefix plus a UUIDv7 in base32. The database
 * stores the bare uuid; the prefix lives only at the edge, so a column can never hold an id of
 * the wrong kind and the API can never confuse a partner id with a user id.
 */
export const idPrefixes = {
  workspace: 'wks',
  user: 'usr',
  membership: 'mem',
  partner: 'ptr',
  apiKey: 'key',
  invitation: 'inv',
  auditEvent: 'aud',
  session: 'ses',
  event: 'evt',
  webhookEndpoint: 'whk',
  webhookDelivery: 'whd',
  webhookAttempt: 'wha',
  mail: 'mail',
  notification: 'ntf',
  contact: 'con',
  customField: 'cfd',
  savedView: 'svw',
  transition: 'ltr',
  program: 'prg',
  tier: 'tier',
  tierDecision: 'tdc',
  metricEvent: 'met',
  application: 'apl',
  screeningList: 'scl',
  screeningEntry: 'sce',
  agreement: 'agr',
  agreementVersion: 'agv',
  signature: 'sig',
  onboardingTemplate: 'obt',
  checklist: 'obc',
  onboardingTask: 'obk',
  taxDetail: 'tax',
  bankAccount: 'bnk',
  document: 'doc',
  productLine: 'pln',
  product: 'prd',
  account: 'acct',
  vendorOpportunity: 'vop',
  deal: 'deal',
  dealActivity: 'dac',
  dealConflict: 'dcf',
  dealExtension: 'dext',
  dealParticipant: 'dpt',
  dealFile: 'dfl',
  accountPlan: 'plan',
  touchpoint: 'tch',
} as const;

export type IdKind = keyof typeof idPrefixes;
export type IdPrefix = (typeof idPrefixes)[IdKind];

// TypeID suffix: 26 chars of Crockford base32, first char 0–7 (128-bit value).
const SUFFIX = '[0-7][0-9a-hjkmnp-tv-z]{25}';

export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_${SUFFIX}$`);
}

export function newId(kind: IdKind): string {
  return typeid(idPrefixes[kind]).toString();
}

export function isId(kind: IdKind, value: unknown): value is string {
  return typeof value === 'string' && idPattern(idPrefixes[kind]).test(value);
}

/**
 * Conversions are remembered (bounded). A request converts the same few ids (its workspace,
 * partner, program, products) many times over, in every statement's parameters and every row
 * read back, and decoding base32 through TypeID was a measurable share of a registration's CPU.
 */
const CACHE_LIMIT = 5_000;

/** Public id → uuid. Callers validate first; a malformed id is a programming error here. */
export const idToUuid = boundedMemo(CACHE_LIMIT, (value: string) => TypeID.fromString(value).toUUID());

const toId = Object.fromEntries(
  (Object.keys(idPrefixes) as IdKind[]).map((kind) => [
    kind,
    boundedMemo(CACHE_LIMIT, (uuid: string) => TypeID.fromUUID(idPrefixes[kind], uuid).toString()),
  ]),
) as Record<IdKind, (uuid: string) => string>;

export function uuidToId(kind: IdKind, uuid: string): string {
  return toId[kind](uuid);
}

/** Deterministic id from 16 bytes (demo data must be identical on every machine). */
export function idFromBytes(kind: IdKind, bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  // Stamp the UUIDv7 version and RFC 4122 variant bits so the value is a valid uuid.
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  return TypeID.fromUUIDBytes(idPrefixes[kind], b).toString();
}

/** Zod schema for a public id of one kind; its pattern is what the cross-tenant test keys on. */
export function zId(kind: IdKind) {
  const prefix = idPrefixes[kind];
  return z
    .string()
    .regex(idPattern(prefix), `must be a ${kind} id (${prefix}_…)`)
    .meta({ example: `${prefix}_01jq3v3z8xf5sbk9m2n7r4t6wd`, 'x-id-kind': kind });
}
