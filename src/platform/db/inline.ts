import { prepareValue } from 'pg/lib/utils.js';

/** A built query: Drizzle's `.toSQL()` shape. */
export type BuiltQuery = { sql: string; params: unknown[] };

/**
 * `pg.escapeLiteral`, with the same output, built with native string searches instead of one
 * concatenation per character: the audit entries and deferred rows sent with each COMMIT are
 * kilobytes of JSON, and the per-character loop showed in the server's profile.
 */
export function quoteLiteral(value: string): string {
  const quoted = value.includes("'") ? value.replaceAll("'", "''") : value;
  if (!value.includes('\\')) return `'${quoted}'`;
  return ` E'${quoted.replaceAll('\\', '\\\\')}'`;
}

/** One parameter as an SQL literal, as node-postgres would have sent it (arrays, dates, JSON). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot inline the number ${value}`);
    // Parenthesised: `-5::int` would read as -(5::int).
    return value < 0 ? `(${value})` : String(value);
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const prepared = prepareValue(value);
  if (prepared === null) return 'NULL';
  if (Buffer.isBuffer(prepared)) return quoteLiteral(`\\x${prepared.toString('hex')}`);
  return quoteLiteral(prepared);
}

/**
 * The statement with its `$n` parameters replaced by escaped literals, so that it can travel
 * with others in one simple-protocol message (which takes no parameters). Only for statements
 * the code built itself (Drizzle's output): their text holds no `$n` other than parameters.
 * An untyped literal takes the type of the column it goes into, as a parameter does.
 */
export function inlineQuery(q: BuiltQuery): string {
  return q.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= q.params.length) throw new Error(`parameter $${n} has no value`);
    return literal(q.params[i]);
  });
}
