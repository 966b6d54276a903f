import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { BuiltQuery } from './inline.js';

/** A table's insertable columns, and the statement head listing them, worked out once. */
type Shape = { head: string; columns: [key: string, column: PgColumn][] };
const shapes = new WeakMap<PgTable, Shape>();

function shapeOf(table: PgTable): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    // Generated and identity-always columns take no value (Drizzle's internal `shouldDisableInsert`).
    const columns = Object.entries(getTableColumns(table)).filter(
      ([, c]) => !(c as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert(),
    );
    for (const [key, c] of columns) {
      // Client-side defaults would have to run here as Drizzle runs them; no table of ours has one.
      if (c.defaultFn !== undefined || c.onUpdateFn !== undefined)
        throw new Error(`insertQuery: ${getTableName(table)}.${key} has a client-side default`);
    }
    const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
    shape = { head: `insert into "${getTableName(table)}" (${names}) values `, columns };
    shapes.set(table, shape);
  }
  return shape;
}

/** Where a row leaves a column out: the statement says `default` there. */
const DEFAULT: unique symbol = Symbol('default');

/** One row as the driver will receive it: each column's mapped value, in table order, or DEFAULT. */
export type DriverRow = readonly unknown[];

/**
 * Rows mapped through their columns' driver mappings (jsonb to its text, dates to ISO strings,
 * public ids to uuids): a snapshot, so a row queued now and sent later holds the values it had
 * when it was queued.
 */
export function driverRows<T extends PgTable>(
  table: T,
  rows: T['$inferInsert'] | readonly T['$inferInsert'][],
): DriverRow[] {
  const { columns } = shapeOf(table);
  const list = (Array.isArray(rows) ? rows : [rows]) as readonly Record<string, unknown>[];
  return list.map((row) =>
    columns.map(([key, column]) => {
      const value = row[key];
      if (value === undefined) return DEFAULT;
      return value === null ? null : column.mapToDriverValue(value);
    }),
  );
}

/** The INSERT of rows already mapped (driverRows), of one table. */
export function insertOfDriverRows(table: PgTable, rows: readonly DriverRow[]): BuiltQuery {
  if (rows.length === 0) throw new Error('insertQuery: no rows');
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const parts = row.map((value) => {
      if (value === DEFAULT) return 'default';
      params.push(value);
      return `$${params.length}`;
    });
    return `(${parts.join(', ')})`;
  });
  return { sql: shapeOf(table).head + tuples.join(', '), params };
}

/**
 * The INSERT that `db.insert(table).values(rows).toSQL()` builds — the same text and the same
 * parameters (a test holds it to that) — without building Drizzle's query tree each time:
 * every column in table order, `default` where a row leaves one out, each value through the
 * column's own driver mapping. Hot write paths (a registration's deal row, timeline entries,
 * touchpoints) spent more time in Drizzle building these than PostgreSQL spent running them.
 * Values are plain data: a row holding an SQL expression needs Drizzle's builder.
 */
export function insertQuery<T extends PgTable>(
  table: T,
  rows: T['$inferInsert'] | readonly T['$inferInsert'][],
): BuiltQuery {
  return insertOfDriverRows(table, driverRows(table, rows));
}
