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

  it('stores rules of engagement (replaced as a whole, omitted fields default) and names bad fields', async () => {
    const res = await api(owner, 'POST', '/api/v1/programs', {
      name: 'Rules program',
      slug: 'rules',
      dealRules: {
        protectionDays: 120,
        extensions: { maxCount: 1 },
        review: { approverUserIds: [a.users.channel_manager.userId] },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.dealRules).toMatchObject({
      firstToRegister: true,
      protectionDays: 120,
      expiryWarningDays: [14, 3],
      extensions: { maxCount: 1, maxDays: 30, requireApproval: true },
      thresholds: { conflict: 0.85, possible: 0.6 },
      review: { slaHours: 48, reminderHours: 24, approverUserIds: [a.users.channel_manager.userId] },
    });
    // A program without stored rules reads the defaults.
    const plain = (await api(owner, 'POST', '/api/v1/programs', { name: 'Plain', slug: 'plain' })).json();
    expect(plain.dealRules.protectionDays).toBe(90);
    expect(plain.dealRules.autoApproval).toEqual({
      enabled: false,
      maxAmountMinor: null,
      currency: 'USD',
      tierIds: [],
    });

    // PATCH replaces the whole document: the protection days left out fall back to 90.
    const upd = await api(owner, 'PATCH', `/api/v1/programs/${p.id}`, {
      dealRules: { autoApproval: { enabled: true, maxAmountMinor: 500000, currency: 'EUR' } },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().dealRules).toMatchObject({
      protectionDays: 90,
      autoApproval: { enabled: true, maxAmountMinor: 500000, currency: 'EUR', tierIds: [] },
      review: { approverUserIds: [] },
    });
    const stored = await t.admin.query('select deal_rules from programs where id = $1', [idToUuid(p.id)]);
    expect(stored.rows[0].deal_rules.autoApproval.enabled).toBe(true);

    const thresholds = await api(owner, 'PATCH', `/api/v1/programs/${p.id}`, {
      dealRules: { thresholds: { conflict: 0.5, possible: 0.7 } },
    });
    expect(thresholds.statusCode).toBe(400);
    expect(thresholds.json().errors.map((e: { field: string }) => e.field)).toContain(
      'dealRules.thresholds.possible',
    );
    const days = await api(owner, 'POST', '/api/v1/programs', {
      name: 'Bad rules',
      slug: 'bad-rules',
      dealRules: { protectionDays: 0, unknownRule: true },
    });
    expect(days.statusCode).toBe(400);
    const fields = days.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('dealRules.protectionDays');
    // Approvers must be workspace users who may review deals.
    for (const approver of [a.users.sales.userId, a.users.partner_admin.userId, 'nobody']) {
      const bad = await api(owner, 'PATCH', `/api/v1/programs/${p.id}`, {
        dealRules: { review: { approverUserIds: [approver] } },
      });
      expect(bad.statusCode, approver).toBe(400);
      expect(bad.json().errors[0].field).toBe('dealRules.review.approverUserIds');
    }
  });

  it('a partner reads its own program’s rules of engagement without the approvers', async () => {
    const p = (
      await api(owner, 'POST', '/api/v1/programs', {
        name: 'Partner rules',
        slug: 'partner-rules',
        dealRules: { protectionDays: 60, review: { approverUserIds: [a.users.admin.userId] } },
      })
    ).json();
    await t.admin.query('update partners set program_id = $1 where id = $2', [
      idToUuid(p.id),
      idToUuid(a.partners[0]),
    ]);
    const partner = await login(t.app, a.users.partner_rep.email);
    const res = await api(partner, 'GET', `/api/v1/programs/${p.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dealRules).toMatchObject({ protectionDays: 60, review: { approverUserIds: [] } });
    const patch = await api(partner, 'PATCH', `/api/v1/programs/${p.id}`, { dealRules: {} });
    expect(patch.statusCode).toBe(403);
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
