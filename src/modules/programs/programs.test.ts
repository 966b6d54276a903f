import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid } from '../../platform/ids/index.js';

let t: TestApp;
let a: Tenant;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'prg');
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

describe('programs API', () => {
  it('creates a program with vetting defaults, reads it with an ETag and updates with If-Match', async () => {
    const res = await api(owner, 'POST', '/api/v1/programs', {
      name: 'Reseller program',
      slug: 'resellers',
      partnerTypes: ['var'],
      vetting: { restrictedCountries: ['kp'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.id).toMatch(/^prg_/);
    expect(p.vetting).toMatchObject({
      restrictedCountries: ['KP'],
      requiredFields: [],
      autoApprove: true,
      screening: { enabled: true },
    });
    expect(res.headers.etag).toBe('"1"');

    const upd = await api(
      owner,
      'PATCH',
      `/api/v1/programs/${p.id}`,
      { applicationOpen: false, vetting: { requiredFields: ['phone'] } },
      { 'if-match': '"1"' },
    );
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({
      applicationOpen: false,
      vetting: { requiredFields: ['phone'], restrictedCountries: [] },
    });
    const stale = await api(
      owner,
      'PATCH',
      `/api/v1/programs/${p.id}`,
      { name: 'Lost' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
  });

  it('refuses a taken or malformed slug and bad vetting settings, naming the field', async () => {
    const taken = await api(owner, 'POST', '/api/v1/programs', { name: 'Again', slug: 'resellers' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('slug');
    const bad = await api(owner, 'POST', '/api/v1/programs', { name: 'Bad', slug: 'Not a slug' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('slug');
    const vetting = await api(owner, 'POST', '/api/v1/programs', {
      name: 'Bad vetting',
      slug: 'bad-vetting',
      vetting: { restrictedCountries: ['XX'] },
    });
    expect(vetting.statusCode).toBe(400);
    expect(vetting.json().errors[0].field).toContain('vetting.restrictedCountries');
  });

  it('a partner user reads only the program its organisation joined, and changes none', async () => {
    const programs = (await api(owner, 'GET', '/api/v1/programs')).json().data as {
      id: string;
      slug: string;
    }[];
    const resellers = programs.find((p) => p.slug === 'resellers')!;
    const partner = await login(t.app, a.users.partner_admin.email);
    expect((await api(partner, 'GET', '/api/v1/programs')).json().data).toEqual([]);
    expect((await api(partner, 'GET', `/api/v1/programs/${resellers.id}`)).statusCode).toBe(404);
    await t.admin.query('update partners set program_id = $1 where id = $2', [
      idToUuid(resellers.id),
      idToUuid(a.partners[0]),
    ]);
    const list = await api(partner, 'GET', '/api/v1/programs');
    expect(list.json().data.map((p: { slug: string }) => p.slug)).toEqual(['resellers']);
    expect((await api(partner, 'GET', `/api/v1/programs/${resellers.id}`)).statusCode).toBe(200);
    const other = await login(t.app, a.otherPartnerAdmin.email);
    expect((await api(other, 'GET', `/api/v1/programs/${resellers.id}`)).statusCode).toBe(404);
    const create = await api(partner, 'POST', '/api/v1/programs', { name: 'Mine', slug: 'mine' });
    expect(create.statusCode).toBe(403);
  });

  it('deletes an unused program with its audit entry', async () => {
    const p = (
      await api(owner, 'POST', '/api/v1/programs', { name: 'Short-lived', slug: 'short-lived' })
    ).json();
    const del = await api(owner, 'DELETE', `/api/v1/programs/${p.id}`);
    expect(del.statusCode).toBe(204);
    expect((await api(owner, 'GET', `/api/v1/programs/${p.id}`)).statusCode).toBe(404);
    const audit = await api(owner, 'GET', `/api/v1/audit-events?filter%5BobjectId%5D=${p.id}`);
    expect(audit.json().data.map((e: { action: string }) => e.action)).toEqual([
      'program.deleted',
      'program.created',
    ]);
  });
});
