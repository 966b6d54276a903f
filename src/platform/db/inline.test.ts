import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { inlineQuery, quoteLiteral } from './inline.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('inlineQuery', () => {
  it('gives PostgreSQL the same values as the parameters would have', async () => {
    const text = fc.string({ unit: 'binary' }).map((s) => s.replace(/\0/g, ''));
    const row = fc.tuple(
      text,
      fc.array(text, { maxLength: 4 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v).replace(/\\u0000/g, '')),
      fc.option(fc.integer()),
      fc.boolean(),
      fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') }),
    );
    await fc.assert(
      fc.asyncProperty(row, async (params) => {
        const sql =
          'select $1::text as a, $2::text[] as b, $3::jsonb as c, $4::int as d, $5::boolean as e, $6::timestamptz as f';
        const viaParams = await t.admin.query(sql, params);
        const viaInline = await t.admin.query(inlineQuery({ sql, params }));
        expect(viaInline.rows).toEqual(viaParams.rows);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a placeholder without a value and a number SQL cannot hold', () => {
    expect(() => inlineQuery({ sql: 'select $2', params: [1] })).toThrow(/\$2/);
    expect(() => inlineQuery({ sql: 'select $1', params: [Number.NaN] })).toThrow(/NaN/);
  });

  it('quotes a string exactly as pg.escapeLiteral does', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '\\', 'a', 'é', '"', '\n', '$') });
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
        expect(quoteLiteral(s)).toBe(pg.escapeLiteral(s));
      }),
      { numRuns: 500 },
    );
  });
});
