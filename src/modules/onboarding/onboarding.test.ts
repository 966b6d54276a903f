import { createHash } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  authHeaders,
  createTenant,
  login,
  type Session,
  type Tenant,
} from '../../../test/support/fixtures.js';
import { withTenantTx } from '../../platform/access/context.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { runBackgroundWork } from '../../platform/jobs/runner.js';
import { completeCourseTask } from './checklist.js';

const IBAN = 'DE89370400440532013000';
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: Session;
let admin1: Session; // partner_admin of A1
let admin2: Session; // partner_admin of A2
let rep1: Session; // partner_rep of A1
let ownerB: Session;
let adminB: Session;
let programId: string;
const logLines: string[] = [];
const responses: string[] = [];

async function call(
  who: Session | string,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers = {},
) {
  const res = await t.app.inject({
    method,
    url,
    headers: { ...authHeaders(who), 'user-agent': 'vitest-agent/1.0', ...headers },
    ...(payload === undefined ? {} : Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }),
  });
  responses.push(res.body, JSON.stringify(res.headers));
  return res;
}

async function makeProgram(tenant: Tenant, slug: string): Promise<string> {
  const id = newId('program');
  await t.admin.query(`insert into programs (workspace_id, id, name, slug) values ($1, $2, $3, $4)`, [
    idToUuid(tenant.workspaceId),
    idToUuid(id),
    `Program ${slug}`,
    slug,
  ]);
  return id;
}

async function setPartner(partnerId: string, status: string, program: string | null, types = '{var}') {
  await t.admin.query(
    `update partners set status = $2, program_id = $3, types = $4::text[], applied_at = $5 where id = $1`,
    [idToUuid(partnerId), status, program && idToUuid(program), types, new Date('2026-11-10T09:00:00Z')],
  );
}

const base = (partnerId: string) => `/api/v1/partners/${partnerId}/onboarding`;

/** Sessions expire as the test clock moves weeks ahead: sign everyone in again. */
async function signInAll() {
  owner = await login(t.app, a.users.owner.email);
  admin1 = await login(t.app, a.users.partner_admin.email);
  rep1 = await login(t.app, a.users.partner_rep.email);
  admin2 = await login(t.app, a.otherPartnerAdmin.email);
  ownerB = await login(t.app, b.users.owner.email);
  adminB = await login(t.app, b.users.partner_admin.email);
}

beforeAll(async () => {
  t = await createTestApp({ logLevel: 'trace' }, { logStream: { write: (l: string) => logLines.push(l) } });
  a = await createTenant(t.pools, 'onb');
  b = await createTenant(t.pools, 'onbb');
  owner = await login(t.app, a.users.owner.email);
  admin1 = await login(t.app, a.users.partner_admin.email);
  rep1 = await login(t.app, a.users.partner_rep.email);
  admin2 = await login(t.app, a.otherPartnerAdmin.email);
  ownerB = await login(t.app, b.users.owner.email);
  adminB = await login(t.app, b.users.partner_admin.email);
  programId = await makeProgram(a, 'resellers');
  await setPartner(a.partners[0], 'prospect', programId);
  await setPartner(a.partners[1], 'prospect', programId, '{msp}');
});
afterAll(() => t.close());

let agreementId: string;
let v1: { id: string; sha256: string; body: string };
let agreementTaskId: string;
let signatureId: string;

