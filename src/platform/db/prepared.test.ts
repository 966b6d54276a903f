import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { autoPrepare, StatementNames } from './prepared.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('StatementNames', () => {
  it('names a text the second time it is seen, and keeps that name', () => {
    const names = new StatementNames(10);
    expect(names.nameFor('select $1')).toBeUndefined();
    const name = names.nameFor('select $1');
    expect(name).toMatch(/^symbio_\d+$/);
    expect(names.nameFor('select $1')).toBe(name);
    expect(names.nameFor('select $1::int')).toBeUndefined();
    expect(names.nameFor('select $1::int')).not.toBe(name);
  });

  it('names no more texts than its cap; the named ones keep their names', () => {
    const names = new StatementNames(2);
    const named = ['a $1', 'b $1', 'c $1'].map((text) => {
      names.nameFor(text);
      return names.nameFor(text);
    });
    expect(named[0]).toBeDefined();
    expect(named[1]).toBeDefined();
    expect(named[2]).toBeUndefined();
    expect(names.nameFor('a $1')).toBe(named[0]);
  });

  it('forgets texts seen once when too many pile up, instead of growing', () => {
    const names = new StatementNames(10, 3);
    for (const text of ['a $1', 'b $1', 'c $1', 'd $1']) names.nameFor(text); // the 4th clears the set
    expect(names.nameFor('a $1')).toBeUndefined(); // seen once again, not twice
    expect(names.nameFor('d $1')).toBeDefined();
  });
});

describe('autoPrepare', () => {
  /** A fresh connection with its own name registry, closed after `fn`. */
  async function withClient(fn: (c: pg.Client) => Promise<void>) {
    const c = new pg.Client({ connectionString: t.databaseUrl });
    await c.connect();
    autoPrepare(c, new StatementNames(8));
    try {
      await fn(c);
    } finally {
      await c.end();
    }
  }
  const prepared = async (c: pg.Client) =>
    (
      await c.query<{ statement: string }>('select statement from pg_prepared_statements order by 1')
    ).rows.map((r) => r.statement);

  it('prepares a repeated parameterised statement once on the connection and reuses it', () =>
    withClient(async (c) => {
      const sql = 'select $1::int + 1 as n';
      const results = [];
      for (const v of [1, 2, 3]) results.push((await c.query(sql, [v])).rows[0].n);
      expect(results).toEqual([2, 3, 4]);
      // The config form Drizzle uses, with rowMode.
      const arrays = await c.query({ text: sql, values: [9], rowMode: 'array' });
      expect(arrays.rows).toEqual([[10]]);
      expect(await prepared(c)).toEqual([sql]);
    }));

  it('leaves statements without parameters alone: several statements in one text still run', () =>
    withClient(async (c) => {
      for (let i = 0; i < 3; i++) await c.query('select 1; select 2');
      expect(await prepared(c)).toEqual([]);
    }));

  it('keeps the connection usable after a prepared statement fails, and after one that does not parse', () =>
    withClient(async (c) => {
      const sql = 'select $1::int as n';
      await c.query(sql, [1]);
      await c.query(sql, [2]); // named and prepared from here on
      await expect(c.query(sql, ['not a number'])).rejects.toMatchObject({ code: '22P02' });
      expect((await c.query(sql, [3])).rows[0].n).toBe(3);
      const broken = 'select $1::int frm nowhere';
      await expect(c.query(broken, [1])).rejects.toMatchObject({ code: '42601' });
      await expect(c.query(broken, [1])).rejects.toMatchObject({ code: '42601' }); // named, fails to parse
      expect((await c.query(sql, [4])).rows[0].n).toBe(4);
      expect(await prepared(c)).toEqual([sql]);
    }));

  it('keeps a name caller-chosen statements already carry', () =>
    withClient(async (c) => {
      for (let i = 0; i < 3; i++) await c.query({ name: 'mine', text: 'select $1::int as n', values: [i] });
      expect(
        (await c.query<{ name: string }>('select name from pg_prepared_statements')).rows.map((r) => r.name),
      ).toEqual(['mine']);
    }));

  it('is on for the application pools: a request-path statement is prepared on its connection', async () => {
    const c = await t.pools.app.connect();
    try {
      for (let i = 0; i < 3; i++) await c.query('select $1::text as v', [`x${i}`]);
      expect(await prepared(c)).toContain('select $1::text as v');
    } finally {
      c.release();
    }
  });
});
