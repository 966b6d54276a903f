import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The genesis "previous hash" of every workspace's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers: everything in the row except the hash itself. */
export type ChainedFields = {
  workspaceId: string;
  seq: number;
  id: string;
  occurredAt: string; // ISO 8601, millisecond precision
  actorKind: string;
  actorId: string;
  action: string;
  objectType: string;
  objectId: string;
  partnerId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

/**
 * sha256(prevHash + "\n" + RFC 8785 canonical JSON of the fields). Canonical JSON makes the
 * hash independent of key order, which jsonb does not preserve.
 */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalize({ ...fields, before: fields.before ?? null, after: fields.after ?? null });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/**
 * The canonical body of an entry whose `seq` is not known yet, as the text before and after the
 * number: the database appends under its head lock and hashes `prev + "\n" + head + seq + tail`
 * (migration 0013), the same bytes `chainHash` hashes. RFC 8785 sorts keys by UTF-16 code units,
 * so `seq` always sits between `requestId` and `workspaceId`, the last key.
 */
export function chainBodyAroundSeq(fields: Omit<ChainedFields, 'seq'>): { head: string; tail: string } {
  const body = canonicalize({
    ...fields,
    seq: 0,
    before: fields.before ?? null,
    after: fields.after ?? null,
  })!;
  const tail = `,"workspaceId":${canonicalize(fields.workspaceId)}}`;
  const marker = `"seq":0${tail}`;
  if (!body.endsWith(marker)) throw new Error('audit: unexpected canonical key order');
  return { head: `${body.slice(0, -marker.length)}"seq":`, tail };
}

export type ChainRow = ChainedFields & { prevHash: string; hash: string };

export type VerifyResult =
  | { ok: true; checked: number }
  | {
      ok: false;
      checked: number;
      firstBad: { seq: number; id: string | null; reason: 'hash_mismatch' | 'broken_link' | 'missing_entry' };
    };

/**
 * Walks rows in seq order. A changed row fails its own hash; a deleted row shows as a gap in
 * seq and a prev_hash that no longer links; either way the first bad seq is named.
 */
export function verifyRows(rows: Iterable<ChainRow>, state = { prev: GENESIS_HASH, seq: 0, checked: 0 }) {
  for (const row of rows) {
    if (row.seq !== state.seq + 1) {
      return {
        ok: false,
        checked: state.checked,
        firstBad: { seq: state.seq + 1, id: null, reason: 'missing_entry' },
      } as const;
    }
    if (row.prevHash !== state.prev) {
      return {
        ok: false,
        checked: state.checked,
        firstBad: { seq: row.seq, id: row.id, reason: 'broken_link' },
      } as const;
    }
    const { prevHash: _p, hash, ...fields } = row;
    if (chainHash(row.prevHash, fields) !== hash) {
      return {
        ok: false,
        checked: state.checked,
        firstBad: { seq: row.seq, id: row.id, reason: 'hash_mismatch' },
      } as const;
    }
    state.prev = hash;
    state.seq = row.seq;
    state.checked++;
  }
  return null;
}
