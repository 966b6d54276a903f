import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  PASSWORD,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { runBackgroundWork } from '../../platform/jobs/runner.js';
import { settle } from './outcome.js';
import { APPLICATIONS_PER_DOMAIN_PER_HOUR, VERIFICATION_TTL_MS } from './public.js';
import { purgeUnverifiedApplications, UNVERIFIED_RETENTION_MS } from './purge.js';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: Session;
let wsSlug: string;
let ipCounter = 0;
/** A fresh client address per call, so the per-IP limit only bites where a test wants it to. */
const nextIp = () => `10.20.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

const programs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'apl');
  b = await createTenant(t.pools, 'aplb');
  owner = await login(t.app, a.users.owner.email);
  wsSlug = (await t.admin.query('select slug from workspaces where id = $1', [idToUuid(a.workspaceId)]))
    .rows[0].slug;
  const make = async (slug: string, vetting: object, extra: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/programs',
      headers: authHeaders(owner),
      payload: { name: `Program ${slug}`, slug, vetting, ...extra },
    });
    expect(res.statusCode, res.body).toBe(201);
    programs[slug] = res.json().id;
  };
  await make('open', { restrictedCountries: ['KP', 'IR'] }, { partnerTypes: ['var', 'msp'] });
  await make('strict', { requiredFields: ['phone'] });
  await make('closed', {}, { applicationOpen: false });
});
afterAll(() => t.close());

let seq = 0;
/** A made-up word per applicant: duplicate detection must not see two applicants as one company. */
const word = () =>
  Array.from(randomBytes(8), (x) => 'bcdfghjklmnpqrstvwxz'[x % 20]!)
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

function applicant(overrides: Record<string, unknown> = {}) {
  const n = ++seq;
  return {
    workspace: wsSlug,
    program: 'open',
    companyName: `${word()} Systems`,
    website: `https://applicant${n}.example`,
    country: 'DE',
    partnerTypes: ['var'],
    contactName: `Ada ${n}`,
    email: `ada@applicant${n}.example`,
    password: 'a long applicant password',
    locale: 'en',
    ...overrides,
  };
}

const apply = (payload: object, ip = nextIp()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/public/applications', payload, remoteAddress: ip });

async function verificationToken(email: string): Promise<string> {
  const { rows } = await t.admin.query(
    `select text from mails where to_address = $1 and template = 'application_verify' order by created_at desc, id desc limit 1`,
    [email],
  );
  const m = /\/apply\/verify#token=([A-Za-z0-9_-]+)/.exec(rows[0]?.text ?? '');
  if (!m) throw new Error(`no verification mail for ${email}`);
  return m[1]!;
}

const verify = (token: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/public/applications/verify',
    payload: { token },
    remoteAddress: nextIp(),
  });

async function applyAndVerify(payload: ReturnType<typeof applicant>) {
  const res = await apply(payload);
  expect(res.statusCode, res.body).toBe(202);
  const v = await verify(await verificationToken(payload.email));
  expect(v.statusCode, v.body).toBe(200);
  return v.json();
}

const partnerStatus = async (partnerUuidOrId: string) =>
  (
    await t.admin.query('select status from partners where id = $1', [
      partnerUuidOrId.startsWith('ptr_') ? idToUuid(partnerUuidOrId) : partnerUuidOrId,
    ])
  ).rows[0]?.status;

const applicationRow = async (id: string) =>
  (await t.admin.query('select * from applications where id = $1', [idToUuid(id)])).rows[0];

const staff = (method: 'GET' | 'POST', url: string, payload?: object, who: Session | string = owner) =>
  t.app.inject({ method, url, headers: authHeaders(who), ...(payload ? { payload } : {}) });

