import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { login } from '../../test/support/fixtures.js';
import { idToUuid } from '../platform/ids/index.js';
import { demoStaff } from './demo-data.js';
import { seedDemoProgram } from './demo-program.js';
import { DEMO_WORKSPACE_ID, seedDemo } from './seed.js';

let t: TestApp;
const PARTNERS = 60;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.pools, { partners: PARTNERS, usersPerPartner: 1 });
  await seedDemoProgram(t.deps, DEMO_WORKSPACE_ID, PARTNERS);
}, 120_000);
afterAll(() => t.close());

describe('demo program', () => {
  it('puts every demo partner in a program with four tiers, spread over more than one tier, each explained', async () => {
    const ws = idToUuid(DEMO_WORKSPACE_ID);
    const tiers = await t.admin.query(
      `select t.name, count(pt.partner_id)::int as n from tiers t
         left join partner_tiers pt on pt.workspace_id = t.workspace_id and pt.tier_id = t.id
        where t.workspace_id = $1 group by t.name, t.rank order by t.rank`,
      [ws],
    );
    expect(tiers.rows.map((r) => r.name)).toEqual(['Registered', 'Silver', 'Gold', 'Platinum']);
    expect(tiers.rows.reduce((s, r) => s + r.n, 0)).toBe(PARTNERS);
    expect(tiers.rows.filter((r) => r.n > 0).length).toBeGreaterThanOrEqual(3);
    const unexplained = await t.admin.query(
      `select count(*)::int as n from partner_tiers where workspace_id = $1 and coalesce(explanation, '') = ''`,
      [ws],
    );
    expect(unexplained.rows[0].n).toBe(0);
  });

  it('loads the OFAC snapshot as the denied-party list, so a listed name is caught', async () => {
    const owner = await login(t.app, demoStaff[0]!.email, 'symbio-demo-2026');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/screening/check',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf },
      payload: { name: 'Banco Nacional de Cuba S.A.' },
    });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain('BANCO NACIONAL DE CUBA');
  });

  it('opens the public application form of the program', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/application-form?workspace=acme-cloud&program=partners',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().program.name).toBe('Acme Cloud Partner Program');
  });
});
