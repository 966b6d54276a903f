import type pg from 'pg';

/**
 * Statement names for the parameterised statements the application runs again and again.
 *
 * node-postgres sends an unnamed statement through Parse, Bind and Execute every time, so
 * PostgreSQL parses, analyses and plans it on every call. A named statement is parsed once per
 * connection (pg remembers which names a connection has prepared) and, after five executions,
 * may run on a cached generic plan. Under a registration load that was a fifth of PostgreSQL's
 * time (bench/RESULTS.md, decision 0015).
 *
 * A text gets a name the second time it is seen, so one-off statements (an ad-hoc filter, a
 * list of a rare length) never hold a prepared statement. The number of names is capped: each one
 * may become a prepared statement on every pooled connection, and past the cap statements simply
 * run unnamed, as before.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private seenOnce = new Set<string>();

  constructor(
    private readonly max = 256,
    private readonly seenOnceLimit = 4096,
  ) {}

  /** The name for this statement text, or undefined while it is new (or the cap is reached). */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.max) return known;
    if (!this.seenOnce.has(text)) {
      // Bounded: a flood of distinct texts only delays naming, it never grows memory.
      if (this.seenOnce.size >= this.seenOnceLimit) this.seenOnce = new Set();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const name = `symbio_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

/** One registry per process: a name always stands for the same text on every connection. */
const processNames = new StatementNames();

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };

/** The query config with a statement name added when it is a repeated, parameterised statement. */
function named(names: StatementNames, config: unknown, values: unknown): unknown {
  if (typeof config === 'string') {
    if (!Array.isArray(values) || values.length === 0) return config;
    const name = names.nameFor(config);
    return name ? { text: config, name } : config;
  }
  if (config === null || typeof config !== 'object') return config;
  const c = config as QueryConfigLike;
  // Query objects (submit) and statements named by their caller (graphile-worker's) stay as they are.
  if (typeof c.submit === 'function' || c.name !== undefined || typeof c.text !== 'string') return config;
  const v = c.values ?? values;
  // Without parameters a text may hold several statements (simple protocol): never named.
  if (!Array.isArray(v) || v.length === 0) return config;
  const name = names.nameFor(c.text);
  return name ? { ...c, name } : config;
}

/** Makes this client name its repeated parameterised statements (see above). Call once per client. */
export function autoPrepare(client: pg.Client, names: StatementNames = processNames): void {
  const query = client.query as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    return query.call(this, named(names, config, rest[0]), ...rest);
  };
}