describe('public application form', () => {
  it('describes the form of an open program, and 404s an unknown one', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/application-form?workspace=${wsSlug}&program=strict`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      program: { name: 'Program strict', applicationOpen: true },
      requiredFields: ['phone'],
      honeypotField: 'faxNumber',
    });
    expect(res.json().partnerTypes).toHaveLength(10);
    const open = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/application-form?workspace=${wsSlug}&program=open`,
    });
    expect(open.json().partnerTypes).toEqual(['var', 'msp']);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/application-form?workspace=${wsSlug}&program=nope`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('stores a pending application and mails a verification link; it does not count yet', async () => {
    const p = applicant();
    const res = await apply(p);
    expect(res.statusCode).toBe(202);
    const row = (await t.admin.query('select * from applications where email = $1', [p.email])).rows[0];
    expect(row.status).toBe('pending_verification');
    expect(row.partner_id).toBeNull();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const token = await verificationToken(p.email);
    expect(row.verification_token_hash).not.toContain(token);
    // Staff see it, but no partner exists and nothing was submitted (no event).
    const { rows: events } = await t.admin.query(
      `select type from events where type = 'application.submitted' and data->>'id' is not null`,
    );
    expect(events).toHaveLength(0);
  });

  it('answers a filled honeypot exactly like a real application, but stores and sends nothing', async () => {
    const p = { ...applicant(), faxNumber: '+1 555 0100' };
    const bot = await apply(p);
    const human = await apply(applicant());
    expect(bot.statusCode).toBe(202);
    expect(bot.json()).toEqual(human.json());
    expect((await t.admin.query('select 1 from applications where email = $1', [p.email])).rowCount).toBe(0);
    expect((await t.admin.query('select 1 from mails where to_address = $1', [p.email])).rowCount).toBe(0);
  });

  it('limits applications per IP address', async () => {
    const ip = '10.99.0.1';
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await apply(applicant(), ip)).statusCode);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('limits applications per e-mail registrable domain, whatever the address and IP', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= APPLICATIONS_PER_DOMAIN_PER_HOUR; i++) {
      const res = await apply(
        applicant({ email: `person${i}@sales.flood.example`, website: 'https://flood.example' }),
      );
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, -1).every((c) => c === 202)).toBe(true);
    const last = await apply(applicant({ email: 'someone@other.flood.example' }));
    expect(last.statusCode).toBe(429);
    expect(last.json().detail).toContain('flood.example');
    // A new hour, a new allowance.
    t.clock.advance(3600_000);
    expect((await apply(applicant({ email: 'later@flood.example' }))).statusCode).toBe(202);
  });

  it('refuses a closed program and a partner type the program does not take, naming the field', async () => {
    expect((await apply(applicant({ program: 'closed' }))).statusCode).toBe(409);
    const wrong = await apply(applicant({ partnerTypes: ['isv'] }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('partnerTypes');
    const bad = await apply(applicant({ country: 'XX' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('country');
  });
});

describe('verification', () => {
  it('creates the organisation and its admin user, vets, approves, and the admin can sign in', async () => {
    const p = applicant({ legalName: 'Applicant Legal GmbH', operatingCountries: ['AT', 'CH'] });
    const outcome = await applyAndVerify(p);
    expect(outcome).toMatchObject({ outcome: 'approved', reason: null, companyName: p.companyName });
    const app = await applicationRow(outcome.applicationId);
    expect(app.status).toBe('approved');
    expect(app.decision).toBe('approve');
    expect(app.password_hash).toBeNull();
    expect(app.reasons.map((r: { rule: string }) => r.rule)).toEqual(
      expect.arrayContaining(['required_fields', 'restricted_country']),
    );
    const partner = (await t.admin.query('select * from partners where id = $1', [app.partner_id])).rows[0];
    expect(partner).toMatchObject({
      name: p.companyName,
      legal_name: 'Applicant Legal GmbH',
      country: 'DE',
      status: 'onboarding',
      program_id: idToUuid(programs.open!),
      domains: [`applicant${seq}.example`],
    });
    const { rows: moves } = await t.admin.query(
      'select from_state, to_state from partner_transitions where partner_id = $1 order by at, id',
      [app.partner_id],
    );
    expect(moves.map((m) => `${m.from_state}→${m.to_state}`)).toEqual(
      expect.arrayContaining(['prospect→applied', 'applied→vetting', 'vetting→onboarding']),
    );
    const { rows: events } = await t.admin.query(
      `select type from events where data->>'id' = $1 order by occurred_at, id`,
      [outcome.applicationId],
    );
    expect(events.map((e) => e.type)).toEqual(['application.submitted', 'application.decided']);
    // The admin user signs in with the password from the form, as a partner_admin of the new org.
    const session = await login(t.app, p.email, p.password);
    const me = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeaders(session) })
    ).json();
    expect(me.membership ?? me.memberships?.[0]).toBeTruthy();
    const mine = await staff('GET', `/api/v1/applications/${outcome.applicationId}`, undefined, session);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ status: 'approved', reasons: [], decision: null });
    const approvedMail = await t.admin.query(
      `select 1 from mails where to_address = $1 and template = 'application_decided'`,
      [p.email],
    );
    expect(approvedMail.rowCount).toBe(1);
  });

  it('spends the link once and refuses it after it expired', async () => {
    const p = applicant();
    await apply(p);
    const token = await verificationToken(p.email);
    expect((await verify(token)).statusCode).toBe(200);
    const again = await verify(token);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('invalid_token');

    const late = applicant();
    await apply(late);
    const lateToken = await verificationToken(late.email);
    t.clock.advance(49 * 3600_000);
    expect((await verify(lateToken)).statusCode).toBe(401);
    expect(
      (await t.admin.query('select status from applications where email = $1', [late.email])).rows[0].status,
    ).toBe('pending_verification');
  });

  it('attaches an existing account without ever changing its password (no account takeover)', async () => {
    const victim = b.users.owner.email; // an account of another workspace
    const p = applicant({ email: victim, password: 'attacker chosen password', website: null });
    const outcome = await applyAndVerify(p);
    expect(['approved', 'in_review']).toContain(outcome.outcome);
    await expect(login(t.app, victim, 'attacker chosen password')).rejects.toThrow(/401/);
    const session = await login(t.app, victim, PASSWORD);
    expect(session.cookie).toBeTruthy();
    const { rows } = await t.admin.query(
      `select m.role from memberships m join users u on u.id = m.user_id where lower(u.email) = $1 order by m.created_at`,
      [victim],
    );
    expect(rows.map((r) => r.role)).toEqual(['owner', 'partner_admin']);
  });

  it('refuses (without spending the link) an e-mail that is already a user of this workspace', async () => {
    const p = applicant({ email: a.users.viewer.email });
    await apply(p);
    const token = await verificationToken(p.email);
    const res = await verify(token);
    expect(res.statusCode).toBe(409);
    expect(
      (await t.admin.query('select status from applications where email = $1', [p.email])).rows[0].status,
    ).toBe('pending_verification');
  });

  it('rejects a restricted-country applicant with the reason, offboards it and tells it by e-mail', async () => {
    const p = applicant({ country: 'KP' });
    const outcome = await applyAndVerify(p);
    expect(outcome.outcome).toBe('rejected');
    expect(outcome.reason).toContain('KP');
    const app = await applicationRow(outcome.applicationId);
    expect(await partnerStatus(app.partner_id)).toBe('offboarded');
    const { rows } = await t.admin.query(
      'select reason from partner_transitions where partner_id = $1 and to_state = $2',
      [app.partner_id, 'offboarded'],
    );
    expect(rows[0].reason).toMatch(/^Application rejected: .*KP/);
    const mail = await t.admin.query(
      `select text from mails where to_address = $1 and template = 'application_decided'`,
      [p.email],
    );
    expect(mail.rows[0].text).toContain('KP');
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/applications/status?token=${encodeURIComponent(outcome.statusToken)}`,
    });
    expect(status.json()).toMatchObject({ outcome: 'rejected', canRespond: false });
  });
});

