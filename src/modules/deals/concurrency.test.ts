import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createKey, createTenant, type Tenant } from '../../../test/support/fixtures.js';
import { rolePermissions } from '../../platform/access/permissions.js';
import { idToUuid, newId } from '../../platform/ids/index.js';

/**
 * Deterministic resolution of concurrent registrations: 50 partners register the same customer
 * at the same moment (spelled a little differently, some through a www. or shop. subdomain), in
 * 20 rounds. In every round exactly one registration is first, and every other one is a
 * conflict pointing at it — whatever order the transactions happened to run in.
 */
const PARTNERS = 50;
const ROUNDS = 20;

let t: TestApp;
let tenant: Tenant;
const keys: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t.pools, 'race');
  const ws = idToUuid(tenant.workspaceId);
  for (let i = 0; i < PARTNERS; i++) {
    const partnerId = newId('partner');
    await t.admin.query(
      `insert into partners (workspace_id, id, name, types, country) values ($1, $2, $3, '{var}', 'DE')`,
      [ws, idToUuid(partnerId), `Racer ${i}`],
    );
    keys.push(await createKey(t.pools, tenant.workspaceId, partnerId, [...rolePermissions.partner_admin]));
  }
}, 120_000);
afterAll(() => t.close());

/** One customer per round, unrelated to the others' (so rounds do not conflict with each other). */
const customers = [
  ['Falcon Dynamics', 'falcon-dynamics'],
  ['Orchid Pharma', 'orchidpharma'],
  ['Basalt Engineering', 'basalt-eng'],
  ['Juniper Freight', 'juniperfreight'],
  ['Marigold Textiles', 'marigold-tex'],
  ['Quartzline Optics', 'quartzline'],
  ['Harbor Lumen', 'harborlumen'],
  ['Tundra Agritech', 'tundra-agri'],
  ['Velvet Acoustics', 'velvetacoustics'],
  ['Cinder Foundry', 'cinderfoundry'],
  ['Pelican Insurance', 'pelican-ins'],
  ['Saffron Hotels', 'saffronhotels'],
  ['Zephyr Wind Parks', 'zephyrwind'],
  ['Obsidian Security', 'obsidiansec'],
  ['Lantern Learning', 'lanternlearning'],
  ['Meridian Dairy', 'meridiandairy'],
  ['Copperleaf Printing', 'copperleafprint'],
  ['Glacier Water Works', 'glacierwaterworks'],
  ['Ironbark Timber', 'ironbarktimber'],
  ['Nimbus Aviation', 'nimbusaviation'],
] as const;
const spellings = (round: number) => {
  const [name] = customers[round]!;
  return [`${name} GmbH`, name.toUpperCase(), `${name} G.m.b.H.`, `The ${name}`];
};
const websites = (round: number) => {
  const [, domain] = customers[round]!;
  return [`https://${domain}.de`, `www.${domain}.de`, `https://shop.${domain}.de/contact`, null];
};

describe('concurrent registrations of one customer', () => {
  it(`resolve to exactly one first registration in each of ${ROUNDS} rounds of ${PARTNERS}`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const responses = await Promise.all(
        keys.map((key, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/deals',
            headers: { authorization: `Bearer ${key}` },
            payload: {
              title: `Round ${round} from partner ${i}`,
              customer: {
                name: spellings(round)[i % 4],
                website: websites(round)[i % 4],
                country: 'DE',
              },
              currency: 'EUR',
              amountMinor: 1_000_000 + i,
              submit: true,
            },
          }),
        ),
      );
      for (const r of responses) expect(r.statusCode, r.body).toBe(201);
      const ids = responses.map((r) => idToUuid(r.json().id as string));
      const { rows } = await t.admin.query<{
        id: string;
        seq: string;
        level: string;
        with_deal: string | null;
      }>(
        `select id::text, submission_seq::text as seq, conflict_level as level, conflict_with_deal_id::text as with_deal
           from deals where id = any($1::uuid[]) order by submission_seq`,
        [ids],
      );
      expect(rows).toHaveLength(PARTNERS);
      const firsts = rows.filter((r) => r.level === 'none');
      expect(firsts, `round ${round}`).toHaveLength(1);
      const first = firsts[0]!;
      // The first is the one with the lowest submission number…
      expect(rows[0]!.id).toBe(first.id);
      // …and every other registration is a conflict pointing at it.
      for (const r of rows.slice(1)) {
        expect(r.level, `round ${round}`).toBe('conflict');
        expect(r.with_deal, `round ${round}`).toBe(first.id);
      }
      // What each partner was told: the first has no conflict, the others only that one exists.
      const told = responses.map((r) => r.json().conflict);
      expect(told.filter((c) => c.level === 'none')).toHaveLength(1);
      for (const c of told) expect(c.withDealId).toBeNull();
    }
  }, 300_000);
});
