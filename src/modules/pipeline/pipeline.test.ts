import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: Session;
let partner: Session;
let lineNet: { id: string };
let lineSec: { id: string };

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const api = (
  who: Session | string,
  method: Method,
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
const csvImport = (who: Session | string, url: string, csv: string) => {
  // Imports are rate limited per principal: each one starts a fresh minute on the test clock.
  t.clock.advance(61_000);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...authHeaders(who), 'content-type': 'text/csv' },
    payload: csv,
  });
};

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'pip');
  b = await createTenant(t.pools, 'pipb');
  owner = await login(t.app, a.users.owner.email);
  partner = await login(t.app, a.users.partner_admin.email);
  lineNet = (await api(owner, 'POST', '/api/v1/product-lines', { name: 'Network', code: 'NET' })).json();
  lineSec = (await api(owner, 'POST', '/api/v1/product-lines', { name: 'Security', code: 'SEC' })).json();
});
afterAll(() => t.close());

describe('accounts API', () => {
  it('creates with normalised name and registrable domain, updates with If-Match, refuses a taken externalRef', async () => {
    const res = await api(owner, 'POST', '/api/v1/accounts', {
      name: 'ACME Robotics GmbH',
      externalRef: 'A-1',
      website: 'shop.acme-robotics.co.uk/en',
      country: 'gb',
    });
    expect(res.statusCode, res.body).toBe(201);
    const acc = res.json();
    expect(acc).toMatchObject({
      id: expect.stringMatching(/^acct_/),
      nameNorm: 'acme robotics',
      website: 'https://shop.acme-robotics.co.uk/en',
      domain: 'acme-robotics.co.uk',
      country: 'GB',
      strategic: false,
    });
    const dup = await api(owner, 'POST', '/api/v1/accounts', { name: 'Other', externalRef: 'A-1' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('externalRef');

    const upd = await api(
      owner,
      'PATCH',
      `/api/v1/accounts/${acc.id}`,
      { name: 'Acme Robots Ltd', website: null },
      { 'if-match': '"1"' },
    );
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ nameNorm: 'acme robots', domain: null, website: null, version: 2 });
    const stale = await api(
      owner,
      'PATCH',
      `/api/v1/accounts/${acc.id}`,
      { name: 'x' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
  });

  it('names every bad field', async () => {
    const res = await api(owner, 'POST', '/api/v1/accounts', {
      name: ' ',
      website: 'not a site',
      country: 'XX',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['country', 'name', 'website']);
  });

  it('lists with filters, search, sort, pagination and CSV', async () => {
    for (const [name, country, strategic] of [
      ['Listco Alpha', 'DE', true],
      ['Listco Beta', 'FR', false],
      ['Listco Gamma', 'DE', false],
    ] as const)
      expect((await api(owner, 'POST', '/api/v1/accounts', { name, country, strategic })).statusCode).toBe(
        201,
      );
    const de = await api(owner, 'GET', '/api/v1/accounts?q=listco&filter[country]=de&sort=-name');
    expect(de.statusCode, de.body).toBe(200);
    expect(de.json().data.map((x: { name: string }) => x.name)).toEqual(['Listco Gamma', 'Listco Alpha']);
    const strategic = await api(owner, 'GET', '/api/v1/accounts?q=listco&filter[strategic]=true');
    expect(strategic.json().data.map((x: { name: string }) => x.name)).toEqual(['Listco Alpha']);
    const p1 = await api(owner, 'GET', '/api/v1/accounts?q=listco&limit=2');
    const p2 = await api(owner, 'GET', `/api/v1/accounts?q=listco&limit=2&cursor=${p1.json().nextCursor}`);
    expect([...p1.json().data, ...p2.json().data].map((x: { name: string }) => x.name)).toEqual([
      'Listco Alpha',
      'Listco Beta',
      'Listco Gamma',
    ]);
    const csv = await api(owner, 'GET', '/api/v1/accounts?q=listco', undefined, { accept: 'text/csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('externalRef,name,website');
    expect(csv.body).toContain('Listco Beta');
  });
});

describe('vendor opportunities API', () => {
  it('creates with keys for conflict detection, validates references, filters', async () => {
    const acc = (await api(owner, 'POST', '/api/v1/accounts', { name: 'Opp Account' })).json();
    const res = await api(owner, 'POST', '/api/v1/vendor-opportunities', {
      name: 'Big refresh',
      customerName: 'Société Générale S.A.',
      customerWebsite: 'www.societegenerale.fr',
      customerCountry: 'fr',
      amountMinor: 1250000,
      currency: 'eur',
      accountId: acc.id,
      productLineIds: [lineNet.id, lineSec.id],
      expectedCloseDate: '2027-03-31',
      externalRef: 'O-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    const opp = res.json();
    expect(opp).toMatchObject({
      customerDomain: 'societegenerale.fr',
      customerCountry: 'FR',
      currency: 'EUR',
      status: 'open',
      stage: 'prospecting',
      productLineIds: [lineNet.id, lineSec.id],
    });
    expect(opp.customerNameNorm).toBe('societe generale');
    const [row] = (
      await t.admin.query('select customer_name_key from vendor_opportunities where external_ref = $1', [
        'O-1',
      ])
    ).rows;
    expect(row.customer_name_key).toBe('generale societe');

    const bad = await api(owner, 'POST', '/api/v1/vendor-opportunities', {
      name: 'x',
      customerName: 'y',
      currency: 'XYZ',
      amountMinor: 1.5,
      status: 'maybe',
      expectedCloseDate: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['amountMinor', 'currency', 'expectedCloseDate', 'status']);
    const badLine = await api(owner, 'POST', '/api/v1/vendor-opportunities', {
      name: 'x',
      customerName: 'y',
      productLineIds: ['pln_01h455vb4pex5vsknk084sn02q'],
    });
    expect(badLine.statusCode).toBe(400);
    expect(badLine.json().errors[0].field).toBe('productLineIds.0');
    const dup = await api(owner, 'POST', '/api/v1/vendor-opportunities', {
      name: 'x',
      customerName: 'y',
      externalRef: 'O-1',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('externalRef');

    const bySec = await api(
      owner,
      'GET',
      `/api/v1/vendor-opportunities?filter[productLineId]=${lineSec.id}&filter[status]=open`,
    );
    expect(bySec.json().data.map((o: { id: string }) => o.id)).toEqual([opp.id]);
    const byClose = await api(owner, 'GET', '/api/v1/vendor-opportunities?filter[closeFrom]=2027-04-01');
    expect(byClose.json().data.map((o: { id: string }) => o.id)).not.toContain(opp.id);
    const byAccount = await api(owner, 'GET', `/api/v1/vendor-opportunities?filter[accountId]=${acc.id}`);
    expect(byAccount.json().data).toHaveLength(1);

    const won = await api(owner, 'PATCH', `/api/v1/vendor-opportunities/${opp.id}`, {
      status: 'won',
      customerName: 'Acme Inc.',
    });
    expect(won.json()).toMatchObject({
      status: 'won',
      customerNameNorm: 'acme',
      customerDomain: 'societegenerale.fr',
    });

    const csv = await api(
      owner,
      'GET',
      `/api/v1/vendor-opportunities?filter[accountId]=${acc.id}`,
      undefined,
      { accept: 'text/csv' },
    );
    expect(csv.body).toContain(`${lineNet.id};${lineSec.id}`);

    expect((await api(owner, 'DELETE', `/api/v1/accounts/${acc.id}`)).statusCode).toBe(204);
    expect((await api(owner, 'GET', `/api/v1/vendor-opportunities/${opp.id}`)).json().accountId).toBeNull();
  });
});

describe('partner isolation', () => {
  it('partners can neither read nor write the vendor pipeline', async () => {
    const acc = (await api(owner, 'POST', '/api/v1/accounts', { name: 'Secret Account' })).json();
    const opp = (
      await api(owner, 'POST', '/api/v1/vendor-opportunities', { name: 'Secret', customerName: 'Secret Co' })
    ).json();
    for (const who of [partner, a.partnerKey]) {
      expect((await api(who, 'GET', '/api/v1/accounts')).statusCode).toBe(403);
      expect((await api(who, 'GET', '/api/v1/vendor-opportunities')).statusCode).toBe(403);
      expect((await api(who, 'GET', `/api/v1/accounts/${acc.id}`)).statusCode).toBe(404);
      expect((await api(who, 'GET', `/api/v1/vendor-opportunities/${opp.id}`)).statusCode).toBe(404);
      expect((await api(who, 'POST', '/api/v1/accounts', { name: 'x' })).statusCode).toBe(403);
      expect(
        (await api(who, 'PATCH', `/api/v1/vendor-opportunities/${opp.id}`, { name: 'x' })).statusCode,
      ).toBe(403);
      const imp = await csvImport(who, '/api/v1/vendor-opportunities/import', 'name,customerName\nx,y\n');
      expect(imp.statusCode).toBe(403);
    }
    // Another workspace's full-scope key sees nothing either.
    expect((await api(b.workspaceKey, 'GET', `/api/v1/accounts/${acc.id}`)).statusCode).toBe(404);
    expect((await api(b.workspaceKey, 'GET', '/api/v1/vendor-opportunities?q=secret')).json().data).toEqual(
      [],
    );
  });
});

describe('CSV import', () => {
  const header =
    'externalRef,name,customerName,customerWebsite,customerCountry,amount,currency,stage,status,expectedCloseDate,productLineCodes,accountExternalRef,ownerName';

  it('imports accounts, upserts on externalRef, keeps dry runs unwritten', async () => {
    const csv = [
      'externalRef,name,website,country,strategic',
      'IA-1,Import One AG,importone.de,de,yes',
      'IA-2,Import Two,,,',
      '',
    ].join('\n');
    const dry = await csvImport(owner, '/api/v1/accounts/import?dryRun=true', csv);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, total: 2, created: 2, updated: 0, failed: 0 });
    expect((await api(owner, 'GET', '/api/v1/accounts?q=import')).json().data).toEqual([]);

    const res = await csvImport(owner, '/api/v1/accounts/import', csv);
    expect(res.json()).toMatchObject({ dryRun: false, created: 2, updated: 0 });
    const again = await csvImport(
      owner,
      '/api/v1/accounts/import',
      'externalRef,name\nIA-1,Import One Renamed GmbH\n',
    );
    expect(again.json()).toMatchObject({ created: 0, updated: 1, rows: [{ line: 2, action: 'update' }] });
    const list = (await api(owner, 'GET', '/api/v1/accounts?q=import&sort=name')).json().data;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      externalRef: 'IA-1',
      name: 'Import One Renamed GmbH',
      nameNorm: 'import one renamed',
      strategic: true, // not in the second file: kept
      website: null,
      version: 2,
    });
  });

  it('imports opportunities: amounts by the currency’s digits, codes, accounts; bad rows named by line and column', async () => {
    await api(owner, 'POST', '/api/v1/accounts', { name: 'Linked', externalRef: 'ACC-LINK' });
    const csv = [
      header,
      'VO-1,Refresh,Acme GmbH,acme.de,DE,12500.50,EUR,proposal,open,2027-03-31,NET;sec,ACC-LINK,Kim',
      'VO-2,Yen deal,Nippon KK,,jp,150000,JPY,,,,,,',
      'VO-3,Bad,Broken Co,not a site,XX,12.345,EUR,,maybe,2027-13-01,NOPE,NO-SUCH,',
      'VO-1,Twice,Dup Co,,,,,,,,,,',
      ',,No name,,,,,,,,,,',
    ].join('\r\n');
    const dry = await csvImport(owner, '/api/v1/vendor-opportunities/import?dryRun=true', csv);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ dryRun: true, total: 5, created: 2, updated: 0, failed: 3 });
    expect(
      report.errors
        .filter((e: { line: number }) => e.line === 4)
        .map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual([
      'accountExternalRef',
      'amount',
      'customerCountry',
      'customerWebsite',
      'expectedCloseDate',
      'productLineCodes',
      'status',
    ]);
    expect(report.errors).toContainEqual({
      line: 5,
      field: 'externalRef',
      message: 'appears again (first on line 2)',
    });
    expect(report.errors).toContainEqual({ line: 6, field: 'name', message: 'is required' });
    expect((await api(owner, 'GET', '/api/v1/vendor-opportunities?q=VO-1')).json().data).toEqual([]);

    const res = await csvImport(owner, '/api/v1/vendor-opportunities/import', csv);
    expect(res.json()).toMatchObject({ dryRun: false, created: 2, failed: 3 });
    const [vo1] = (await api(owner, 'GET', '/api/v1/vendor-opportunities?q=VO-1')).json().data;
    expect(vo1).toMatchObject({
      amountMinor: 1250050,
      currency: 'EUR',
      customerDomain: 'acme.de',
      customerNameNorm: 'acme',
      productLineIds: [lineNet.id, lineSec.id],
      accountId: expect.stringMatching(/^acct_/),
      ownerName: 'Kim',
      expectedCloseDate: '2027-03-31',
    });
    const [vo2] = (await api(owner, 'GET', '/api/v1/vendor-opportunities?q=VO-2')).json().data;
    expect(vo2).toMatchObject({
      amountMinor: 150000,
      currency: 'JPY',
      customerCountry: 'JP',
      status: 'open',
    });

    const upd = await csvImport(
      owner,
      '/api/v1/vendor-opportunities/import',
      `${header}\nVO-2,Yen deal,Nippon KK,,JP,1,JPY,commit,won,,,,\n`,
    );
    expect(upd.json()).toMatchObject({ created: 0, updated: 1 });
    expect((await api(owner, 'GET', `/api/v1/vendor-opportunities/${vo2.id}`)).json()).toMatchObject({
      status: 'won',
      stage: 'commit',
      amountMinor: 1,
      version: 2,
    });
  });

  it('refuses files it cannot use as a whole (400/415) and reports unreadable rows', async () => {
    const unknown = await csvImport(
      owner,
      '/api/v1/vendor-opportunities/import',
      'name,customerName,colour\nx,y,red\n',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('colour');
    const missing = await csvImport(owner, '/api/v1/vendor-opportunities/import', 'name\nx\n');
    expect(missing.statusCode).toBe(400);
    expect((await csvImport(owner, '/api/v1/accounts/import', '')).statusCode).toBe(400);
    const json = await api(owner, 'POST', '/api/v1/accounts/import', { name: 'x' });
    expect(json.statusCode).toBe(415);
    const quote = await csvImport(
      owner,
      '/api/v1/accounts/import',
      'name,country\nGood One,DE\n"Broken,DE\n',
    );
    expect(quote.statusCode, quote.body).toBe(200);
    expect(quote.json().failed + quote.json().created).toBeGreaterThanOrEqual(1);
  });

  it('never answers 5xx to arbitrary CSV text (property)', async () => {
    const cellArb = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '',
        'EUR',
        'JPY',
        'de',
        'open',
        '1.5',
        '-3',
        '2027-01-01',
        'NET;SEC',
        '"',
        '\n',
        'x'.repeat(300),
      ),
    );
    const headerArb = fc.shuffledSubarray(
      [
        'externalRef',
        'name',
        'customerName',
        'customerWebsite',
        'customerCountry',
        'amount',
        'currency',
        'stage',
        'status',
        'expectedCloseDate',
        'productLineCodes',
        'accountExternalRef',
        'ownerName',
      ],
      { minLength: 0 },
    );
    const fileArb = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc
        .tuple(headerArb, fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 6 }))
        .map(([h, rows]) => [h.join(','), ...rows.map((r) => r.join(','))].join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(fileArb, fc.boolean(), fc.boolean(), async (csv, dry, accountsToo) => {
        const url = accountsToo ? '/api/v1/accounts/import' : '/api/v1/vendor-opportunities/import';
        const res = await csvImport(owner, `${url}${dry ? '?dryRun=true' : ''}`, csv);
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 200) {
          const r = res.json();
          expect(r.created + r.updated + r.failed).toBe(r.total);
        }
      }),
      { numRuns: 120 },
    );
  });
});
