import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createTenant } from '../../../test/support/fixtures.js';
import { programs } from '../../modules/programs/tables.js';
import { verifyWorkspaceChain } from '../audit/index.js';
import { idToUuid, newId } from '../ids/index.js';
import type { Actor } from './actor.js';
import { withTenantTx } from './context.js';

let t: TestApp;
let workspaceId: string;
let actor: Actor;
beforeAll(async () => {
  t = await createTestApp();
  workspaceId = (await createTenant(t.pools, 'defer')).workspaceId;
  actor = { kind: 'system', workspaceId, job: 'test' };
});
afterAll(async () => {
  await t.close();
});

const programRow = (slug: string) => ({ workspaceId, id: newId('program'), name: slug, slug });
const countPrograms = async (slug: string) =>
  (
    await t.admin.query('select count(*)::int as n from programs where workspace_id = $1 and slug = $2', [
      idToUuid(workspaceId),
      slug,
    ])
  ).rows[0].n as number;

describe('ctx.defer: writes sent with the COMMIT', () => {
  it('commits the deferred write with the audit entry, and the chain still verifies', async () => {
    await withTenantTx(t.deps, actor, async (ctx) => {
      ctx.defer(ctx.db.insert(programs).values(programRow("o'deferred")));
      ctx.audit({ action: 'test.deferred', objectType: 'program', objectId: 'x' });
      // Not written yet: it travels with the COMMIT.
      expect(await countPrograms("o'deferred")).toBe(0);
    });
    expect(await countPrograms("o'deferred")).toBe(1);
    const chain = await verifyWorkspaceChain((sql, p) => t.admin.query(sql, p), workspaceId);
    expect(chain.ok).toBe(true);
  });

  it('a deferred write that fails rolls the whole transaction back, audit entry included', async () => {
    const before = await t.admin.query(
      'select count(*)::int as n from audit_events where workspace_id = $1',
      [idToUuid(workspaceId)],
    );
    const row = programRow('twice');
    await expect(
      withTenantTx(t.deps, actor, async (ctx) => {
        await ctx.db.insert(programs).values({ ...row, slug: 'first' });
        ctx.defer(ctx.db.insert(programs).values(row)); // same primary key: fails at COMMIT time
        ctx.audit({ action: 'test.deferred', objectType: 'program', objectId: 'y' });
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await countPrograms('first')).toBe(0);
    const after = await t.admin.query('select count(*)::int as n from audit_events where workspace_id = $1', [
      idToUuid(workspaceId),
    ]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('is refused in a read-only transaction', async () => {
    await expect(
      withTenantTx(
        t.deps,
        actor,
        async (ctx) => ctx.defer(ctx.db.insert(programs).values(programRow('ro'))),
        {
          readOnly: true,
        },
      ),
    ).rejects.toThrow(/read-only/);
  });

  it('deferInsert: rows deferred one after another into one table go as one INSERT, in order', async () => {
    const texts: string[] = [];
    await withTenantTx(t.deps, actor, async (ctx) => {
      // Every message this transaction's connection sends from here on, the COMMIT's included.
      const query = ctx.client.query.bind(ctx.client) as (text: string, params?: unknown[]) => unknown;
      (ctx.client as unknown as { query: typeof query }).query = (text, params) => {
        if (typeof text === 'string') texts.push(text);
        return query(text, params);
      };
      const first = programRow('run-1');
      ctx.deferInsert(programs, first);
      // Queued rows are snapshots: a change after deferInsert does not reach the database.
      first.name = 'changed later';
      ctx.deferInsert(programs, [programRow('run-2'), programRow('run-3')]);
      ctx.defer(ctx.db.insert(programs).values(programRow('apart')));
      ctx.deferInsert(programs, programRow('run-4'));
      ctx.audit({ action: 'test.deferred', objectType: 'program', objectId: 'z' });
      expect(await countPrograms('run-1')).toBe(0);
    });
    for (const slug of ['run-1', 'run-2', 'run-3', 'apart', 'run-4'])
      expect(await countPrograms(slug)).toBe(1);
    const { rows } = await t.admin.query("select name from programs where slug = 'run-1'");
    expect(rows[0].name).toBe('run-1');
    const commit = texts.find((x) => x.includes('commit'))!;
    const inserts = commit.split(';\n').filter((x) => x.startsWith('insert into "programs"'));
    expect(inserts).toHaveLength(3);
    expect(inserts[0]).toMatch(/'run-1'.*'run-2'.*'run-3'/s);
    expect(inserts[1]).toContain("'apart'");
    expect(inserts[2]).toContain("'run-4'");
  });
});
