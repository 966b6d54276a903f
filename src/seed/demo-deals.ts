import { createProduct, createProductLine } from '../modules/catalog/service.js';
import { decideDeal, resolveConflict } from '../modules/deals/service/decide.js';
import { createDeal } from '../modules/deals/service/write.js';
import { createAccount } from '../modules/pipeline/accounts.js';
import { createVendorOpportunity } from '../modules/pipeline/opportunities.js';
import type { Actor } from '../platform/access/actor.js';
import { type Deps, withTenantTx } from '../platform/access/context.js';
import { idToUuid, uuidToId } from '../platform/ids/index.js';
import { DEMO_DOMAIN, prng } from './demo-data.js';

/**
 * The demo's deal desk, made through the same service functions the API uses: a product
 * catalogue (three product lines, list prices in EUR/USD/GBP/JPY), the vendor's own accounts and
 * pipeline, and registrations by demo partners in every state — approved and protected, waiting
 * for review, returned, rejected, and two conflicts (one waiting in the conflict queue, one
 * against the vendor pipeline). Idempotent: nothing is added once the catalogue exists.
 */
const LINES = [
  {
    code: 'NET',
    name: 'Networking',
    products: [
      ['NET-SW48', 'Acme Switch 48', 420_000],
      ['NET-RT10', 'Acme Edge Router', 890_000],
    ],
  },
  {
    code: 'SEC',
    name: 'Security',
    products: [
      ['SEC-FW', 'Acme Firewall', 1_250_000],
      ['SEC-ZT', 'Acme Zero Trust (per 100 users)', 380_000],
    ],
  },
  {
    code: 'CLD',
    name: 'Cloud',
    products: [
      ['CLD-K8S', 'Acme Kubernetes Platform', 2_400_000],
      ['CLD-BKP', 'Acme Backup (per TB)', 45_000],
    ],
  },
] as const;

/** Customers the partners sell to (fictional), with their websites and countries. */
const CUSTOMERS = [
  ['Nordwind Logistik GmbH', 'nordwind-logistik.de', 'DE'],
  ['Helios Solar AG', 'helios-solar.ch', 'CH'],
  ['Tern Shipping Pte Ltd', 'ternshipping.sg', 'SG'],
  ['Borealis Foods Oy', 'borealisfoods.fi', 'FI'],
  ['Cobalt Mining S.A.', 'cobalt-mining.cl', 'CL'],
  ['Kestrel Analytics Ltd', 'kestrel-analytics.co.uk', 'GB'],
  ['Sakura Precision K.K.', 'sakura-precision.co.jp', 'JP'],
  ['Maple Ridge Health Inc.', 'mapleridgehealth.ca', 'CA'],
  ['Atlas Bauwerk GmbH', 'atlas-bauwerk.at', 'AT'],
  ['Lumière Cosmétiques SAS', 'lumiere-cosmetiques.fr', 'FR'],
  ['Quokka Retail Pty Ltd', 'quokkaretail.com.au', 'AU'],
  ['Fjord Energi AS', 'fjordenergi.no', 'NO'],
  ['Andes Telecom S.A.C.', 'andestelecom.pe', 'PE'],
  ['Granite State Bank', 'granitestatebank.com', 'US'],
  ['Orchid Pharma Ltd', 'orchidpharma.in', 'IN'],
  ['Velvet Acoustics B.V.', 'velvetacoustics.nl', 'NL'],
] as const;

const currencyOf: Record<string, string> = {
  GB: 'GBP',
  US: 'USD',
  JP: 'JPY',
  CA: 'USD',
  AU: 'USD',
  IN: 'USD',
  SG: 'USD',
  CL: 'USD',
  PE: 'USD',
};

