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
let owner: Session;
let partnerAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'dir');
  owner = await login(t.app, a.users.owner.email);
  partnerAdmin = await login(t.app, a.users.partner_admin.email);
});
afterAll(() => t.close());

type Json = Record<string, unknown>;
const call = (
  who: Session | string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) =>
  t.app.inject({
    method,
    url,
    headers: authHeaders(who),
    ...(payload ? { payload: payload as object } : {}),
  });
const create = async (payload: Json) => {
  const res = await call(owner, 'POST', '/api/v1/partners', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Json & { id: string };
};
const list = async (qs: string) => {
  const res = await call(owner, 'GET', `/api/v1/partners?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { data: (Json & { id: string; name: string })[]; nextCursor: string | null };
};
const names = async (qs: string) => (await list(qs)).data.map((p) => p.name);

describe('directory attributes', () => {
  let nord: Json & { id: string };
  beforeAll(async () => {
    for (const [key, type, extra] of [
      ['crm_id', 'text', { partnerEditable: true }],
      ['employees', 'number', {}],
      ['founded', 'date', {}],
      ['segment', 'select', { options: ['smb', 'enterprise'] }],
    ] as const) {
      const res = await call(owner, 'POST', '/api/v1/custom-fields', { key, label: key, type, ...extra });
      expect(res.statusCode, res.body).toBe(201);
    }
    nord = await create({
      name: 'Nordlicht Systems',
      legalName: 'Nordlicht Systems GmbH',
      types: ['si', 'var'],
      country: 'de',
      website: 'https://www.nordlicht.co.uk/en',
      domains: ['shop.nordlicht-systems.de', 'nordlicht.co.uk'],
      operatingCountries: ['DE', 'at', 'CH'],
      regions: ['DACH'],
      industries: ['Manufacturing', 'Automotive'],
      competencies: [
        { name: 'Kubernetes', level: 'expert' },
        { name: 'SAP', level: 'basic' },
      ],
      languages: ['de', 'EN', 'pt-br'],
      tags: ['strategic'],
      ownerUserId: a.users.channel_manager.userId,
      customFields: { crm_id: 'A-17', employees: 250, founded: '2004-05-01', segment: 'enterprise' },
    });
    await create({
      name: 'Kite Data K.K.',
      types: ['isv'],
      country: 'JP',
      website: 'https://kite.example',
      status: 'prospect',
      languages: ['ja'],
      tags: ['strategic', 'apac'],
      competencies: [{ name: 'kubernetes', level: 'basic' }],
      customFields: { employees: 40, segment: 'smb' },
    });
    await create({
      name: 'Andes Cloud',
      types: ['msp'],
      operatingCountries: ['PE', 'CL'],
      regions: ['LATAM'],
      industries: ['Mining'],
    });
  });

  it('stores every attribute, derives registrable domains and canonical codes', () => {
    expect(nord).toMatchObject({
      legalName: 'Nordlicht Systems GmbH',
      country: 'DE',
      status: 'active',
      domains: ['nordlicht.co.uk', 'nordlicht-systems.de'],
      operatingCountries: ['DE', 'AT', 'CH'],
      languages: ['de', 'en', 'pt-BR'],
      ownerUserId: a.users.channel_manager.userId,
      customFields: { crm_id: 'A-17', employees: 250, founded: '2004-05-01', segment: 'enterprise' },
    });
  });

  it('keeps the listed domains and replaces the website’s when only the website changes', async () => {
    const res = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, {
      website: 'https://nordlicht.example',
    });
    expect(res.json().domains).toEqual(['nordlicht.example', 'nordlicht-systems.de']);
    const bad = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, { domains: ['localhost'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('domains.0');
  });

  it('refuses an owner who is not vendor staff and an unknown language', async () => {
    const res = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, {
      ownerUserId: a.users.partner_admin.userId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('ownerUserId');
    const lang = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, { languages: ['xx-!!'] });
    expect(lang.statusCode).toBe(400);
    expect(lang.json().errors[0].field).toBe('languages.0');
  });

  it('creates only in prospect or active', async () => {
    const res = await call(owner, 'POST', '/api/v1/partners', {
      name: 'X',
      types: ['si'],
      status: 'onboarding',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('status');
  });

  it('validates custom field values by type and names customFields.<key>', async () => {
    const cases: [Json, string][] = [
      [{ employees: 'many' }, 'customFields.employees'],
      [{ founded: '2004-02-30' }, 'customFields.founded'],
      [{ segment: 'huge' }, 'customFields.segment'],
      [{ crm_id: 17 }, 'customFields.crm_id'],
      [{ nope: 'x' }, 'customFields.nope'],
    ];
    for (const [customFields, field] of cases) {
      const res = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, { customFields });
      expect(res.statusCode, JSON.stringify(customFields)).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const ok = await call(owner, 'PATCH', `/api/v1/partners/${nord.id}`, {
      customFields: { employees: 300, founded: null },
    });
    expect(ok.json().customFields).toEqual({ crm_id: 'A-17', employees: 300, segment: 'enterprise' });
    // The tiers engine reads numbers straight from the column.
    const { rows } = await t.admin.query(
      `select (custom_fields->>'employees')::numeric as n from partners where name = 'Nordlicht Systems'`,
    );
    expect(Number(rows[0].n)).toBe(300);
  });

  it('filters on every attribute', async () => {
    expect(await names('filter[country]=DE&sort=name')).toEqual([
      'Nordlicht Systems',
      'Partner dir1',
      'Partner dir2',
    ]);
    expect(await names('filter[operatingCountry]=cl')).toEqual(['Andes Cloud']);
    expect(await names('filter[region]=dach')).toEqual(['Nordlicht Systems']);
    expect(await names('filter[industry]=mining')).toEqual(['Andes Cloud']);
    expect(await names('filter[competency]=KUBERNETES&sort=name')).toEqual([
      'Kite Data K.K.',
      'Nordlicht Systems',
    ]);
    expect(await names('filter[competency]=kubernetes&filter[competencyLevel]=advanced')).toEqual([
      'Nordlicht Systems',
    ]);
    expect(await names('filter[language]=pt')).toEqual(['Nordlicht Systems']);
    expect(await names('filter[language]=ja')).toEqual(['Kite Data K.K.']);
    expect(await names('filter[tag]=strategic&sort=name')).toEqual(['Kite Data K.K.', 'Nordlicht Systems']);
    expect(await names('filter[status]=prospect')).toEqual(['Kite Data K.K.']);
    expect(await names('filter[type]=msp')).toEqual(['Andes Cloud']);
    expect(await names(`filter[owner]=${a.users.channel_manager.userId}`)).toEqual(['Nordlicht Systems']);
    expect(await names('filter[domain]=www.nordlicht-systems.de')).toEqual(['Nordlicht Systems']);
    expect(await names('filter[custom]=segment:smb')).toEqual(['Kite Data K.K.']);
    expect(await names('filter[custom]=employees:300')).toEqual(['Nordlicht Systems']);
    const unknown = await call(owner, 'GET', '/api/v1/partners?filter[custom]=nope:1');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('filter[custom]');
    const badLevel = await call(owner, 'GET', '/api/v1/partners?filter[competencyLevel]=expert');
    expect(badLevel.json().errors[0].field).toBe('filter[competencyLevel]');
  });

  it('searches display name, legal name and domains as substrings', async () => {
    expect(await names('q=GMBH')).toEqual(['Nordlicht Systems']);
    expect(await names('q=ite%20da')).toEqual(['Kite Data K.K.']);
    expect(await names('q=nordlicht-sys')).toEqual(['Nordlicht Systems']);
    expect(await names('q=100%25')).toEqual([]);
  });

  it('sorts by every sort field and pages through partners without a country', async () => {
    const byCountry = await names('sort=country');
    expect(byCountry.slice(0, 1)).toEqual(['Andes Cloud']);
    expect(byCountry.at(-1)).toBe('Kite Data K.K.');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`sort=-country&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(byCountry.length);
    expect(seen[0]).toBe('Kite Data K.K.');
    expect(seen.at(-1)).toBe('Andes Cloud');
    const byStatus = await list('sort=status');
    expect(byStatus.data[0]!.status).toBe('active');
    expect(byStatus.data.at(-1)!.status).toBe('prospect');
    const kite = (await list('filter[language]=ja')).data[0]!;
    for (const [id, expected] of [
      [kite.id, ['Kite Data K.K.', 'Nordlicht Systems']],
      [nord.id, ['Nordlicht Systems', 'Kite Data K.K.']],
    ] as const) {
      t.clock.advance(60_000);
      await call(owner, 'PATCH', `/api/v1/partners/${id}`, { industries: ['Retail'] });
      expect(await names('filter[tag]=strategic&sort=-updated_at')).toEqual(expected);
    }
  });

  it('exports the new columns as CSV', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/partners?filter[region]=DACH',
      headers: { ...authHeaders(owner), accept: 'text/csv' },
    });
    expect(res.statusCode).toBe(200);
    const [header, row] = res.body.trim().split('\n');
    expect(header).toContain('legalName,types,status,country,operatingCountries');
    expect(row).toContain('Kubernetes:expert;SAP:basic');
    expect(row).toContain('DE;AT;CH');
    expect(row).toContain('""employees"":300');
  });
});

