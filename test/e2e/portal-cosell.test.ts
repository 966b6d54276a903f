import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
 * Co-selling in real Chromium on a two-partner deal: staff add the second partner with a share,
 * share a comment with both partners and keep one internal; each partner sees its own side only
 * (its participation, its files, never the other's); a partner uploads a file; joint account
 * plans with goals; the touchpoint log with the record dialog — light and dark, desktop and phone.
 */
const target = inject('dbTarget');
const TIMEOUT = 240_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
type Who = { cookie: string; csrf: string } | string;
let dealId = '';
let planId = '';

async function call<T>(method: string, path: string, who: Who, body?: unknown): Promise<T> {
  const auth: Record<string, string> =
    typeof who === 'string'
      ? { authorization: `Bearer ${who}` }
      : { cookie: who.cookie, 'x-csrf-token': who.csrf };
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${raw}`);
  return (raw ? JSON.parse(raw) : null) as T;
}

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

beforeAll(async () => {
  portal = await startPortal({ label: 'cosell', target });
  ({ base, tenant } = portal);
  const staff = tenant.workspaceKey;
  const line = await call<{ id: string }>('POST', '/api/v1/product-lines', staff, {
    name: 'Cranes',
    code: 'CRN',
  });
  await call('POST', '/api/v1/products', staff, {
    productLineId: line.id,
    name: 'Crane controller C4',
    sku: 'CRN-C4',
    listPrices: { EUR: 2_500_000 },
  });
  const deal = await call<{ id: string; state: string }>('POST', '/api/v1/deals', staff, {
    partnerId: tenant.partners[0],
    title: 'Harbour crane retrofit',
    customer: { name: 'Elbe Terminals GmbH', website: 'elbe-terminals.example.com', country: 'DE' },
    currency: 'EUR',
    amountMinor: 8_000_000,
    submit: true,
  });
  dealId = deal.id;
  if (deal.state !== 'approved') {
    await call('POST', `/api/v1/deals/${dealId}/decision`, staff, { decision: 'approve', reason: 'Clear.' });
  }
  // Partner A2's own side note: partner A1 must never see it.
  const a2 = await sessionOf(tenant.otherPartnerAdmin.email);
  const sourced = (
    await call<{ data: { id: string }[] }>('GET', `/api/v1/deals/${dealId}/participants`, staff)
  ).data[0]!;
  await call('PATCH', `/api/v1/deals/${dealId}/participants/${sourced.id}`, staff, { shareBps: 7000 });
  await call('POST', `/api/v1/deals/${dealId}/participants`, staff, {
    partnerId: tenant.partners[1],
    role: 'fulfilment',
    shareBps: 1000,
  });
  await call('POST', `/api/v1/deals/${dealId}/comments`, a2, {
    body: 'A2 private: our install crew is booked.',
  });
  const account = await call<{ id: string }>('POST', '/api/v1/accounts', staff, {
    name: 'Elbe Terminals GmbH',
    strategic: true,
  });
  planId = (
    await call<{ id: string }>('POST', '/api/v1/account-plans', staff, {
      accountId: account.id,
      partnerId: tenant.partners[0],
      title: 'Elbe Terminals FY27',
      stakeholders: [{ name: 'Jana Krüger', title: 'COO', role: 'champion' }],
    })
  ).id;
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
});

async function signedIn(email: string, o: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const ctx = await portal.newPage(o);
  await portal.signIn(ctx.page, email);
  await ctx.page.waitForURL(`${base}/`);
  return ctx;
}

async function check(page: Page, name: string) {
  await settled(page);
  await portal.expectAccessible(page, name);
  await portal.shot(page, name);
}

async function dialogOpen(page: Page) {
  await visible(page.getByRole('dialog'));
  await expect
    .poll(() => page.locator('.mantine-Modal-content').evaluate((el) => getComputedStyle(el).opacity), poll)
    .toBe('1');
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
  await hasCount(page.locator('.mantine-Combobox-dropdown:visible'), 0);
}

describe(`portal: co-selling (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'staff see both partners with their shares, change a share and post a shared and an internal comment',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/deals/${dealId}?tab=participants`);
      const table = page.getByTestId('deal-participants');
      await hasCount(table.locator('tbody tr'), 2);
      await containsText(page.getByTestId('share-allocated'), '80');
      await check(page, 'cosell-participants-staff');
      await table.getByRole('button', { name: `Change Partner ${tenant.label}2` }).click();
      await dialogOpen(page);
      await check(page, 'cosell-participant-dialog');
      await page.getByTestId('participant-share').fill('30');
      await page.getByTestId('participant-save').click();
      await hasCount(page.getByRole('dialog'), 0);
      await containsText(page.getByTestId('share-allocated'), '100');

      await page.getByTestId('deal-tab-timeline').click();
      const box = page.getByTestId('comment-input');
      await box.fill('Shared with both partners: kick-off on Monday.');
      await page.getByTestId('comment-submit').click();
      await containsText(page.getByTestId('deal-timeline'), 'kick-off on Monday');
      await choose(page, 'visibility-picker', 'Vendor only');
      await box.fill('Internal: margin is thin.');
      await page.getByTestId('comment-submit').click();
      await containsText(page.getByTestId('deal-timeline'), 'margin is thin');
      // Staff see every side, the other partner's note included.
      await containsText(page.getByTestId('deal-timeline'), 'A2 private');
      await check(page, 'cosell-timeline-staff');

      // Products on the shared opportunity: the amount follows the list price × quantity.
      await page.getByTestId('deal-tab-opportunity').click();
      await page.getByTestId('opportunity-add-product').click();
      const products = page.getByTestId('opportunity-products');
      await products.getByLabel('Product 1').click();
      await page.getByRole('option', { name: 'Crane controller C4' }).click();
      await hasCount(page.locator('.mantine-Combobox-dropdown:visible'), 0);
      await products.getByLabel('Qty').fill('2');
      await page.getByTestId('opportunity-save').click();
      await expect.poll(() => page.getByTestId('opportunity-amount').inputValue(), poll).toBe('50,000');
      await check(page, 'cosell-opportunity-staff');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a partner sees only its own side and participation, and shares a file with the vendor',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
      await page.goto(`${base}/deals/${dealId}?tab=timeline`);
      const timeline = page.getByTestId('deal-timeline');
      await containsText(timeline, 'kick-off on Monday');
      const all = await text(timeline);
      expect(all).not.toContain('A2 private');
      expect(all).not.toContain('margin is thin');
      await page.getByTestId('deal-tab-participants').click();
      await containsText(page.getByTestId('my-participation'), '70');
      expect(await text(page.getByTestId('my-participation'))).not.toContain(`Partner ${tenant.label}2`);
      await page.getByTestId('deal-tab-files').click();
      await page.locator('input[type="file"]').setInputFiles({
        name: 'site-survey.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
      });
      await containsText(page.getByTestId('deal-files'), 'site-survey.pdf');
      await check(page, 'cosell-files-partner');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'the other partner on a phone in dark mode sees neither the first partner’s file nor its note',
    async () => {
      const { context, page, errors } = await signedIn(tenant.otherPartnerAdmin.email, {
        width: 390,
        colorScheme: 'dark',
      });
      await page.goto(`${base}/deals/${dealId}?tab=timeline`);
      const timeline = page.getByTestId('deal-timeline');
      await containsText(timeline, 'A2 private');
      await containsText(timeline, 'kick-off on Monday');
      expect(await text(timeline)).not.toContain('site-survey.pdf');
      await check(page, 'cosell-timeline-partner2-phone-dark');
      await page.getByTestId('deal-tab-files').click();
      await visible(page.getByText('No files'));
      await page.getByTestId('deal-tab-participants').click();
      await containsText(page.getByTestId('my-participation'), '30');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'joint account plans: the partner adds a goal to its plan; staff see it in the list',
    async () => {
      {
        const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
        await page.getByTestId('nav-accountPlans').click();
        await page.waitForURL(`${base}/account-plans`);
        await hasCount(page.getByTestId('account-plans').locator('tbody tr'), 1);
        await check(page, 'cosell-plans-partner');
        await page.getByRole('link', { name: 'Elbe Terminals FY27' }).click();
        await page.waitForURL(`${base}/account-plans/${planId}`);
        await containsText(page.getByTestId('plan-stakeholders'), 'Jana Krüger');
        await page.getByTestId('plan-add-goals').click();
        await dialogOpen(page);
        await page.getByRole('dialog').getByLabel('Goal').fill('Pilot crane live by March');
        await page.getByTestId('plan-item-save').click();
        await hasCount(page.getByRole('dialog'), 0);
        await containsText(page.getByTestId('plan-goals'), 'Pilot crane live by March');
        await page.getByRole('checkbox', { name: 'Mark Pilot crane live by March done' }).click();
        await expect
          .poll(
            () => page.getByRole('checkbox', { name: 'Mark Pilot crane live by March done' }).isChecked(),
            poll,
          )
          .toBe(true);
        await check(page, 'cosell-plan-partner');
        await closeContext(context, errors);
      }
      {
        const { context, page, errors } = await signedIn(tenant.users.owner.email, { width: 390 });
        await page.goto(`${base}/account-plans`);
        await hasCount(page.getByTestId('account-plans').locator('tbody tr'), 1);
        await check(page, 'cosell-plans-staff-phone');
        await closeContext(context, errors);
      }
      const other = await signedIn(tenant.otherPartnerAdmin.email);
      await other.page.goto(`${base}/account-plans`);
      await visible(other.page.getByText('No account plans'));
      await closeContext(other.context, other.errors);
    },
    TIMEOUT,
  );

  it(
    'staff record a marketplace transaction; the touchpoint log shows it with the registration',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email, { colorScheme: 'dark' });
      await page.getByTestId('nav-touchpoints').click();
      await page.waitForURL(`${base}/touchpoints`);
      await visible(page.getByTestId('touchpoints'));
      await page.getByTestId('touchpoint-new').click();
      await dialogOpen(page);
      await choose(page, 'touchpoint-kind', 'Marketplace transaction');
      await page.getByRole('dialog').getByTestId('partner-picker').click();
      await page.getByRole('option', { name: `Partner ${tenant.label}1` }).click();
      await hasCount(page.locator('.mantine-Combobox-dropdown:visible'), 0);
      await page.getByRole('dialog').getByLabel('Amount').fill('1200');
      await page.getByRole('dialog').getByLabel('Note').fill('Private offer accepted');
      await check(page, 'cosell-touchpoint-dialog');
      await page.getByTestId('touchpoint-save').click();
      await hasCount(page.getByRole('dialog'), 0);
      await containsText(page.getByTestId('touchpoints'), 'Private offer accepted');
      await choose(page, 'touchpoint-kind-filter', 'Marketplace transaction');
      await hasCount(page.getByTestId('touchpoints').locator('tbody tr'), 1);
      await check(page, 'cosell-touchpoints-dark');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'staff close the deal as won; the opportunity says so and is no longer editable',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/deals/${dealId}?tab=opportunity`);
      await page.getByTestId('close-won').click();
      await dialogOpen(page);
      await page.getByRole('dialog').getByLabel('Reason').fill('Signed at the harbour.');
      await check(page, 'cosell-close-dialog');
      await page.getByTestId('close-confirm').click();
      await hasCount(page.getByRole('dialog'), 0);
      await containsText(page.getByTestId('deal-state'), 'Won');
      await hasCount(page.getByTestId('close-won'), 0);
      await hasCount(page.getByTestId('opportunity-save'), 0);
      await check(page, 'cosell-opportunity-won');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