describe('agreements', () => {
  it('publishes immutable versions: changed text makes a new one, identical text none', async () => {
    const body = '# Reseller agreement\n\n1. 再販業者は誠実に行動します。\n';
    const created = await call(owner, 'POST', `/api/v1/programs/${programId}/agreements`, {
      title: 'Reseller agreement',
      body,
    });
    expect(created.statusCode).toBe(201);
    const agreement = created.json();
    agreementId = agreement.id;
    expect(agreement.currentVersion.versionNumber).toBe(1);
    expect(agreement.currentVersion.sha256).toBe(sha(body));
    const version = await call(owner, 'GET', `/api/v1/agreement-versions/${agreement.currentVersion.id}`);
    expect(version.json().body).toBe(body);
    v1 = { id: agreement.currentVersion.id, sha256: agreement.currentVersion.sha256, body };

    const same = await call(owner, 'POST', `/api/v1/agreements/${agreementId}/versions`, { body });
    expect(same.statusCode).toBe(200);
    expect(same.json().id).toBe(v1.id);

    // Partner users reach agreement text only through their own tasks.
    for (const url of [
      `/api/v1/agreements/${agreementId}`,
      `/api/v1/agreement-versions/${v1.id}`,
      `/api/v1/programs/${programId}/agreements`,
    ]) {
      expect((await call(admin1, 'GET', url)).statusCode).toBe(404);
    }
    // Reading needs programs.read, publishing programs.manage.
    expect(
      (await call(admin1, 'POST', `/api/v1/agreements/${agreementId}/versions`, { body: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('checklist, signature, tax and bank', () => {
  it('starts the default checklist (agreement, tax, bank) when the partner enters onboarding', async () => {
    const moved = await call(owner, 'POST', `/api/v1/partners/${a.partners[0]}/transitions`, {
      to: 'onboarding',
      reason: 'Approved.',
    });
    expect(moved.statusCode).toBeLessThan(300);
    const res = await call(admin1, 'GET', base(a.partners[0]));
    expect(res.statusCode).toBe(200);
    const ob = res.json();
    expect(ob.partnerStatus).toBe('onboarding');
    expect(ob.tasks.map((x: { kind: string }) => x.kind)).toEqual(['agreement', 'tax', 'bank']);
    expect(ob.tasks[0].agreementId).toBe(agreementId);
    expect(ob.checklist.progress).toEqual({ required: 3, requiredDone: 0, total: 3 });
    expect(ob.checklist.reminderDays).toEqual([3, 7, 14]);
    agreementTaskId = ob.tasks[0].id;
  });

  it('lets the partner admin read the exact text and sign it with its SHA-256', async () => {
    const read = await call(admin1, 'GET', `${base(a.partners[0])}/tasks/${agreementTaskId}/agreement`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: v1.id, body: v1.body, sha256: v1.sha256, signed: false });

    const url = `${base(a.partners[0])}/tasks/${agreementTaskId}/signature`;
    const payload = { agreementVersionId: v1.id, sha256: v1.sha256, signerName: '山田 花子', consent: true };
    const wrongHash = await call(admin1, 'POST', url, { ...payload, sha256: sha('something else') });
    expect(wrongHash.statusCode).toBe(400);
    expect(wrongHash.json().errors[0].field).toBe('sha256');
    const noConsent = await call(admin1, 'POST', url, { ...payload, consent: false });
    expect(noConsent.statusCode).toBe(400);
    // Vendor staff cannot sign for the partner; a rep lacks onboarding.complete.
    expect((await call(owner, 'POST', url, payload)).statusCode).toBe(403);
    expect((await call(rep1, 'POST', url, payload)).statusCode).toBe(403);

    t.clock.set('2026-11-24T10:00:00Z');
    const signed = await call(admin1, 'POST', url, payload);
    expect(signed.statusCode).toBe(201);
    const s = signed.json();
    signatureId = s.id;
    expect(s).toMatchObject({
      agreementVersionId: v1.id,
      sha256: v1.sha256,
      signerName: '山田 花子',
      signerEmail: a.users.partner_admin.email,
      userId: a.users.partner_admin.userId,
      signedAt: '2026-11-24T10:00:00.000Z',
      userAgent: 'vitest-agent/1.0',
      versionNumber: 1,
    });
    expect(s.ip).toBeTruthy();
    // The same version cannot be signed twice (a double click, a retry).
    expect((await call(admin1, 'POST', url, payload)).statusCode).toBe(409);

    const pdf = await call(admin1, 'GET', s.certificateUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="signature-${s.id}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(s.certificateSha256);

    const ob = (await call(admin1, 'GET', base(a.partners[0]))).json();
    expect(ob.tasks[0]).toMatchObject({ status: 'done', statusChangedBy: a.users.partner_admin.userId });
    expect(ob.partnerStatus).toBe('onboarding');
  });

  it('keeps the signature and certificate valid for the version signed after the agreement changes', async () => {
    const before = await call(
      owner,
      'GET',
      `${base(a.partners[0])}/signatures/${signatureId}/certificate.pdf`,
    );
    const v2body = `${v1.body}2. Neue Klausel.\n`;
    const published = await call(owner, 'POST', `/api/v1/agreements/${agreementId}/versions`, {
      body: v2body,
    });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ versionNumber: 2, sha256: sha(v2body) });
    const agreement = (await call(owner, 'GET', `/api/v1/agreements/${agreementId}`)).json();
    expect(agreement.versions.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([2, 1]);
    expect(agreement.versions[1].sha256).toBe(v1.sha256);

    const verify = await call(owner, 'GET', `${base(a.partners[0])}/signatures/${signatureId}/verification`);
    expect(verify.json()).toEqual({
      signatureId,
      agreementVersionId: v1.id,
      storedSha256: v1.sha256,
      recomputedSha256: sha(v1.body),
      textMatches: true,
      certificateSha256Matches: true,
      valid: true,
    });
    const after = await call(
      owner,
      'GET',
      `${base(a.partners[0])}/signatures/${signatureId}/certificate.pdf`,
    );
    expect(after.rawPayload.equals(before.rawPayload)).toBe(true);
    const list = (await call(admin1, 'GET', `${base(a.partners[0])}/signatures`)).json();
    expect(list.data[0]).toMatchObject({ id: signatureId, versionNumber: 1, sha256: v1.sha256 });
    // The task now shows version 2, which this partner has not signed; the old version is refused.
    const read = (
      await call(admin1, 'GET', `${base(a.partners[0])}/tasks/${agreementTaskId}/agreement`)
    ).json();
    expect(read).toMatchObject({ versionNumber: 2, signed: false });
  });

  it('validates tax details per form and stores the number sealed, masked in responses', async () => {
    const url = `${base(a.partners[0])}/tax`;
    const badVat = await call(admin1, 'PUT', url, {
      form: 'tax_id',
      country: 'DE',
      scheme: 'vat',
      taxId: 'DE136695977',
      legalName: 'Partner onb1 GmbH',
    });
    expect(badVat.statusCode).toBe(400);
    expect(badVat.json().errors[0].field).toBe('taxId');
    const badScheme = await call(admin1, 'PUT', url, {
      form: 'tax_id',
      country: 'DE',
      scheme: 'abn',
      taxId: '1',
      legalName: 'X',
    });
    expect(badScheme.json().errors[0].field).toBe('scheme');
    const badEin = await call(admin1, 'PUT', url, {
      form: 'w9',
      tinType: 'ein',
      tin: '12-345',
      legalName: 'Onb LLC',
      entityClassification: 'llc_c',
      address: { line1: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' },
    });
    expect(badEin.json().errors[0].field).toBe('tin');
    const w8 = await call(admin1, 'PUT', url, {
      form: 'w8bene',
      organizationName: 'Kite Data K.K.',
      countryOfIncorporation: 'JP',
      chapter3Status: 'corporation',
      giin: '98Q96B.00000.LE.392',
      foreignTin: '5835678256246',
      address: { line1: '1-1 Marunouchi', city: 'Tokyo', country: 'JP' },
    });
    expect(w8.statusCode).toBe(200);
    expect(w8.json()).toMatchObject({
      form: 'w8bene',
      country: 'JP',
      scheme: 'cn',
      taxIdMasked: '*********6246',
    });
    // Staff see the masked form too; the number itself is nowhere in the row in clear.
    const vat = await call(admin1, 'PUT', url, {
      form: 'tax_id',
      country: 'DE',
      taxId: 'DE 136 695 976',
      legalName: 'Partner onb1 GmbH',
    });
    expect(vat.json()).toMatchObject({ form: 'tax_id', scheme: 'vat', taxIdMasked: '*****5976' });
    expect((await call(owner, 'GET', url)).json().taxIdMasked).toBe('*****5976');
    const { rows } = await t.admin.query(`select row_to_json(t)::text as j from tax_details t`);
    expect(rows[0].j).not.toContain('136695976');
    // Vendor staff cannot give the partner's details in its name.
    expect(
      (await call(owner, 'PUT', url, { form: 'tax_id', country: 'DE', taxId: 'DE136695976', legalName: 'X' }))
        .statusCode,
    ).toBe(403);
  });

  it('saves bank details encrypted; no response, log line or column shows the IBAN; the last task activates', async () => {
    const url = `${base(a.partners[0])}/bank`;
    const bad = await call(admin1, 'PUT', url, {
      kind: 'iban',
      holderName: 'Onb GmbH',
      iban: 'DE89370400440532013001',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('iban');
    t.clock.set('2026-11-25T12:00:00Z');
    const saved = await call(admin1, 'PUT', url, {
      kind: 'iban',
      holderName: 'Partner onb1 GmbH',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().masked).toEqual({ iban: 'DE89 **** **** **** **30 00', bic: 'COBADEFFXXX' });
    expect((await call(owner, 'GET', url)).json().masked.iban).toBe('DE89 **** **** **** **30 00');

    // Every required task is done: the partner is active, with the reason and the milestone.
    const ob = (await call(owner, 'GET', base(a.partners[0]))).json();
    expect(ob.partnerStatus).toBe('active');
    expect(ob.checklist.completedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(ob.milestones).toMatchObject({
      appliedAt: '2026-11-10T09:00:00.000Z',
      activatedAt: '2026-11-25T12:00:00.000Z',
      daysApplicationToActivation: 15.13,
      firstDealRegisteredAt: null,
      daysActivationToFirstDeal: null,
    });
    const transitions = (await call(owner, 'GET', `/api/v1/partners/${a.partners[0]}/transitions`)).json();
    expect(JSON.stringify(transitions)).toContain('Every required onboarding task is done.');
    const { rows: events } = await t.admin.query(
      `select type from events where workspace_id = $1 order by occurred_at`,
      [idToUuid(a.workspaceId)],
    );
    const types = events.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['agreement.signed', 'onboarding.task_completed', 'onboarding.completed']),
    );

    const { rows } = await t.admin.query(`select row_to_json(b)::text as j from bank_accounts b`);
    expect(rows).toHaveLength(1);
    expect(rows[0].j).not.toContain(IBAN);
    expect(rows[0].j).not.toContain('0532013000');
    const { rows: audit } = await t.admin.query(
      `select coalesce(before::text, '') || after::text as j from audit_events`,
    );
    for (const r of audit) expect(r.j).not.toContain(IBAN);
    expect(logLines.length).toBeGreaterThan(10);
    for (const text of [...responses, ...logLines]) {
      expect(text).not.toContain(IBAN);
      expect(text).not.toContain('DE89 3704 0044 0532 0130 00');
      expect(text).not.toContain('136695976');
    }
  });
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

describe('templates, documents, courses, staff actions and reminders', () => {
  let tasks: { id: string; kind: string; title: string; required: boolean; agreementId: string | null }[];
  const byKind = (kind: string) => tasks.find((x) => x.kind === kind)!;
  const remindersTo = async (email: string) =>
    Number(
      (
        await t.admin.query(
          `select count(*) as n from mails where template = 'onboarding_reminder' and to_address = $1`,
          [email],
        )
      ).rows[0].n,
    );

  it('instantiates the template of the partner’s type', async () => {
    const templateUrl = `/api/v1/programs/${programId}/onboarding-templates`;
    const template = {
      partnerType: 'msp',
      name: 'MSP onboarding',
      reminderDays: [5, 2],
      tasks: [
        { kind: 'agreement', title: 'Sign', agreementId: null },
        {
          kind: 'document',
          title: 'Certificate of incorporation',
          config: { allowedTypes: ['application/pdf'], maxBytes: 2048 },
        },
        { kind: 'course', title: 'Partner basics', config: { courseKey: 'basics' } },
        { kind: 'custom', title: 'Kick-off call' },
        { kind: 'custom', title: 'Newsletter', required: false },
      ],
    };
    expect((await call(admin1, 'POST', templateUrl, template)).statusCode).toBe(403);
    const created = await call(owner, 'POST', templateUrl, template);
    expect(created.statusCode).toBe(201);
    expect(created.json().reminderDays).toEqual([2, 5]);
    expect((await call(owner, 'POST', templateUrl, template)).statusCode).toBe(409);
    const foreignAgreement = await call(owner, 'PUT', `/api/v1/onboarding-templates/${created.json().id}`, {
      ...template,
      tasks: [{ kind: 'agreement', title: 'Sign', agreementId: newId('agreement') }],
    });
    expect(foreignAgreement.statusCode).toBe(400);
    expect(foreignAgreement.json().errors[0].field).toBe('tasks.0.agreementId');

    t.clock.set('2026-12-01T08:00:00Z');
    const moved = await call(owner, 'POST', `/api/v1/partners/${a.partners[1]}/transitions`, {
      to: 'onboarding',
      reason: 'Approved.',
    });
    expect(moved.statusCode).toBeLessThan(300);
    const ob = (await call(admin2, 'GET', base(a.partners[1]))).json();
    expect(ob.checklist).toMatchObject({
      name: 'MSP onboarding',
      reminderDays: [2, 5],
      templateId: created.json().id,
    });
    tasks = ob.tasks;
    expect(tasks.map((x) => x.kind)).toEqual(['agreement', 'document', 'course', 'custom', 'custom']);
    expect(byKind('agreement').agreementId).toBe(agreementId);
    expect(ob.checklist.progress).toEqual({ required: 4, requiredDone: 0, total: 5 });
  });

  it('checks uploaded documents by their bytes, type and size, and serves them back', async () => {
    const url = `${base(a.partners[1])}/tasks/${byKind('document').id}/document`;
    const put = (body: Buffer, type: string) => call(admin2, 'PUT', url, body, { 'content-type': type });
    expect((await put(PNG, 'image/png')).statusCode).toBe(400); // PDF only on this task
    expect((await put(Buffer.from('hello, not a pdf'), 'application/pdf')).statusCode).toBe(400);
    expect((await put(PDF, 'image/png')).statusCode).toBe(400); // header lies about the bytes
    const big = Buffer.concat([PDF, Buffer.alloc(4096)]);
    expect((await put(big, 'application/pdf')).statusCode).toBe(413);
    expect((await call(admin2, 'PUT', url, { file: 'x' })).statusCode).toBe(415);
    const ok = await put(PDF, 'application/pdf');
    expect(ok.statusCode).toBe(201);
    const doc = ok.json();
    expect(doc).toMatchObject({ contentType: 'application/pdf', size: PDF.length });
    expect(doc.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const back = await call(owner, 'GET', `${base(a.partners[1])}/documents/${doc.id}`);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(PDF)).toBe(true);
    const ob = (await call(admin2, 'GET', base(a.partners[1]))).json();
    expect(ob.tasks[1]).toMatchObject({ status: 'done', documents: [{ id: doc.id }] });
  });

  it('sends scheduled reminders exactly once per due day, and on demand', async () => {
    const email = a.otherPartnerAdmin.email;
    t.clock.set('2026-12-02T09:00:00Z'); // day 1: nothing due
    await runBackgroundWork(t.deps);
    expect(await remindersTo(email)).toBe(0);
    t.clock.set('2026-12-03T08:00:00Z'); // day 2
    await Promise.all([runBackgroundWork(t.deps), runBackgroundWork(t.deps)]);
    await runBackgroundWork(t.deps);
    expect(await remindersTo(email)).toBe(1);
    const { rows } = await t.admin.query(
      `select text from mails where template = 'onboarding_reminder' and to_address = $1`,
      [email],
    );
    expect(rows[0].text).toContain('Kick-off call');
    expect(rows[0].text).not.toContain('Newsletter'); // optional tasks are not nagged about
    expect(rows[0].text).not.toContain('Certificate of incorporation'); // done
    t.clock.set('2026-12-20T08:00:00Z'); // day 5 long passed: one more, not one per missed day
    await runBackgroundWork(t.deps);
    await runBackgroundWork(t.deps);
    expect(await remindersTo(email)).toBe(2);
    await signInAll();
    // A partner of this workspace gets no mail about another partner's checklist.
    expect(await remindersTo(a.users.partner_admin.email)).toBe(0);

    expect((await call(admin2, 'POST', `${base(a.partners[1])}/reminders`)).statusCode).toBe(403);
    const now = await call(owner, 'POST', `${base(a.partners[1])}/reminders`);
    expect(now.json()).toEqual({ recipients: 1, openTasks: 3 });
    expect(await remindersTo(email)).toBe(3);
  });

  it('lets staff waive and reopen with a reason, courses complete through the hook, the last task activates', async () => {
    const task = (kind: string, i = 0) => tasks.filter((x) => x.kind === kind)[i]!;
    const course = task('course');
    expect(
      (await call(admin2, 'POST', `${base(a.partners[1])}/tasks/${course.id}/complete`)).statusCode,
    ).toBe(409);
    const waived = await call(owner, 'POST', `${base(a.partners[1])}/tasks/${course.id}/waive`, {
      reason: 'Took the course last year.',
    });
    expect(waived.json()).toMatchObject({ status: 'waived', statusReason: 'Took the course last year.' });
    expect(
      (await call(admin2, 'POST', `${base(a.partners[1])}/tasks/${course.id}/waive`, { reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const reopened = await call(owner, 'POST', `${base(a.partners[1])}/tasks/${course.id}/reopen`, {
      reason: 'The course changed.',
    });
    expect(reopened.json()).toMatchObject({ status: 'todo', statusReason: 'The course changed.' });
    const done = await withTenantTx(
      t.deps,
      { kind: 'system', workspaceId: a.workspaceId, job: 'enablement' },
      (ctx) => completeCourseTask(ctx, a.partners[1], 'basics'),
    );
    expect(done).toBe(1);
    const custom = await call(admin2, 'POST', `${base(a.partners[1])}/tasks/${task('custom').id}/complete`);
    expect(custom.json().status).toBe('done');

    // The agreement is the last required task: signing it activates the partner.
    const read = (
      await call(admin2, 'GET', `${base(a.partners[1])}/tasks/${task('agreement').id}/agreement`)
    ).json();
    expect(read.versionNumber).toBe(2);
    const signed = await call(
      admin2,
      'POST',
      `${base(a.partners[1])}/tasks/${task('agreement').id}/signature`,
      {
        agreementVersionId: read.id,
        sha256: read.sha256,
        signerName: 'Erika Mustermann',
        consent: true,
      },
    );
    expect(signed.statusCode).toBe(201);
    const ob = (await call(owner, 'GET', base(a.partners[1]))).json();
    expect(ob.partnerStatus).toBe('active');
    expect(ob.checklist.progress).toEqual({ required: 4, requiredDone: 4, total: 5 });
    expect(
      (await call(owner, 'POST', `${base(a.partners[1])}/tasks/${course.id}/reopen`, { reason: 'x' }))
        .statusCode,
    ).toBe(409);
  });
});

describe('partner isolation', () => {
  it('gives another partner (same or other workspace) 404 for every onboarding, tax and bank route of A1', async () => {
    const p = a.partners[0];
    const ob = (await call(owner, 'GET', base(p))).json();
    const reads = [
      base(p),
      `${base(p)}/tax`,
      `${base(p)}/bank`,
      `${base(p)}/signatures`,
      `${base(p)}/signatures/${signatureId}/certificate.pdf`,
      `${base(p)}/signatures/${signatureId}/verification`,
      `${base(p)}/tasks/${ob.tasks[0].id}/agreement`,
    ];
    const writes: [string, string, unknown][] = [
      ['PUT', `${base(p)}/tax`, { form: 'tax_id', country: 'DE', taxId: 'DE136695976', legalName: 'Evil' }],
      ['PUT', `${base(p)}/bank`, { kind: 'iban', holderName: 'Evil', iban: 'GB82WEST12345698765432' }],
      ['POST', `${base(p)}/tasks/${ob.tasks[0].id}/complete`, undefined],
      [
        'POST',
        `${base(p)}/tasks/${ob.tasks[0].id}/signature`,
        { agreementVersionId: v1.id, sha256: v1.sha256, signerName: 'Evil', consent: true },
      ],
    ];
    for (const who of [admin2, adminB, b.partnerKey]) {
      for (const url of reads) {
        const res = await call(who, 'GET', url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain('5976');
        expect(res.body).not.toContain('**30 00');
      }
      for (const [method, url, payload] of writes) {
        const res = await call(who, method as 'PUT', url, payload);
        expect([403, 404], `${method} ${url}`).toContain(res.statusCode);
      }
    }
    // Staff of another workspace: 404 as well.
    for (const url of reads) expect((await call(ownerB, 'GET', url)).statusCode).toBe(404);
    // Nothing changed: A1's details are still its own.
    expect((await call(owner, 'GET', `${base(p)}/bank`)).json().holderName).toBe('Partner onb1 GmbH');
    // The partner's own rep reads (masked), like its admin.
    expect((await call(rep1, 'GET', `${base(p)}/bank`)).json().masked.iban).toBe(
      'DE89 **** **** **** **30 00',
    );
  });
});
