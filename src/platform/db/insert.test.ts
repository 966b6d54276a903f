import { getTableColumns } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { touchpoints } from '../../modules/cosell/tables.js';
import { dealActivities, dealConflicts, dealParticipants, deals } from '../../modules/deals/tables.js';
import { newId } from '../ids/index.js';
import { insertQuery } from './insert.js';

// Drizzle without a connection: enough to build statements.
const db = drizzle.mock();

const ids = ['deal', 'partner', 'workspace', 'program', 'user'].map((k) => newId(k as 'deal'));

/** A value of the column's type (what a service would hand to `values()`). */
function columnValue(column: PgColumn): fc.Arbitrary<unknown> {
  const base = (type: string): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'PgCustomColumn':
        return fc.constantFrom(...ids);
      case 'PgText':
        return fc.string();
      case 'PgJsonb':
        return fc.jsonValue({ maxDepth: 2 });
      case 'PgBigInt53':
      case 'PgInteger':
        return fc.integer();
      case 'PgDoublePrecision':
        return fc.double({ noNaN: true });
      case 'PgDateString':
        return fc
          .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
          .map((d) => d.toISOString().slice(0, 10));
      case 'PgBoolean':
        return fc.boolean();
      case 'PgTimestamp':
        return fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') });
      case 'PgUUID':
        return fc.uuid();
      default:
        throw new Error(`no generator for ${type}: add one`);
    }
  };
  const value =
    column.columnType === 'PgArray'
      ? fc.array(base((column as unknown as { baseColumn: PgColumn }).baseColumn.columnType), {
          maxLength: 3,
        })
      : base(column.columnType);
  return fc.oneof(value, fc.constant(null), fc.constant(undefined));
}

function rowsOf(table: PgTable) {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) shape[key] = columnValue(column);
  return fc.array(fc.record(shape), { minLength: 1, maxLength: 3 });
}

describe('insertQuery', () => {
  const tables = { deals, dealActivities, dealParticipants, dealConflicts, touchpoints } as Record<
    string,
    PgTable
  >;
  for (const [name, table] of Object.entries(tables)) {
    it(`builds the statement Drizzle builds: ${name}`, () => {
      fc.assert(
        fc.property(rowsOf(table), (rows) => {
          expect(insertQuery(table, rows)).toEqual(db.insert(table).values(rows).toSQL());
        }),
        { numRuns: 200 },
      );
    });
  }

  it('refuses an empty list', () => {
    expect(() => insertQuery(touchpoints, [])).toThrow(/no rows/);
  });
});
