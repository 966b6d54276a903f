import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { insertQuery } from '../../../platform/db/insert.js';
import { newId } from '../../../platform/ids/index.js';
import { deals } from '../tables.js';
import type { NewDeal } from '../transition.js';
import { storedDeal } from './write.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/\0/g, ''));
// Objects, as the json columns hold (Drizzle reads a top-level JSON string that looks like JSON back parsed).
const json = fc
  .dictionary(text, fc.jsonValue({ maxDepth: 2 }))
  .map((v) => JSON.parse(JSON.stringify(v).replace(/\\u0000/g, '')));
const instant = fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') });
const day = instant.map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const nullable = <T>(a: fc.Arbitrary<T>) => maybe(fc.option(a, { nil: null }));

/** What createDeal and insertSubmitted hand to the insert: required columns, any others left out or set. */
const newDeal = fc.record({
  programId: nullable(fc.constant(newId('program'))),
  state: maybe(fc.constantFrom('draft', 'submitted', 'approved')),
  stage: maybe(fc.constantFrom('prospecting', 'proposal')),
  title: text,
  customerName: text,
  customerNameNorm: text,
  customerNameKey: text,
  customerNameRare: maybe(text),
  customerWebsite: nullable(text),
  customerDomain: nullable(text),
  customerCountry: nullable(fc.constantFrom('DE', 'JP')),
  customerAddress: maybe(fc.dictionary(fc.constantFrom('line1', 'city'), text)),
  contact: maybe(fc.dictionary(fc.constantFrom('name', 'email'), text)),
  amountMinor: maybe(fc.integer({ min: 0, max: 2 ** 40 })),
  currency: fc.constantFrom('EUR', 'USD'),
  expectedCloseDate: nullable(day),
  notes: maybe(text),
  lineItems: maybe(fc.array(json, { maxLength: 2 })),
  productLineIds: maybe(fc.array(fc.uuid(), { maxLength: 2 })),
  registeredBy: text,
  onBehalf: maybe(fc.boolean()),
  submittedAt: nullable(instant),
  submissionSeq: nullable(fc.integer({ min: 1 })),
  contentSha256: nullable(fc.stringMatching(/^[0-9a-f]{64}$/)),
  submittedContent: nullable(json),
  conflictLevel: maybe(fc.constantFrom('none', 'possible', 'conflict')),
  conflictStatus: maybe(fc.constantFrom('none', 'open')),
  conflictScore: nullable(fc.double({ min: 0, max: 1, noNaN: true })),
  conflictWithDealId: nullable(fc.uuid()),
  reviewDueAt: nullable(instant),
  escalationLevel: maybe(fc.integer({ min: 0, max: 3 })),
  decidedBy: nullable(text),
  approvedAt: nullable(instant),
  protectionEndsAt: nullable(instant),
  createdAt: instant,
  updatedAt: instant,
});

describe('storedDeal', () => {
  it('is the row PostgreSQL stores for the values inserted (every default filled in)', async () => {
    const partnerId = newId('partner');
    const db = drizzle(t.admin);
    await fc.assert(
      fc.asyncProperty(newDeal, async (v) => {
        // A workspace per row: submission numbers are unique per workspace.
        const workspaceId = newId('workspace');
        const values: NewDeal = { ...v, workspaceId, partnerId, id: newId('deal') };
        const q = insertQuery(deals, values);
        await t.admin.query(q.sql, q.params);
        const [stored] = await db
          .select()
          .from(deals)
          .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, values.id)));
        expect(storedDeal(values)).toEqual(stored);
      }),
      { numRuns: 60 },
    );
  });
});