describe('manual review queue', () => {
  let queued: { applicationId: string; statusToken: string };
  let email: string;

  it('a review finding keeps the partner in vetting and tells the applicant only "in review"', async () => {
    const p = applicant({ program: 'strict' });
    email = p.email;
    queued = await applyAndVerify(p);
    expect(queued).toMatchObject({ outcome: 'in_review', reason: null });
    const app = await applicationRow(queued.applicationId);
    expect(app.status).toBe('submitted');
    expect(app.decision).toBe('manual_review');
    expect(await partnerStatus(app.partner_id)).toBe('vetting');
  });

  it('a duplicate finding goes to review without telling the applicant what matched', async () => {
    // The fixture's first partner: "Partner apl1", DE.
    const outcome = await applyAndVerify(applicant({ companyName: 'Partner apl1', country: 'DE' }));
    expect(outcome).toMatchObject({ outcome: 'in_review', reason: null });
    expect(JSON.stringify(outcome)).not.toContain(a.partners[0]);
    const detail = await staff('GET', `/api/v1/applications/${outcome.applicationId}`);
    const duplicate = detail.json().reasons.find((r: { rule: string }) => r.rule === 'duplicate');
    expect(duplicate.outcome).toBe('review');
    expect(JSON.stringify(duplicate.details)).toContain(a.partners[0]);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/applications/status?token=${encodeURIComponent(outcome.statusToken)}`,
    });
    expect(status.json()).toMatchObject({ outcome: 'in_review', reason: null });
    expect(status.body).not.toContain(a.partners[0]);
  });

  it('lists the queue with filters and search, exports CSV, and shows every reason on the detail', async () => {
    const list = await staff(
      'GET',
      `/api/v1/applications?filter%5Bstatus%5D=submitted&filter%5BprogramId%5D=${programs.strict}`,
    );
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data.map((d: { id: string }) => d.id)).toEqual([queued.applicationId]);
    const search = await staff('GET', `/api/v1/applications?q=${encodeURIComponent(email)}`);
    expect(search.json().data).toHaveLength(1);
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications?filter%5Bdecision%5D=manual_review',
      headers: { ...authHeaders(owner), accept: 'text/csv' },
    });
    expect(csv.body.split('\n')[0]).toBe(
      'id,companyName,country,email,status,decision,programId,partnerId,createdAt',
    );
    expect(csv.body).toContain(queued.applicationId);
    const detail = await staff('GET', `/api/v1/applications/${queued.applicationId}`);
    expect(detail.json().reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'required_fields',
          outcome: 'review',
          details: { missing: ['phone'] },
        }),
      ]),
    );
  });

  it('vendor staff without applications.review and other partners cannot read it', async () => {
    const viewer = await login(t.app, a.users.viewer.email);
    expect((await staff('GET', '/api/v1/applications', undefined, viewer)).statusCode).toBe(403);
    const partner = await login(t.app, a.users.partner_admin.email);
    expect(
      (await staff('GET', `/api/v1/applications/${queued.applicationId}`, undefined, partner)).statusCode,
    ).toBe(404);
    const theirs = await staff('GET', '/api/v1/applications', undefined, partner);
    expect(theirs.json().data).toEqual([]);
    const decide = await staff(
      'POST',
      `/api/v1/applications/${queued.applicationId}/decision`,
      { decision: 'approve', reason: 'x' },
      partner,
    );
    expect(decide.statusCode).toBe(403);
  });

  it('request_info e-mails the reason; the applicant answers with the missing field and it is back in the queue', async () => {
    const res = await staff('POST', `/api/v1/applications/${queued.applicationId}/decision`, {
      decision: 'request_info',
      reason: 'Please give us a phone number.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('info_requested');
    const mail = await t.admin.query(
      `select text from mails where to_address = $1 and template = 'application_info_requested'`,
      [email],
    );
    expect(mail.rows[0].text).toContain('Please give us a phone number.');
    const link = /\/apply\/status#token=(\S+)/.exec(mail.rows[0].text)![1]!;
    expect(decodeURIComponent(link)).toBe(queued.statusToken);
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/applications/status?token=${link}`,
    });
    expect(status.json()).toMatchObject({
      outcome: 'info_requested',
      reason: 'Please give us a phone number.',
      canRespond: true,
    });
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/applications/respond',
      payload: { token: queued.statusToken, message: 'Here it is.', facts: { phone: '+49 30 1234567' } },
      remoteAddress: nextIp(),
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ outcome: 'in_review', canRespond: false });
    const app = await applicationRow(queued.applicationId);
    expect(app.reasons.filter((r: { outcome: string }) => r.outcome !== 'pass')).toEqual([]);
    expect(app).toMatchObject({ status: 'submitted', decision: 'approve' });
    expect(app.facts.phone).toBe('+49 30 1234567');
    expect(app.history.map((h: { action: string }) => h.action)).toEqual([
      'verified',
      'vetted',
      'request_info',
      'responded',
    ]);
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/applications/respond',
      payload: { token: queued.statusToken, message: 'Again' },
      remoteAddress: nextIp(),
    });
    expect(twice.statusCode).toBe(409);
  });

  it('approve moves the partner to onboarding and tells the applicant; a second decision is refused', async () => {
    const res = await staff('POST', `/api/v1/applications/${queued.applicationId}/decision`, {
      decision: 'approve',
      reason: 'Welcome aboard.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const app = await applicationRow(queued.applicationId);
    expect(await partnerStatus(app.partner_id)).toBe('onboarding');
    const again = await staff('POST', `/api/v1/applications/${queued.applicationId}/decision`, {
      decision: 'reject',
      reason: 'Changed my mind.',
    });
    expect(again.statusCode).toBe(409);
  });

  it('reject offboards the partner with the reviewer’s reason, which the applicant sees', async () => {
    const outcome = await applyAndVerify(applicant({ program: 'strict' }));
    const missingReason = await staff('POST', `/api/v1/applications/${outcome.applicationId}/decision`, {
      decision: 'reject',
      reason: '',
    });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json().errors[0].field).toBe('reason');
    const res = await staff('POST', `/api/v1/applications/${outcome.applicationId}/decision`, {
      decision: 'reject',
      reason: 'We already have enough partners in your region.',
    });
    expect(res.statusCode).toBe(200);
    const app = await applicationRow(outcome.applicationId);
    expect(await partnerStatus(app.partner_id)).toBe('offboarded');
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/applications/status?token=${encodeURIComponent(outcome.statusToken)}`,
    });
    expect(status.json()).toMatchObject({
      outcome: 'rejected',
      reason: 'We already have enough partners in your region.',
    });
  });

  it('a status token for another application or a forged one is refused', async () => {
    const forged = `${queued.applicationId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/applications/status?token=${encodeURIComponent(forged)}`,
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('embedding and languages', () => {
  it('serves the embed script for other sites', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/embed/apply.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body).toContain("'/apply/'");
    expect(res.body).toContain('symbio:apply:height');
  });

  it('mails the confirmation in the language the applicant used', async () => {
    const p = applicant({ locale: 'de' });
    await apply(p);
    const { rows } = await t.admin.query(
      `select subject, locale from mails where to_address = $1 and template = 'application_verify'`,
      [p.email],
    );
    expect(rows[0]).toMatchObject({
      locale: 'de',
      subject: 'Bestätigen Sie Ihre Bewerbung für Program open',
    });
  });
});

describe('retention', () => {
  it('deletes never-confirmed applications a week after their link expired, with an audit entry', async () => {
    const p = applicant();
    await apply(p);
    const id = uuidToId(
      'application',
      (await t.admin.query('select id from applications where email = $1', [p.email])).rows[0].id,
    );
    t.clock.advance(VERIFICATION_TTL_MS + UNVERIFIED_RETENTION_MS - 60_000);
    await purgeUnverifiedApplications(t.deps); // older tests' leftovers go; this one is not due yet
    expect((await t.admin.query('select 1 from applications where email = $1', [p.email])).rowCount).toBe(1);
    t.clock.advance(120_000);
    await runBackgroundWork(t.deps);
    expect((await t.admin.query('select 1 from applications where email = $1', [p.email])).rowCount).toBe(0);
    const audit = await staff('GET', `/api/v1/audit-events?filter%5BobjectId%5D=${id}`);
    expect(audit.json().data.map((e: { action: string }) => e.action)).toEqual([
      'application.purged',
      'application.created',
    ]);
    // Confirmed ones stay, whatever their age.
    expect(
      (
        await t.admin.query(
          `select count(*)::int as n from applications where status <> 'pending_verification'`,
        )
      ).rows[0].n,
    ).toBeGreaterThan(0);
  });
});

describe('applicant-safe outcomes', () => {
  const settings = { autoApprove: true } as never;
  void settings;
  it('never turns a screening or duplicate finding into a rejection the applicant reads', () => {
    const screening = {
      rule: 'screening' as const,
      outcome: 'reject' as const,
      message: 'Matches “ACME TRADING” on the Entity List (score 0.97).',
    };
    expect(settle('reject', [screening])).toEqual({ status: 'submitted', applicantReason: null });
    const country = {
      rule: 'restricted_country' as const,
      outcome: 'reject' as const,
      message: 'Headquarters country KP is restricted for this program.',
    };
    // Mixed: a visible and a hidden rejection → a person decides and words it.
    expect(settle('reject', [country, screening]).status).toBe('submitted');
    expect(settle('reject', [country])).toEqual({ status: 'rejected', applicantReason: country.message });
    expect(settle('manual_review', [{ ...screening, outcome: 'review' }])).toEqual({
      status: 'submitted',
      applicantReason: null,
    });
  });
});
