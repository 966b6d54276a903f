import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createKey,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { rolePermissions } from '../../platform/access/permissions.js';
import { idToUuid } from '../../platform/ids/index.js';
import { verifyReceipt } from './receipt.js';

let t: TestApp;
let a: Tenant;
let staff: string;
let p1: string;
let p2: string;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'deal');
  staff = a.workspaceKey;
  p1 = a.partnerKey;
  p2 = await createKey(t.pools, a.workspaceId, a.partners[1], [...rolePermissions.partner_admin]);
  owner = await login(t.app, a.users.owner.email);
});
afterAll(() => t.close());

const api = (
  who: Session | string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    headers: { ...authHeaders(who), ...headers },
    ...(payload ? { payload } : {}),
  });

let n = 0;
const deal = (customer: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  title: `Deal ${++n}`,
  customer,
  currency: 'EUR',
  amountMinor: 5_000_000,
  expectedCloseDate: '2027-03-31',
  ...extra,
});

async function register(who: string, body: object) {
  const res = await api(who, 'POST', '/api/v1/deals', { submit: true, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('deal registration', () => {
  it('saves a draft, edits it with If-Match, submits it into review with an SLA and a signed receipt', async () => {
    const created = await api(
      p1,
      'POST',
      '/api/v1/deals',
      deal({ name: 'Nordwind Logistik GmbH', website: 'nordwind-logistik.de', country: 'de' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    expect(d).toMatchObject({
      state: 'draft',
      partnerId: a.partners[0],
      onBehalf: false,
      customer: {
        name: 'Nordwind Logistik GmbH',
        website: 'https://nordwind-logistik.de/',
        domain: 'nordwind-logistik.de',
        country: 'DE',
      },
    });
    const edited = await api(
      p1,
      'PATCH',
      `/api/v1/deals/${d.id}`,
      { notes: 'Budget confirmed' },
      { 'if-match': '"1"' },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await api(p1, 'PATCH', `/api/v1/deals/${d.id}`, { notes: 'x' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const noReceipt = await api(p1, 'GET', `/api/v1/deals/${d.id}/receipt`);
    expect(noReceipt.statusCode).toBe(409);

    const sub = await api(p1, 'POST', `/api/v1/deals/${d.id}/submit`);
    expect(sub.statusCode, sub.body).toBe(200);
    const s = sub.json();
    expect(s.state).toBe('submitted');
    expect(s.conflict).toEqual({
      level: 'none',
      status: 'none',
      score: null,
      withDealId: null,
      withOpportunityId: null,
    });
    expect(Date.parse(s.review.dueAt) - Date.parse(s.submittedAt)).toBe(48 * 3_600_000);
    expect(s.submissionSeq).toBeGreaterThan(0);

    const r = (await api(p1, 'GET', `/api/v1/deals/${d.id}/receipt`)).json();
    expect(r).toMatchObject({
      dealId: d.id,
      partnerId: a.partners[0],
      submissionSeq: s.submissionSeq,
      algorithm: 'Ed25519',
    });
    const claims = {
      dealId: r.dealId,
      partnerId: r.partnerId,
      submittedAt: r.submittedAt,
      submissionSeq: r.submissionSeq,
      contentSha256: r.contentSha256,
    };
    expect(verifyReceipt(r.publicKey, claims, r.signature)).toBe(true);
    expect(verifyReceipt(r.publicKey, { ...claims, submissionSeq: r.submissionSeq + 1 }, r.signature)).toBe(
      false,
    );
    expect(r.content).toMatchObject({ title: d.title, notes: 'Budget confirmed' });

    const again = await api(p1, 'POST', `/api/v1/deals/${d.id}/submit`);
    expect(again.statusCode).toBe(409);
    const del = await api(p1, 'DELETE', `/api/v1/deals/${d.id}`);
    expect(del.statusCode).toBe(409);

    // Milestone: the partner's first registration.
    const { rows } = await t.admin.query('select first_deal_registered_at from partners where id = $1', [
      idToUuid(a.partners[0]),
    ]);
    expect(rows[0].first_deal_registered_at).not.toBeNull();
  });

  it('lets staff register on a partner’s behalf, and asks staff which partner', async () => {
    const missing = await api(staff, 'POST', '/api/v1/deals', deal({ name: 'Helios Solar AG' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('partnerId');
    const ok = await api(staff, 'POST', '/api/v1/deals', {
      ...deal({ name: 'Helios Solar AG' }),
      partnerId: a.partners[1],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ partnerId: a.partners[1], onBehalf: true, state: 'draft' });
    // A partner naming another partner: as if it did not exist.
    const foreign = await api(p1, 'POST', '/api/v1/deals', {
      ...deal({ name: 'Helios Solar AG' }),
      partnerId: a.partners[1],
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses bad input with the field named', async () => {
    const bad = await api(
      p1,
      'POST',
      '/api/v1/deals',
      deal({ name: 'X', website: 'not a website', country: 'XX' }, { currency: 'EURO' }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['currency', 'customer.country', 'customer.website']);
  });
});

describe('conflict detection', () => {
  it('flags a second partner’s registration of the same customer (other spelling, www. subdomain) with evidence the partner never sees', async () => {
    const first = await register(
      p1,
      deal({ name: 'Acme Robotics GmbH', website: 'https://acme-robotics.de', country: 'DE' }),
    );
    expect(first.conflict.level).toBe('none');
    const second = await register(
      p2,
      deal({ name: 'ACME Robotik', website: 'www.acme-robotics.de/kontakt', country: 'DE' }),
    );
    expect(second.state).toBe('submitted');
    // The partner learns that a conflict exists — not with whom.
    expect(second.conflict).toEqual({
      level: 'conflict',
      status: 'open',
      score: null,
      withDealId: null,
      withOpportunityId: null,
    });
    expect(JSON.stringify(second)).not.toContain(first.id);
    expect((await api(p2, 'GET', `/api/v1/deals/${first.id}`)).statusCode).toBe(404);
    expect((await api(p2, 'GET', `/api/v1/deals/${second.id}/conflicts`)).statusCode).toBe(403);

    // Staff see the evidence side by side.
    const staffView = (await api(staff, 'GET', `/api/v1/deals/${second.id}`)).json();
    expect(staffView.conflict).toMatchObject({ level: 'conflict', status: 'open', withDealId: first.id });
    const ev = (await api(staff, 'GET', `/api/v1/deals/${second.id}/conflicts`)).json();
    expect(ev.candidates[0]).toMatchObject({
      kind: 'deal',
      level: 'conflict',
      primary: true,
      other: { id: first.id, partnerId: a.partners[0] },
    });
    const signals = ev.candidates[0].evidence.map((e: { signal: string }) => e.signal);
    expect(signals).toEqual(expect.arrayContaining(['name', 'domain', 'country']));
    expect(ev.candidates[0].evidence.find((e: { signal: string }) => e.signal === 'domain').detail).toContain(
      'acme-robotics.de',
    );
    const queue = (await api(staff, 'GET', '/api/v1/deal-conflicts')).json();
    expect(queue.data.map((q: { deal: { id: string } }) => q.deal.id)).toContain(second.id);
    // Each queued registration with the evidence of its latest submission, side by side.
    const queued = queue.data.find((q: { deal: { id: string } }) => q.deal.id === second.id);
    expect(queued.deal).toMatchObject({ id: second.id, state: 'submitted' });
    expect(queued.candidates).toEqual(ev.candidates);

    // Direct approval is refused while the conflict is open; the conflict queue decides.
    expect(
      (await api(staff, 'POST', `/api/v1/deals/${second.id}/decision`, { decision: 'approve' })).statusCode,
    ).toBe(409);
    const kept = await api(staff, 'POST', `/api/v1/deals/${second.id}/conflict-resolution`, {
      resolution: 'keep_existing',
      reason: 'Registered first by another partner.',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({
      state: 'rejected',
      conflict: { status: 'resolved' },
      decision: { reason: 'Registered first by another partner.' },
    });
    const mine = (await api(p2, 'GET', `/api/v1/deals/${second.id}`)).json();
    expect(mine).toMatchObject({
      state: 'rejected',
      decision: { reason: 'Registered first by another partner.' },
    });
    const mail = await t.admin.query(
      `select count(*)::int as n from mails where template = 'deal_update' and data->>'kind' = 'rejected'`,
    );
    expect(mail.rows[0].n).toBeGreaterThan(0);
  });

  it('does not confuse different companies that share a word (Delta Air Lines / Delta Dental)', async () => {
    await register(p1, deal({ name: 'Delta Air Lines, Inc.', website: 'delta.com', country: 'US' }));
    const other = await register(
      p2,
      deal({ name: 'Delta Dental of California', website: 'deltadentalins.com', country: 'US' }),
    );
    expect(other.conflict.level).toBe('none');
  });

  it('gives the vendor pipeline precedence and can attach the approved registration to it', async () => {
    const ws = idToUuid(a.workspaceId);
    const oppUuid = idToUuid('vop_01jq3v3z8xf5sbk9m2n7r4t6wd');
    await t.admin.query(
      `insert into vendor_opportunities (workspace_id, id, name, customer_name, customer_name_norm, customer_name_key, customer_domain, customer_country)
       values ($1, $2, 'Direct: Kestrel', 'Kestrel Analytics Ltd', 'kestrel analytics', 'analytics kestrel', 'kestrel-analytics.co.uk', 'GB')`,
      [ws, oppUuid],
    );
    const d = await register(
      p1,
      deal({
        name: 'Kestrel Analytics Limited',
        website: 'https://shop.kestrel-analytics.co.uk',
        country: 'GB',
      }),
    );
    expect(d.conflict).toMatchObject({ level: 'conflict', status: 'open' });
    const staffView = (await api(staff, 'GET', `/api/v1/deals/${d.id}`)).json();
    expect(staffView.conflict.withOpportunityId).toBe('vop_01jq3v3z8xf5sbk9m2n7r4t6wd');
    const res = await api(staff, 'POST', `/api/v1/deals/${d.id}/conflict-resolution`, {
      resolution: 'approve_this',
      reason: 'Partner brings the services.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'approved',
      vendorOpportunityId: 'vop_01jq3v3z8xf5sbk9m2n7r4t6wd',
    });
  });

  it('merges a conflicting registration into the earlier deal, its partner joining as influencer', async () => {
    const first = await register(
      p1,
      deal({ name: 'Borealis Foods Oy', website: 'borealisfoods.fi', country: 'FI' }),
    );
    const second = await register(
      p2,
      deal({ name: 'Borealis Foods', website: 'www.borealisfoods.fi', country: 'FI' }),
    );
    const res = await api(staff, 'POST', `/api/v1/deals/${second.id}/conflict-resolution`, {
      resolution: 'merge',
      reason: 'Joint pursuit.',
      mergeRole: 'influenced',
      mergeShareBps: 2000,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'merged', mergedIntoDealId: first.id });
    // Partner 2 now sees the first deal as a participant — only its own participation.
    const seen = await api(p2, 'GET', `/api/v1/deals/${first.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().myParticipation).toEqual({ role: 'influenced', shareBps: 2000 });
    // …and nothing of the registering partner's side: not who it is, its notes or its receipt.
    expect(seen.json()).toMatchObject({
      partnerId: null,
      partnerName: '',
      notes: '',
      registeredBy: '',
      contentSha256: null,
    });
    expect((await api(p2, 'GET', `/api/v1/deals/${first.id}/receipt`)).statusCode).toBe(404);
  });

  it('splits a conflict by product line: both approved, each for its own lines', async () => {
    const lineA = (
      await api(staff, 'POST', '/api/v1/product-lines', { name: 'Networking', code: 'NETX' })
    ).json();
    const lineB = (
      await api(staff, 'POST', '/api/v1/product-lines', { name: 'Security', code: 'SECX' })
    ).json();
    const prodA = (
      await api(staff, 'POST', '/api/v1/products', {
        productLineId: lineA.id,
        name: 'Switch',
        sku: 'SW-1',
        listPrices: { EUR: 100000 },
      })
    ).json();
    const prodB = (
      await api(staff, 'POST', '/api/v1/products', {
        productLineId: lineB.id,
        name: 'Firewall',
        sku: 'FW-1',
        listPrices: { EUR: 200000 },
      })
    ).json();
    expect(prodA.id, JSON.stringify(prodA)).toMatch(/^prd_/);
    const items = [
      { productId: prodA.id, quantity: 2 },
      { productId: prodB.id, quantity: 1 },
    ];
    const first = await register(
      p1,
      deal(
        { name: 'Cobalt Mining S.A.', website: 'cobalt-mining.cl', country: 'CL' },
        { lineItems: items, amountMinor: undefined },
      ),
    );
    expect(first.amountMinor).toBe(400000);
    const second = await register(
      p2,
      deal(
        { name: 'Cobalt Mining SA', website: 'cobalt-mining.cl', country: 'CL' },
        { lineItems: items, amountMinor: undefined },
      ),
    );
    expect(second.conflict.level).toBe('conflict');
    const res = await api(staff, 'POST', `/api/v1/deals/${second.id}/conflict-resolution`, {
      resolution: 'split',
      reason: 'Networking stays with the first partner.',
      split: { thisProductLineIds: [lineB.id], otherProductLineIds: [lineA.id] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'approved', productLineIds: [lineB.id], amountMinor: 200000 });
    const other = (await api(staff, 'GET', `/api/v1/deals/${first.id}`)).json();
    expect(other).toMatchObject({ state: 'approved', productLineIds: [lineA.id], amountMinor: 200000 });
  });
});

describe('review decisions', () => {
  it('approves with protection, and rejects or returns only with a reason the partner reads', async () => {
    const d = await register(
      p1,
      deal({ name: 'Tern Shipping Pte Ltd', website: 'ternshipping.sg', country: 'SG' }),
    );
    const noReason = await api(staff, 'POST', `/api/v1/deals/${d.id}/decision`, { decision: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    const ret = await api(staff, 'POST', `/api/v1/deals/${d.id}/decision`, {
      decision: 'return',
      reason: 'Add the contact.',
    });
    expect(ret.json()).toMatchObject({ state: 'returned', decision: { reason: 'Add the contact.' } });
    const fix = await api(p1, 'PATCH', `/api/v1/deals/${d.id}`, {
      contact: { name: 'Li Wei', email: 'li.wei@ternshipping.sg' },
    });
    expect(fix.statusCode, fix.body).toBe(200);
    expect((await api(p1, 'POST', `/api/v1/deals/${d.id}/submit`)).json().state).toBe('submitted');
    const appr = await api(owner, 'POST', `/api/v1/deals/${d.id}/decision`, {
      decision: 'approve',
      reason: 'Qualified.',
    });
    expect(appr.statusCode, appr.body).toBe(200);
    const ap = appr.json();
    expect(ap.state).toBe('approved');
    expect(Date.parse(ap.protectionEndsAt) - Date.parse(ap.approvedAt)).toBe(90 * 86_400_000);
    const partnerCannot = await api(p1, 'POST', `/api/v1/deals/${d.id}/decision`, {
      decision: 'reject',
      reason: 'x',
    });
    expect(partnerCannot.statusCode).toBe(403);
  });

  it('auto-approves a low-risk registration when the program allows it, and says why', async () => {
    const prog = await t.admin.query(
      `insert into programs (workspace_id, id, name, slug, deal_rules) values ($1, gen_random_uuid(), 'Auto', 'auto-${Date.now()}', $2) returning id`,
      [
        idToUuid(a.workspaceId),
        JSON.stringify({ autoApproval: { enabled: true, maxAmountMinor: 10_000_000, currency: 'EUR' } }),
      ],
    );
    await t.admin.query('update partners set program_id = $1 where id = $2', [
      prog.rows[0].id,
      idToUuid(a.partners[0]),
    ]);
    try {
      const small = await register(
        p1,
        deal({ name: 'Quokka Retail Pty Ltd', website: 'quokkaretail.com.au', country: 'AU' }),
      );
      expect(small.state).toBe('approved');
      expect(small.decision.reason).toContain('Auto-approved');
      const big = await register(
        p1,
        deal(
          { name: 'Wombat Mining Pty Ltd', website: 'wombatmining.com.au', country: 'AU' },
          { amountMinor: 50_000_000 },
        ),
      );
      expect(big.state).toBe('submitted');
    } finally {
      await t.admin.query('update partners set program_id = null where id = $1', [idToUuid(a.partners[0])]);
    }
  });
});

describe('word lookup (deal_match_terms)', () => {
  it('finds a misspelt customer among many names sharing its other word', async () => {
    const w = await createTenant(t.pools, 'freq');
    const k1 = w.partnerKey;
    const k2 = await createKey(t.pools, w.workspaceId, w.partners[1], [...rolePermissions.partner_admin]);
    // Sixty earlier customers share the word "transporte" (indexed by the trigger as they are
    // inserted): the lookup must still reach the one customer by its misspelt rare word.
    for (let i = 0; i < 60; i++) {
      await t.admin.query(
        `insert into deals (workspace_id, id, partner_id, state, title, customer_name, customer_name_norm, customer_name_key,
           customer_name_rare, currency, registered_by, submission_seq, created_at)
         values ($1, gen_random_uuid(), $2, 'approved', 'x', $3, $4, $5, $4, 'EUR', 'seed', nextval('deal_submission_seq'), now())`,
        [
          idToUuid(w.workspaceId),
          idToUuid(w.partners[0]),
          `Zq${i}brand Transporte`,
          `zq${i}brand transporte`,
          `transporte zq${i}brand`,
        ],
      );
    }
    const { rows } = await t.admin.query(
      `select count(*)::int as n from deal_match_terms where workspace_id = $1 and term = 'transporte'`,
      [idToUuid(w.workspaceId)],
    );
    expect(rows[0].n).toBe(60);
    await register(k1, deal({ name: 'Dortorzo Transporte S.A.', country: 'AR' }));
    const second = await register(k2, deal({ name: 'Dortorso Transporte', country: 'AR' }));
    expect(second.conflict.level).toBe('conflict');
  });

  it.each([
    ['a transposed letter', 'Harborview Dental Partners LLC', 'Harborveiw Dental Partners'],
    ['words run together', 'Maple Star Robotics Inc.', 'Maplestar Robotics'],
    ['a dropped letter in a short name', "L'Oréal S.A.", 'L OREAL'],
  ])('reaches a registration written with %s', async (_case, first, second) => {
    const w = await createTenant(t.pools, 'spell');
    const k2 = await createKey(t.pools, w.workspaceId, w.partners[1], [...rolePermissions.partner_admin]);
    await register(w.partnerKey, deal({ name: first, country: 'US' }));
    const res = await register(k2, deal({ name: second, country: 'US' }));
    expect(res.conflict.level).not.toBe('none');
  });
});
