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
  const { head, columns } = shapeOf(table);
  const list = (Array.isArray(rows) ? rows : [rows]) as readonly Record<string, unknown>[];
  if (list.length === 0) throw new Error('insertQuery: no rows');
  const params: unknown[] = [];
  const tuples = list.map((row) => {
    const parts: string[] = [];
    for (const [key, column] of columns) {
      const value = row[key];
      if (value === undefined) {
        parts.push('default');
        continue;
      }
      params.push(value === null ? null : column.mapToDriverValue(value));
      parts.push(`$${params.length}`);
    }
    return `(${parts.join(', ')})`;
  });
  return { sql: head + tuples.join(', '), params };
}
