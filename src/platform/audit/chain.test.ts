import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainedFields, chainBodyAroundSeq, chainHash } from './chain.js';

const json = fc.jsonValue({ maxDepth: 3 });
const fieldsArb = fc.record({
  workspaceId: fc.string({ minLength: 1, maxLength: 30 }),
  id: fc.string({ maxLength: 30 }),
  occurredAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  actorKind: fc.string({ maxLength: 10 }),
  actorId: fc.string({ maxLength: 30 }),
  action: fc.string({ maxLength: 30 }),
  objectType: fc.string({ maxLength: 20 }),
  objectId: fc.string({ maxLength: 30 }),
  partnerId: fc.option(fc.string({ maxLength: 30 })),
  before: fc.option(json),
  after: fc.option(json),
  requestId: fc.option(fc.string({ maxLength: 30 })),
  ip: fc.option(fc.string({ maxLength: 40 })),
});

describe('chainBodyAroundSeq', () => {
  it('head + seq + tail hashes to what chainHash (the verifier) computes, for any entry', () => {
    fc.assert(
      fc.property(fieldsArb, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (fields, seq) => {
        const { head, tail } = chainBodyAroundSeq(fields);
        const prev = 'a'.repeat(64);
        // What audit_append computes in SQL: sha256(prev || '\n' || head || seq || tail).
        const dbHash = createHash('sha256').update(`${prev}\n${head}${seq}${tail}`).digest('hex');
        expect(dbHash).toBe(chainHash(prev, { ...fields, seq } as ChainedFields));
      }),
      { numRuns: 300 },
    );
  });
});
