import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { idToUuid } from '../platform/ids/index.js';
import { seedDemoDeals } from './demo-deals.js';
import { seedDemoProgram } from './demo-program.js';
import { DEMO_WORKSPACE_ID, seedDemo } from './seed.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.pools, { partners: 30, usersPerPartner: 1 });
  await seedDemoProgram(t.deps, DEMO_WORKSPACE_ID, 30);
  await seedDemoDeals(t.deps, DEMO_WORKSPACE_ID);
}, 120_000);
afterAll(() => t.close());

describe('demo deal desk', () => {
  it('has a catalogue, a vendor pipeline and registrations in every decision state, with one open conflict', async () => {
    const ws = idToUuid(DEMO_WORKSPACE_ID);
    const count = async (sql: string) => (await t.admin.query(sql, [ws])).rows[0].n as number;
    expect(await count('select count(*)::int as n from products where workspace_id = $1')).toBe(6);
    expect(await count('select count(*)::int as n from vendor_opportunities where workspace_id = $1')).toBe(
      4,
    );
    const states = await t.admin.query(
      'select state, count(*)::int as n from deals where workspace_id = $1 group by state order by state',
      [ws],
    );
    const byState = Object.fromEntries(states.rows.map((r) => [r.state, r.n]));
    expect(byState, JSON.stringify(byState)).toMatchObject({
      approved: 6,
      submitted: 5,
      returned: 1,
      rejected: 1,
      draft: 1,
    });
    expect(
      await count(
        `select count(*)::int as n from deals where workspace_id = $1 and conflict_status = 'open'`,
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from deals where workspace_id = $1 and vendor_opportunity_id is not null`,
      ),
    ).toBe(1);
    // Whoever signs in with the demo's partner login sees its own registrations.
    const mine = await t.admin.query(
      `select count(*)::int as n from deals d join memberships m on m.workspace_id = d.workspace_id and m.partner_id = d.partner_id
         join users u on u.id = m.user_id where d.workspace_id = $1 and u.email = 'partner.admin@demo.symbio.test'`,
      [ws],
    );
    expect(mine.rows[0].n).toBeGreaterThan(0);
    // Idempotent.
    await seedDemoDeals(t.deps, DEMO_WORKSPACE_ID);
    expect(await count('select count(*)::int as n from deals where workspace_id = $1')).toBe(14);
  });
});
