import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { invalid } from '../errors/index.js';
import { idToUuid } from '../ids/index.js';

/**
 * Cursor (keyset) pagination. The cursor carries the sort key and id of the last row returned,
 * so page N costs the same as page 1 at any table size, and rows inserted meanwhile neither
 * repeat nor vanish.
 */
export const paginationShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: 'Page size, 1–200 (default 50).' }),
  cursor: z.string().max(512).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
};

export function sortParam<const F extends string>(fields: readonly F[], fallback: `${'' | '-'}${F}`) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .meta({ description: `Sort field; prefix with - for descending. One of: ${fields.join(', ')}.` });
}

type CursorValue = string | number | null;
type Cursor = { s: string; v: CursorValue; id: string };

export function encodeCursor(sort: string, value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as CursorValue);
  return Buffer.from(JSON.stringify({ s: sort, v, id } satisfies Cursor)).toString('base64url');
}

// What Date#toISOString() writes, years 0001–9999 (PostgreSQL has no year 0).
const ISO_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Whether a cursor value is one encodeCursor() could have written for this column. A client can
 * forge any JSON: an array would expand into a row in the SQL comparison (a 500), a non-date or
 * out-of-range number would make the database refuse it (a 400 naming no field).
 */
function fitsColumn(v: unknown, column: PgColumn): boolean {
  switch (column.dataType) {
    case 'date':
      return (
        typeof v === 'string' &&
        ISO_INSTANT.test(v) &&
        !Number.isNaN(Date.parse(v)) &&
        new Date(v).toISOString() === v
      );
    case 'number':
      return /Int/.test(column.columnType)
        ? Number.isSafeInteger(v) && (column.columnType !== 'PgInteger' || Math.abs(v as number) < 2 ** 31)
        : typeof v === 'number' && Number.isFinite(v);
    case 'string':
      return typeof v === 'string';
    default:
      return false;
  }
}

function decodeCursor(cursor: string, sort: string, column: PgColumn): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (parsed.s !== sort || typeof parsed.id !== 'string') throw new Error('sort changed');
    if (!fitsColumn(parsed.v, column)) throw new Error('not a value of the sort column');
    idToUuid(parsed.id);
    return parsed;
  } catch {
    throw invalid('query', 'cursor', 'is not a cursor from this list with this sort order');
  }
}

/**
 * Builds ORDER BY and the "after the cursor" condition for a sort column plus the id tie-breaker.
 */
export function keyset(options: {
  sort: string;
  columns: Record<string, PgColumn>;
  id: PgColumn;
  cursor: string | undefined;
}): { where: SQL | undefined; orderBy: SQL[]; sortColumnKey: string } {
  const desc = options.sort.startsWith('-');
  const key = desc ? options.sort.slice(1) : options.sort;
  const column = options.columns[key];
  if (!column) throw invalid('query', 'sort', `unknown sort field ${key}`);
  const orderBy = desc
    ? [sql`${column} desc`, sql`${options.id} desc`]
    : [sql`${column} asc`, sql`${options.id} asc`];
  if (!options.cursor) return { where: undefined, orderBy, sortColumnKey: key };
  const c = decodeCursor(options.cursor, options.sort, column);
  const idUuid = idToUuid(c.id);
  const op = desc ? sql`<` : sql`>`;
  // Row comparison keeps the (sort, id) order total even when sort values repeat. NULL sort
  // values are not used by any sortable column (all NOT NULL).
  const where = sql`(${column}, ${options.id}) ${op} (${c.v}, ${idUuid}::uuid)`;
  return { where, orderBy, sortColumnKey: key };
}

export function pageFrom<T extends Record<string, unknown>>(
  rows: T[],
  limit: number,
  sort: string,
  sortKey: keyof T,
): { data: T[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  return {
    data,
    nextCursor: hasMore && last ? encodeCursor(sort, last[sortKey], String(last.id)) : null,
  };
}
