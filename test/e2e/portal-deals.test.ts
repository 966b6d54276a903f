import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBackgroundWork } from '../../src/platform/jobs/runner.js';
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
 * Deal registration in real Chromium: two partners register the same customer (spelled
 * differently, same registrable domain); the second sees a conflict notice, staff see both side
 * by side with the evidence in the conflict queue and keep the first; the first is approved in
 * the review queue; the second partner sees the outcome and reason and never the other partner
 * or its deal. Then a vendor rep and the first partner co-sell on the approved deal: a comment
 * with an @mention and a stage change, seen by both in the timeline and in the partner's bell.
 */
const target = inject('dbTarget');
const TIMEOUT = 240_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
type Who = { cookie: string; csrf: string } | string;
const PRODUCT = 'Robot Arm R7';
let a1DealId = '';
let a2DealId = '';

async function sessionOf(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

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

const work = () => runBackgroundWork(portal.server.platform.deps);

beforeAll(async () => {
  portal = await startPortal({ label: 'deals', target });
  ({ base, tenant } = portal);
  // The catalogue: one line, one product with a list price in euros.
  const line = await call<{ id: string }>('POST', '/api/v1/product-lines', tenant.workspaceKey, {
    name: 'Robotics',
    code: 'ROB',
  });
  await call('POST', '/api/v1/products', tenant.workspaceKey, {
    productLineId: line.id,
    name: PRODUCT,
    sku: 'ROB-R7',
    listPrices: { EUR: 4_500_000, USD: 4_900_000 },
  });
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
  // Mantine menus and dropdowns fade out; axe must not see them half-closed.
  await expect
    .poll(
      () => page.locator('.mantine-Popover-dropdown:visible, .mantine-Combobox-dropdown:visible').count(),
      poll,
    )
    .toBe(0);
  await portal.expectAccessible(page, name);
  await portal.shot(page, name);
}

/** Waits until a modal has faded in (axe must not measure contrast mid-transition). */
async function dialogOpen(page: Page) {
  await visible(page.getByRole('dialog'));
  await expect
    .poll(() => page.locator('.mantine-Modal-content').evaluate((el) => getComputedStyle(el).opacity), poll)
    .toBe('1');
}

async function pick(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  await hasCount(page.locator('.mantine-Combobox-dropdown:visible'), 0);
}

/** Fills the register form as a partner and submits it; returns the new deal's id. */
async function registerDeal(
  page: Page,
  d: { title: string; customer: string; website: string; shot?: string },
): Promise<string> {
  await page.getByTestId('nav-deals').click();
  await page.waitForURL(`${base}/deals`);
  await page.getByTestId('deal-new').click();
  await page.waitForURL(`${base}/deals/new`);
  await page.getByTestId('deal-customer-name').fill(d.customer);
  await page.getByTestId('deal-customer-website').fill(d.website);
  await pick(page, 'deal-customer-country', 'Germany', 'Germany');
  await page.getByLabel('City').fill('Hamburg');
  await page.getByTestId('deal-contact-email').fill('jana.krueger@acme-robotics.de');
  await pick(page, 'deal-product-picker', 'Robot', PRODUCT);
  await hasCount(page.getByTestId('deal-form-line'), 1);
  // The amount defaults to the line total at the list price (EUR 45,000.00).
  await expect.poll(() => page.getByTestId('deal-amount').inputValue(), poll).toBe('45,000.00');
  await page.getByTestId('deal-title').fill(d.title);
  await page.getByTestId('deal-close-date').fill('2027-03-31');
  if (d.shot) await check(page, d.shot);
  await page.getByTestId('deal-submit').click();
  await page.waitForURL(/\/deals\/deal_[0-9a-z]{26}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

describe(`portal: deals (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'two partners register the same customer; the conflict is resolved in the queue; the first is approved',
    async () => {
      // Partner A1 registers Acme Robotics GmbH.
      {
        const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
        await page.getByTestId('nav-deals').click();
        await visible(page.getByTestId('empty-state'));
        await check(page, 'deals-empty-partner');
        a1DealId = await registerDeal(page, {
          title: 'Robotics line retrofit',
          customer: 'Acme Robotics GmbH',
          website: 'acme-robotics.de',
          shot: 'deal-register-form',
        });
        await containsText(page.getByTestId('deal-state'), 'Submitted');
        await hasCount(page.getByTestId('conflict-notice'), 0);
        await containsText(page.getByTestId('deal-amount-fact'), '€45,000.00');
        await check(page, 'deal-submitted-partner');
        // The signed receipt: hash, sequence, signature.
        await page.getByTestId('deal-tab-receipt').click();
        await visible(page.getByTestId('deal-receipt'));
        expect(await text(page.getByTestId('receipt-hash'))).toMatch(/^[0-9a-f]{64}$/);
        await check(page, 'deal-receipt');
        await closeContext(context, errors);
      }

      // Partner A2 registers the same customer, spelled differently, with www.
      {
        const { context, page, errors } = await signedIn(tenant.otherPartnerAdmin.email);
        a2DealId = await registerDeal(page, {
          title: 'Robotik Automation',
          customer: 'ACME Robotik',
          website: 'www.acme-robotics.de',
        });
        await visible(page.getByTestId('conflict-notice'));
        await containsText(
          page.getByTestId('conflict-notice'),
          'Another registration of this customer exists; a channel manager will decide.',
        );
        const body = (await page.locator('body').textContent()) ?? '';
        expect(body).not.toContain('Robotics line retrofit');
        expect(body).not.toContain(`Partner ${tenant.label}1`);
        await check(page, 'deal-conflict-partner');
        await closeContext(context, errors);
      }

      // Staff: the conflict queue shows both registrations side by side with the evidence.
      {
        const { context, page, errors } = await signedIn(tenant.users.channel_manager.email);
        await page.getByTestId('nav-dealConflicts').click();
        await page.waitForURL(`${base}/deals/conflicts`);
        const item = page.getByTestId('conflict-item');
        await hasCount(item, 1);
        await containsText(item.getByTestId('conflict-this'), 'ACME Robotik');
        await containsText(item.getByTestId('conflict-this'), `Partner ${tenant.label}2`);
        await containsText(item.getByTestId('conflict-other'), 'Acme Robotics GmbH');
        await containsText(item.getByTestId('conflict-other'), `Partner ${tenant.label}1`);
        const evidence = ((await item.getByTestId('conflict-evidence').textContent()) ?? '').toLowerCase();
        expect(evidence).toContain('acme-robotics.de');
        expect(await item.getByTestId('evidence-row').allTextContents()).toEqual(
          expect.arrayContaining([expect.stringMatching(/^Domain/), expect.stringMatching(/^Name/)]),
        );
        await check(page, 'deal-conflict-queue');

        // Keep the existing registration: A2's is rejected with the reason.
        await item.getByTestId('resolve-keep_existing').click();
        await dialogOpen(page);
        await page.getByTestId('resolve-confirm').click();
        await visible(page.getByText('A reason is required.'));
        await page.getByTestId('resolve-reason').fill('Another partner registered this customer first.');
        await check(page, 'deal-conflict-resolve-dialog');
        await page.getByTestId('resolve-confirm').click();
        await hasCount(page.getByRole('dialog'), 0);
        await visible(page.getByTestId('empty-state'));
        await check(page, 'deal-conflict-queue-empty');

        // The review queue: approve A1's registration.
        await page.getByTestId('nav-dealReview').click();
        await page.waitForURL(`${base}/deals/review`);
        // Only the most specific navigation item is the current page (not "Deals" as well).
        await expect.poll(() => page.getByTestId('nav-dealReview').getAttribute('aria-current')).toBe('page');
        expect(await page.getByTestId('nav-deals').getAttribute('aria-current')).toBeNull();
        const row = page.getByTestId('review-row').filter({ hasText: 'Robotics line retrofit' });
        await hasCount(row, 1);
        await containsText(row.getByTestId('sla-timer'), 'left');
        await check(page, 'deal-review-queue');
        await row.getByTestId('decide-approve').click();
        await dialogOpen(page);
        await page.getByTestId('decision-reason').fill('Qualified opportunity, first registration.');
        await check(page, 'deal-review-approve-dialog');
        await page.getByTestId('decision-confirm').click();
        await hasCount(page.getByRole('dialog'), 0);
        await hasCount(page.getByTestId('review-row').filter({ hasText: 'Robotics line retrofit' }), 0);

        // The deal page (staff): approved, protection running, evidence-free.
        await page.goto(`${base}/deals/${a1DealId}`);
        await containsText(page.getByTestId('deal-state'), 'Approved');
        await containsText(page.getByTestId('deal-partner'), `Partner ${tenant.label}1`);
        await visible(page.getByTestId('protection-left'));
        await check(page, 'deal-approved-staff');

        // The list, table and board, filtered in the URL.
        await page.getByTestId('nav-deals').click();
        await hasCount(page.getByTestId('deal-row'), 2);
        // The state filter is a multi-select: pick one, close it with Escape.
        await page.getByTestId('filter-state').click();
        await page.getByRole('option', { name: 'Approved' }).click();
        await page.keyboard.press('Escape');
        await hasCount(page.getByTestId('deal-row'), 1);
        await expect.poll(() => page.url()).toContain('state=');
        await check(page, 'deals-table-staff');
        await page.getByText('Board', { exact: true }).click();
        await hasCount(page.getByTestId('deal-card'), 1);
        await containsText(page.getByTestId('board-column-prospecting'), 'Acme Robotics GmbH');
        await check(page, 'deals-board-staff');
        // Keyboard: the card is a link.
        await page.getByTestId('deal-card').focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(`${base}/deals/${a1DealId}`);
        await closeContext(context, errors);
      }

      await work();

      // A2 sees the outcome and the reason, never A1's name or deal.
      {
        const { context, page, errors } = await signedIn(tenant.otherPartnerAdmin.email);
        await page.goto(`${base}/deals/${a2DealId}`);
        await containsText(page.getByTestId('deal-state'), 'Rejected');
        await containsText(page.getByTestId('deal-outcome'), 'Rejected');
        await containsText(
          page.getByTestId('deal-outcome-reason'),
          'Another partner registered this customer first.',
        );
        await hasCount(page.getByTestId('conflict-notice'), 0);
        let body = (await page.locator('body').textContent()) ?? '';
        expect(body).not.toContain('Robotics line retrofit');
        expect(body).not.toContain(`Partner ${tenant.label}1`);
        await check(page, 'deal-rejected-partner');
        await page.getByTestId('nav-deals').click();
        await hasCount(page.getByTestId('deal-row'), 1);
        body = (await page.locator('body').textContent()) ?? '';
        expect(body).not.toContain('Robotics line retrofit');
        expect(body).not.toContain('Acme Robotics GmbH');
        // A1's deal does not exist for A2.
        await page.goto(`${base}/deals/${a1DealId}`);
        await visible(page.getByRole('alert'));
        await closeContext(context, errors);
      }
      const a2 = await sessionOf(tenant.otherPartnerAdmin.email);
      await expect(call('GET', `/api/v1/deals/${a1DealId}`, a2)).rejects.toThrow(/404/);
      const a2List = await call<{ data: { id: string }[] }>('GET', '/api/v1/deals', a2);
      expect(a2List.data.map((d) => d.id)).toEqual([a2DealId]);
    },
    TIMEOUT,
  );

  it(
    'staff register a draft on a partner’s behalf: field errors land on the fields; the draft is edited and submitted',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.channel_manager.email);
      await page.goto(`${base}/deals/new`);
      // A bad website: the API's field error lands on the website field.
      await page.getByTestId('deal-customer-name').fill('Globex Logistics');
      await page.getByTestId('deal-customer-website').fill('not a website');
      await page.getByTestId('deal-save-draft').click();
      await expect
        .poll(() => page.getByTestId('deal-customer-website').getAttribute('aria-invalid'), poll)
        .toBe('true');
      await containsText(page.getByTestId('deal-form'), 'must be a website such as www.example.com');
      await check(page, 'deal-form-field-errors');
      // Fixed, but no partner named: the error lands on the partner picker.
      await page.getByTestId('deal-customer-website').fill('globex-logistics.com');
      await page.getByTestId('deal-save-draft').click();
      await expect
        .poll(() => page.getByTestId('partner-picker').getAttribute('aria-invalid'), poll)
        .toBe('true');
      await containsText(
        page.getByTestId('deal-form'),
        'is required when staff register on a partner’s behalf',
      );
      await page.getByTestId('partner-picker').click();
      await page.getByTestId('partner-picker').fill(`Partner ${tenant.label}1`);
      await page.getByRole('option', { name: `Partner ${tenant.label}1` }).click();
      await page.getByTestId('deal-save-draft').click();
      await page.waitForURL(/\/deals\/deal_[0-9a-z]{26}$/);
      await containsText(page.getByTestId('deal-state'), 'Draft');
      await containsText(page.getByTestId('deal-partner'), `Partner ${tenant.label}1`);
      // Edit the draft, then submit it from the deal page.
      await page.getByTestId('deal-edit').click();
      await page.waitForURL(/\/edit$/);
      await page.getByTestId('deal-title').fill('Globex warehouse robots');
      await page.getByTestId('deal-save-draft').click();
      await page.waitForURL(/\/deals\/deal_[0-9a-z]{26}$/);
      await containsText(page.locator('h1'), 'Globex warehouse robots');
      await page.getByTestId('deal-page-submit').click();
      await containsText(page.getByTestId('deal-state'), 'Submitted');
      await visible(page.getByTestId('decision-buttons'));
      await check(page, 'deal-on-behalf-submitted');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a partner works the deals list on a phone in dark mode',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.partner_admin.email, {
        width: 390,
        colorScheme: 'dark',
      });
      await page.goto(`${base}/deals`);
      await hasCount(page.getByTestId('deal-row'), 2);
      await check(page, 'deals-phone-dark');
      await page.goto(`${base}/deals?view=board`);
      await hasCount(page.getByTestId('deal-card'), 2);
      await check(page, 'deals-board-phone-dark');
      await page.goto(`${base}/deals/${a1DealId}`);
      await containsText(page.getByTestId('deal-state'), 'Approved');
      await check(page, 'deal-phone-dark');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a vendor rep and the partner co-sell on the approved deal: comment with @mention, stage change, timeline, bell',
    async () => {
      const rep = tenant.users.sales;
      const partnerUser = tenant.users.partner_admin;
      {
        const { context, page, errors } = await signedIn(rep.email);
        await page.goto(`${base}/deals/${a1DealId}?tab=timeline`);
        const timeline = page.getByTestId('deal-timeline');
        await visible(timeline);
        // The comment box with an @mention of the partner user.
        const box = page.getByTestId('comment-input');
        await box.click();
        await box.pressSequentially('Kick-off next week, @partner_ad');
        await page
          .getByTestId('mention-option')
          .filter({ hasText: `partner_admin ${tenant.label}` })
          .click();
        await box.pressSequentially('please bring the layout plans.');
        await containsText(page.getByTestId('mentioned'), `partner_admin ${tenant.label}`);
        await page.getByTestId('comment-submit').click();
        await containsText(timeline, 'please bring the layout plans.');
        // The stage change, in the opportunity editor.
        await page.getByTestId('deal-tab-opportunity').click();
        await page.getByTestId('opportunity-stage').click();
        await page.getByRole('option', { name: 'Proposal' }).click();
        await hasCount(page.locator('.mantine-Combobox-dropdown:visible'), 0);
        await page.getByTestId('opportunity-save').click();
        await containsText(page.getByTestId('deal-stage'), 'Proposal');
        await page.getByTestId('deal-tab-timeline').click();
        await containsText(page.getByTestId('deal-timeline'), 'Proposal');
        await check(page, 'deal-timeline-rep');
        await closeContext(context, errors);
      }
      await work();
      {
        const { context, page, errors } = await signedIn(partnerUser.email);
        await page.goto(`${base}/deals/${a1DealId}?tab=timeline`);
        const timeline = page.getByTestId('deal-timeline');
        await containsText(timeline, 'please bring the layout plans.');
        await containsText(timeline, 'Proposal');
        await containsText(page.getByTestId('deal-stage'), 'Proposal');
        await check(page, 'deal-timeline-partner');
        // The bell shows the mention.
        await page.getByTestId('bell').click();
        await visible(page.getByTestId('bell-panel'));
        await expect
          .poll(async () => (await page.getByTestId('notification').allTextContents()).join('\n'), poll)
          .toMatch(/mention|comment/i);
        await page.keyboard.press('Escape');
        await closeContext(context, errors);
      }
      {
        // The vendor rep sees the same timeline.
        const { context, page, errors } = await signedIn(rep.email);
        await page.goto(`${base}/deals/${a1DealId}?tab=timeline`);
        await containsText(page.getByTestId('deal-timeline'), 'please bring the layout plans.');
        await containsText(page.getByTestId('deal-timeline'), 'Proposal');
        await closeContext(context, errors);
      }
    },
    TIMEOUT,
  );

  it(
    'a partner’s extension request reaches the channel manager’s bell',
    async () => {
      const partner = await sessionOf(tenant.users.partner_admin.email);
      await call('POST', `/api/v1/deals/${a1DealId}/extensions`, partner, {
        days: 20,
        reason: 'Board meeting moved to May.',
      });
      await work();
      const { context, page, errors } = await signedIn(tenant.users.channel_manager.email);
      await page.getByTestId('bell').click();
      await visible(page.getByTestId('bell-panel'));
      await expect
        .poll(async () => (await page.getByTestId('notification').allTextContents()).join('\n'), poll)
        .toContain('A partner asks to extend a deal registration’s protection: Board meeting moved to May.');
      await page.keyboard.press('Escape');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
