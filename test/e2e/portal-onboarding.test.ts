import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idToUuid, newId } from '../../src/platform/ids/index.js';
import { PASSWORD, type Tenant } from '../support/fixtures.js';
import {
  closeContext,
  containsText,
  hasCount,
  type Portal,
  poll,
  settled,
  startPortal,
  text,
  visible,
} from '../support/portal.js';

/**
 * Onboarding in real Chromium: a partner admin of a partner in `onboarding` reads and signs the
 * agreement, downloads the certificate (a PDF), gives tax and bank details, and the partner
 * becomes active. Staff see the agreement's versions with their hashes.
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;
const AGREEMENT = '# Reseller agreement\n\n1. The partner resells in its territory.\n2. 30 days notice.\n';

let portal: Portal;
let base: string;
let tenant: Tenant;
let programId: string;

async function sessionOf(email: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function call<T>(method: string, path: string, who: { cookie: string; csrf: string }, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${raw}`);
  return JSON.parse(raw) as T;
}

beforeAll(async () => {
  portal = await startPortal({ label: 'onboard', target });
  ({ base, tenant } = portal);
  const pool = portal.server.platform.deps.pools.system;
  programId = newId('program');
  await pool.query(
    `insert into programs (workspace_id, id, name, slug) values ($1, $2, 'Resellers', 'resellers')`,
    [idToUuid(tenant.workspaceId), idToUuid(programId)],
  );
  await pool.query(`update partners set status = 'prospect', program_id = $2 where id = $1`, [
    idToUuid(tenant.partners[0]),
    idToUuid(programId),
  ]);
  const owner = await sessionOf(tenant.users.owner.email);
  await call('POST', `/api/v1/programs/${programId}/agreements`, owner, {
    title: 'Reseller agreement',
    body: AGREEMENT,
  });
  await call('POST', `/api/v1/partners/${tenant.partners[0]}/transitions`, owner, {
    to: 'onboarding',
    reason: 'Application approved.',
  });
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
});

async function signedIn(email: string) {
  const ctx = await portal.newPage();
  await portal.signIn(ctx.page, email);
  await ctx.page.waitForURL(`${base}/`);
  return ctx;
}

async function check(page: Page, name: string) {
  await settled(page);
  await portal.expectAccessible(page, name);
  await portal.shot(page, name);
}

/** Mantine's searchable Select: type, then pick the option. */
async function choose(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe(`portal: onboarding (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'a partner admin signs the agreement, downloads the certificate, gives tax and bank details, and the partner becomes active',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
      await page.getByTestId('nav-onboarding').click();
      await page.waitForURL(`${base}/onboarding`);
      await hasCount(
        page.locator('[data-testid="task-agreement"], [data-testid="task-tax"], [data-testid="task-bank"]'),
        3,
      );
      await containsText(page.getByTestId('onboarding-progress'), '0 of 3');

      // The agreement task is open first: the full text and its SHA-256 are shown.
      await visible(page.getByTestId('agreement-text'));
      expect(await text(page.getByTestId('agreement-text'))).toContain(
        'The partner resells in its territory.',
      );
      expect(await text(page.getByTestId('agreement-sha256'))).toMatch(/^[0-9a-f]{64}$/);
      await check(page, 'onboarding-agreement');
      await expect.poll(() => page.getByTestId('sign-submit').isDisabled(), poll).toBe(true);
      await page.getByTestId('signer-name').fill('山田 花子');
      await page.getByTestId('sign-consent').check();
      await page.getByTestId('sign-submit').click();
      await visible(page.getByTestId('signed-alert'));
      await containsText(page.getByTestId('onboarding-progress'), '1 of 3');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('certificate-link').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^signature-sig_.*\.pdf$/);
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // Tax: a German VAT number, validated by the server, shown masked once saved.
      await page.getByTestId('task-tax').getByRole('button').first().click();
      await choose(page, 'tax-country', 'Germ', 'Germany');
      await page.getByTestId('tax-taxId').fill('DE 136 695 977');
      await page.getByTestId('tax-legalName').fill('Partner onboard1 GmbH');
      await page.getByTestId('tax-save').click();
      await containsText(page.locator('[data-testid="task-tax"] .mantine-InputWrapper-error'), 'VAT');
      await page.getByTestId('tax-taxId').fill('DE 136 695 976');
      await page.getByTestId('tax-save').click();
      await containsText(page.getByTestId('tax-on-file'), '*****5976');
      await containsText(page.getByTestId('onboarding-progress'), '2 of 3');
      await check(page, 'onboarding-tax');

      // Bank: the IBAN is masked after saving and never shown again.
      await page.getByTestId('task-bank').getByRole('button').first().click();
      await page.getByTestId('bank-holder').fill('Partner onboard1 GmbH');
      await page.getByTestId('bank-iban').fill('DE89 3704 0044 0532 0130 00');
      await page.getByTestId('bank-bic').fill('COBADEFFXXX');
      await page.getByTestId('bank-save').click();
      await visible(page.getByTestId('onboarding-complete'));
      await containsText(page.getByTestId('onboarding-progress'), '3 of 3');
      await containsText(page.getByTestId('bank-on-file'), 'DE89 **** **** **** **30 00');
      expect(await page.content()).not.toContain('0532 0130');
      await check(page, 'onboarding-complete');
      await closeContext(context, errors);

      const owner = await sessionOf(tenant.users.owner.email);
      const partner = await call<{ status: string }>('GET', `/api/v1/partners/${tenant.partners[0]}`, owner);
      expect(partner.status).toBe('active');
    },
    TIMEOUT,
  );

  it(
    'staff see the partner’s checklist, the signature (verified) and masked details on its profile',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/partners/${tenant.partners[0]}?tab=onboarding`);
      await visible(page.getByTestId('partner-onboarding-tab'));
      await hasCount(page.getByTestId('signature-row'), 1);
      await containsText(page.getByTestId('signature-row'), '山田 花子');
      await containsText(page.getByTestId('staff-bank'), 'DE89 **** **** **** **30 00');
      await containsText(page.getByTestId('staff-tax'), '*****5976');
      await page.getByTestId('signature-row').getByRole('button', { name: 'Verify' }).click();
      await containsText(page.getByTestId('signature-row'), 'Valid');
      await check(page, 'partner-onboarding-tab');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'staff see the agreement’s versions with their SHA-256 and publish a new one',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/agreements`);
      await hasCount(page.getByTestId('agreement-version'), 1);
      await check(page, 'agreements');
      await page.getByRole('button', { name: 'Publish new version' }).click();
      const textarea = page.getByRole('dialog').getByRole('textbox');
      await expect.poll(() => textarea.inputValue(), poll).toBe(AGREEMENT);
      await textarea.fill(`${AGREEMENT}3. Disputes are settled in Munich.\n`);
      await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
      await containsText(page.getByRole('dialog').getByRole('alert'), 'Version 2 published.');
      await page.keyboard.press('Escape');
      await hasCount(page.getByTestId('agreement-version'), 2);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'staff create an onboarding template for a partner type with a custom task and see it listed',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/programs/${programId}`);
      expect(await page.getByTestId('program-tiers-link').getAttribute('href')).toBe(
        `/programs/${programId}/tiers`,
      );
      await page.getByTestId('program-templates-link').click();
      await page.waitForURL(`${base}/onboarding-templates?programId=${programId}`);
      await visible(page.getByText('No onboarding templates yet'));

      await page.getByTestId('template-create').click();
      await page.getByTestId('template-name').fill('MSP onboarding');
      await page.getByTestId('template-partner-type').click();
      await page.getByRole('option', { name: 'Managed service provider', exact: true }).click();
      // The task's title is left empty: the server's field error shows at that field…
      await page.getByTestId('template-save').click();
      const fieldError = page.locator('[data-testid="template-task-editor"] .mantine-InputWrapper-error');
      await containsText(fieldError, 'must not be empty');
      // …and goes away as soon as the field is edited.
      await page.getByTestId('task-title').fill('Kick-off call with the channel manager');
      await hasCount(fieldError, 0);
      await page.getByTestId('template-save').click();

      await hasCount(page.getByTestId('template-card'), 1);
      await containsText(page.getByTestId('template-card'), 'MSP onboarding');
      await containsText(page.getByTestId('template-partner-type-badge'), 'Managed service provider');
      await hasCount(page.getByTestId('template-task'), 1);
      await containsText(page.getByTestId('template-task'), 'Kick-off call with the channel manager');
      await containsText(page.getByTestId('template-task'), 'Task');
      await check(page, 'onboarding-templates');

      const owner = await sessionOf(tenant.users.owner.email);
      const saved = await call<{ data: { partnerType: string | null; tasks: { kind: string }[] }[] }>(
        'GET',
        `/api/v1/programs/${programId}/onboarding-templates`,
        owner,
      );
      expect(saved.data.map((d) => [d.partnerType, d.tasks.map((x) => x.kind)])).toEqual([
        ['msp', ['custom']],
      ]);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