export async function seedDemoDeals(deps: Deps, workspaceId: string): Promise<void> {
  const ws = idToUuid(workspaceId);
  const pool = deps.pools.system;
  const exists = await pool.query('select 1 from product_lines where workspace_id = $1 limit 1', [ws]);
  if (exists.rowCount) return;
  const system: Actor = { kind: 'system', workspaceId, job: 'seed' };
  // People who act in the demo: the channel manager decides, partner admins register.
  const staff = await pool.query<{ user_id: string; id: string }>(
    `select m.user_id::text, m.id::text from memberships m where m.workspace_id = $1 and m.role = 'channel_manager' order by m.id limit 1`,
    [ws],
  );
  const admins = await pool.query<{ user_id: string; id: string; partner_id: string }>(
    // The demo's partner login (partner.admin@…) first, so whoever signs in with it sees deals.
    `select user_id, id, partner_id from (
       select distinct on (p.id) m.user_id::text, m.id::text, p.id::text as partner_id,
              bool_or(u.email = $2) over (partition by p.id) as demo_login
         from memberships m join partners p on p.workspace_id = m.workspace_id and p.id = m.partner_id
         join users u on u.id = m.user_id
        where m.workspace_id = $1 and m.role = 'partner_admin' and p.status = 'active'
        order by p.id, (u.email = $2) desc, m.id) s
      order by demo_login desc, partner_id limit 12`,
    [ws, `partner.admin@${DEMO_DOMAIN}`],
  );
  if (!staff.rows[0] || admins.rows.length < 4) return;
  const manager: Actor = {
    kind: 'user',
    userId: uuidToId('user', staff.rows[0].user_id),
    sessionId: null,
    membership: {
      id: uuidToId('membership', staff.rows[0].id),
      workspaceId,
      role: 'channel_manager',
      partnerId: null,
    },
  };
  const partnerActor = (i: number): Actor => {
    const a = admins.rows[i % admins.rows.length]!;
    return {
      kind: 'user',
      userId: uuidToId('user', a.user_id),
      sessionId: null,
      membership: {
        id: uuidToId('membership', a.id),
        workspaceId,
        role: 'partner_admin',
        partnerId: uuidToId('partner', a.partner_id),
      },
    };
  };

  const productIds: string[] = [];
  const lineIds: string[] = [];
  await withTenantTx(deps, system, async (ctx) => {
    for (const line of LINES) {
      const l = await createProductLine(ctx, {
        name: line.name,
        code: line.code,
        description: `${line.name} products`,
      });
      lineIds.push(l.id);
      for (const [sku, name, eur] of line.products) {
        const p = await createProduct(ctx, {
          productLineId: l.id,
          name,
          sku,
          listPrices: {
            EUR: eur,
            USD: Math.round(eur * 1.08),
            GBP: Math.round(eur * 0.86),
            JPY: Math.round((eur / 100) * 160),
          },
        });
        productIds.push(p.id);
      }
    }
    // The vendor's own pipeline: a few direct opportunities, one of them with a customer a partner registers too.
    for (const [i, [name, site, country]] of CUSTOMERS.slice(5, 9).entries()) {
      const account = await createAccount(ctx, {
        name,
        website: `https://${site}/`,
        country,
        strategic: i < 2,
        externalRef: `CRM-A-${100 + i}`,
      });
      await createVendorOpportunity(ctx, {
        name: `Direct: ${name}`,
        customerName: name,
        accountId: account.id,
        customerWebsite: `https://${site}/`,
        customerCountry: country,
        amountMinor: 6_000_000 + i * 1_500_000,
        currency: 'EUR',
        externalRef: `CRM-O-${200 + i}`,
        productLineIds: [...lineIds],
        expectedCloseDate: '2027-03-31',
      });
    }
  });

  const rand = prng(7);
  const register = (
    i: number,
    customer: readonly [string, string, string],
    submit: boolean,
    spelled?: string,
    site?: string,
  ) =>
    withTenantTx(deps, partnerActor(i), (ctx) => {
      const currency = currencyOf[customer[2]] ?? 'EUR';
      const p = Math.floor(rand() * productIds.length);
      return createDeal(ctx, {
        title: `${customer[0].split(' ')[0]} ${['expansion', 'refresh', 'pilot', 'migration'][i % 4]}`,
        customer: {
          name: spelled ?? customer[0],
          website: `https://${site ?? customer[1]}/`,
          country: customer[2],
        },
        contact: { name: 'Alex Morgan', email: `alex.morgan@${customer[1]}`, title: 'IT Director' },
        lineItems: [{ productId: productIds[p]!, quantity: 1 + Math.floor(rand() * 5) }],
        currency,
        expectedCloseDate: `2027-0${1 + (i % 6)}-28`,
        stage: (['qualification', 'proposal', 'negotiation'] as const)[i % 3],
        notes: 'Registered from the partner portal.',
        submit,
      });
    });
  const decide = (dealId: string, decision: 'approve' | 'reject' | 'return', reason: string) =>
    withTenantTx(deps, manager, (ctx) => decideDeal(ctx, dealId, { decision, reason }));

  // Approved and protected (co-selling can start), waiting for review, returned, rejected, a draft.
  for (const [i, c] of CUSTOMERS.slice(0, 5).entries()) {
    const d = await register(i, c, true);
    if (d.state === 'submitted') await decide(d.id, 'approve', 'Qualified opportunity, no overlap.');
  }
  for (const [i, c] of CUSTOMERS.slice(9, 13).entries()) await register(i + 5, c, true);
  const returned = await register(2, CUSTOMERS[13]!, true);
  await decide(
    returned.id,
    'return',
    'Please add the customer’s procurement contact and the expected quantities.',
  );
  const rejected = await register(3, CUSTOMERS[14]!, true);
  await decide(rejected.id, 'reject', 'The customer is a named account of the direct team this fiscal year.');
  await register(4, CUSTOMERS[15]!, false);
  // A conflict waiting in the queue: a second partner spells the first approved customer differently.
  await register(6, CUSTOMERS[0]!, true, 'NORDWIND LOGISTIK', 'www.nordwind-logistik.de');
  // A registration matching the vendor's own pipeline, resolved by attaching the partner.
  const vs = await register(
    7,
    CUSTOMERS[5]!,
    true,
    'Kestrel Analytics Limited',
    'shop.kestrel-analytics.co.uk',
  );
  if (vs.conflict.status === 'open')
    await withTenantTx(deps, manager, (ctx) =>
      resolveConflict(ctx, vs.id, {
        resolution: 'approve_this',
        reason: 'The partner delivers the services on our direct deal.',
      }),
    );
}