describe('partner-editable fields', () => {
  const own = () => `/api/v1/partners/${a.partners[0]}`;

  it('lets a partner user edit the default fields and refuses the rest naming them', async () => {
    const ok = await call(partnerAdmin, 'PATCH', own(), { name: 'Partner dir1 AG', languages: ['de'] });
    expect(ok.statusCode, ok.body).toBe(200);
    const res = await call(partnerAdmin, 'PATCH', own(), {
      legalName: 'X',
      industries: ['Retail'],
      name: 'Y',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().fields).toEqual(['legalName', 'industries']);
    expect(res.json().detail).toContain('legalName, industries');
    const tags = await call(partnerAdmin, 'PATCH', own(), { tags: ['vip'] });
    expect(tags.statusCode).toBe(403);
    expect(tags.json().fields).toEqual(['tags']);
  });

  it('follows the workspace settings and the custom field flag', async () => {
    const denied = await call(partnerAdmin, 'PATCH', '/api/v1/directory-settings', {
      partnerEditableFields: ['name'],
    });
    expect(denied.statusCode).toBe(403);
    const set = await call(owner, 'PATCH', '/api/v1/directory-settings', {
      partnerEditableFields: ['industries', 'contacts'],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().partnerEditableFields).toEqual(['industries', 'contacts']);
    expect((await call(partnerAdmin, 'PATCH', own(), { industries: ['Retail'] })).statusCode).toBe(200);
    expect((await call(partnerAdmin, 'PATCH', own(), { name: 'Z' })).json().fields).toEqual(['name']);
    // crm_id is partner-editable, employees is not.
    expect((await call(partnerAdmin, 'PATCH', own(), { customFields: { crm_id: 'P-1' } })).statusCode).toBe(
      200,
    );
    const cf = await call(partnerAdmin, 'PATCH', own(), { customFields: { employees: 5 } });
    expect(cf.statusCode).toBe(403);
    expect(cf.json().fields).toEqual(['customFields.employees']);
    const settings = await call(partnerAdmin, 'GET', '/api/v1/directory-settings');
    expect(settings.json().partnerEditableFields).toEqual(['industries', 'contacts']);
  });

  it('contacts: CRUD by staff and by the partner when contacts are open, walled per partner', async () => {
    const c = await call(partnerAdmin, 'POST', `${own()}/contacts`, {
      name: 'Jana',
      email: 'jana@x.example',
      role: 'billing',
    });
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    const upd = await call(owner, 'PATCH', `${own()}/contacts/${id}`, {
      phone: '+49 30 1234567',
      title: 'CFO',
    });
    expect(upd.json()).toMatchObject({
      name: 'Jana',
      phone: '+49 30 1234567',
      title: 'CFO',
      role: 'billing',
    });
    const badPhone = await call(owner, 'PATCH', `${own()}/contacts/${id}`, { phone: 'call me' });
    expect(badPhone.json().errors[0].field).toBe('phone');
    const other = await login(t.app, a.otherPartnerAdmin.email);
    expect((await call(other, 'GET', `${own()}/contacts`)).statusCode).toBe(404);
    expect(
      (await call(other, 'PATCH', `/api/v1/partners/${a.partners[1]}/contacts/${id}`, { name: 'x' }))
        .statusCode,
    ).toBe(404);
    const listed = await call(owner, 'GET', `${own()}/contacts`);
    expect(listed.json().data.map((x: Json) => x.id)).toEqual([id]);
    await call(owner, 'PATCH', '/api/v1/directory-settings', { partnerEditableFields: ['name'] });
    const locked = await call(partnerAdmin, 'DELETE', `${own()}/contacts/${id}`);
    expect(locked.statusCode).toBe(403);
    expect(locked.json().fields).toEqual(['contacts']);
    expect((await call(owner, 'DELETE', `${own()}/contacts/${id}`)).statusCode).toBe(204);
  });
});

describe('custom field definitions', () => {
  it('refuses duplicate keys, select without options; deleting strips the values', async () => {
    const dup = await call(owner, 'POST', '/api/v1/custom-fields', {
      key: 'crm_id',
      label: 'x',
      type: 'text',
    });
    expect(dup.statusCode).toBe(409);
    const sel = await call(owner, 'POST', '/api/v1/custom-fields', {
      key: 'tier_hint',
      label: 'x',
      type: 'select',
    });
    expect(sel.json().errors[0].field).toBe('options');
    const viewer = await login(t.app, a.users.viewer.email);
    expect(
      (await call(viewer, 'POST', '/api/v1/custom-fields', { key: 'v', label: 'v', type: 'text' }))
        .statusCode,
    ).toBe(403);
    const defs = (await call(viewer, 'GET', '/api/v1/custom-fields')).json().data as {
      id: string;
      key: string;
    }[];
    const founded = defs.find((d) => d.key === 'segment')!;
    expect((await call(owner, 'DELETE', `/api/v1/custom-fields/${founded.id}`)).statusCode).toBe(204);
    const { rows } = await t.admin.query(
      `select count(*)::int as n from partners where custom_fields ? 'segment'`,
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('saved views', () => {
  it('saves, lists (own + shared), updates and deletes; validates the query', async () => {
    const admin = await login(t.app, a.users.admin.email);
    const mine = await call(owner, 'POST', '/api/v1/partner-views', {
      name: 'German',
      query: 'filter[country]=DE&sort=name',
    });
    expect(mine.statusCode, mine.body).toBe(201);
    await call(owner, 'POST', '/api/v1/partner-views', {
      name: 'Shared APAC',
      query: 'filter[tag]=apac',
      shared: true,
    });
    const bad = await call(owner, 'POST', '/api/v1/partner-views', {
      name: 'Bad',
      query: 'filter[country]=XX',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query');
    const seenByAdmin = (await call(admin, 'GET', '/api/v1/partner-views')).json().data as Json[];
    expect(seenByAdmin.map((v) => v.name)).toEqual(['Shared APAC']);
    expect(seenByAdmin[0]!.mine).toBe(false);
    const id = mine.json().id;
    expect((await call(admin, 'PATCH', `/api/v1/partner-views/${id}`, { name: 'x' })).statusCode).toBe(404);
    const shared = seenByAdmin[0]!.id;
    expect((await call(admin, 'DELETE', `/api/v1/partner-views/${shared}`)).statusCode).toBe(403);
    const renamed = await call(owner, 'PATCH', `/api/v1/partner-views/${id}`, { name: 'DE by name' });
    expect(renamed.json()).toMatchObject({
      name: 'DE by name',
      mine: true,
      query: 'filter%5Bcountry%5D=DE&sort=name',
    });
    expect((await call(partnerAdmin, 'GET', '/api/v1/partner-views')).statusCode).toBe(403);
    expect((await call(owner, 'DELETE', `/api/v1/partner-views/${id}`)).statusCode).toBe(204);
  });
});

describe('bulk actions', () => {
  it('tags, sets the owner and transitions per partner, reporting each failure with its problem', async () => {
    const p1 = await create({ name: 'Bulk One', types: ['si'] });
    const p2 = await create({ name: 'Bulk Two', types: ['si'], status: 'prospect' });
    const tag = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p1.id, p2.id],
      action: 'addTags',
      tags: ['wave-1', 'emea'],
    });
    expect(tag.statusCode, tag.body).toBe(200);
    expect(tag.json()).toMatchObject({ succeeded: 2, failed: 0 });
    expect(await names('filter[tag]=wave-1&sort=name')).toEqual(['Bulk One', 'Bulk Two']);
    await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p2.id],
      action: 'removeTags',
      tags: ['emea'],
    });
    expect(await names('filter[tag]=emea')).toEqual(['Bulk One']);
    const own = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p1.id, p2.id],
      action: 'setOwner',
      ownerUserId: a.users.sales.userId,
    });
    expect(
      own.json().results.every((r: Json) => (r.partner as Json).ownerUserId === a.users.sales.userId),
    ).toBe(true);

    // p1 is active (at_risk allowed), p2 a prospect (at_risk not allowed): one moves, one is reported.
    const move = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p1.id, p2.id],
      action: 'transition',
      to: 'at_risk',
      reason: 'Quiet quarter',
    });
    expect(move.statusCode).toBe(200);
    const body = move.json();
    expect(body).toMatchObject({ succeeded: 1, failed: 1 });
    expect(body.results[0]).toMatchObject({ partnerId: p1.id, ok: true, partner: { status: 'at_risk' } });
    expect(body.results[1]).toMatchObject({
      partnerId: p2.id,
      ok: false,
      error: {
        status: 409,
        code: 'invalid_transition',
        from: 'prospect',
        to: 'at_risk',
        allowed: ['applied', 'onboarding', 'offboarded'],
      },
    });
    // The failed partner left no audit entry or transition behind; the moved one has both.
    const { rows } = await t.admin.query(
      `select (select count(*)::int from partner_transitions where reason = 'Quiet quarter') as transitions,
              (select count(*)::int from audit_events where action = 'partner.state_changed' and after->>'reason' = 'Quiet quarter') as audits`,
    );
    expect(rows[0]).toEqual({ transitions: 1, audits: 1 });
  });

  it('refuses unknown ids, missing arguments, partner actors and viewers', async () => {
    const p = await create({ name: 'Bulk Three', types: ['si'] });
    const unknown = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p.id, 'ptr_01h2xcejqtf2nbrexx3vqjhp41'],
      action: 'addTags',
      tags: ['x'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('partnerIds.1');
    const noTags = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p.id],
      action: 'addTags',
    });
    expect(noTags.json().errors[0].field).toBe('tags');
    const noReason = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: [p.id],
      action: 'transition',
      to: 'inactive',
    });
    expect(noReason.json().errors[0].field).toBe('reason');
    const tooMany = await call(owner, 'POST', '/api/v1/partners/bulk', {
      partnerIds: Array.from({ length: 501 }, () => p.id),
      action: 'addTags',
      tags: ['x'],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(
      (
        await call(partnerAdmin, 'POST', '/api/v1/partners/bulk', {
          partnerIds: [a.partners[0]],
          action: 'addTags',
          tags: ['x'],
        })
      ).statusCode,
    ).toBe(403);
    const sales = await login(t.app, a.users.sales.email);
    expect(
      (
        await call(sales, 'POST', '/api/v1/partners/bulk', {
          partnerIds: [p.id],
          action: 'addTags',
          tags: ['x'],
        })
      ).statusCode,
    ).toBe(403);
  });
});
