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
  visible,
} from '../support/portal.js';

/**
 * Rules of engagement and extension requests in real Chromium: staff edit a program's rules
 * (a bad threshold is named at its field), a partner asks for an extension from the deal page
 * (seeing the program's limits), and a reviewer approves it in the extension queue.
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;
const DAY = 86_400_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
let programId: string;
let dealId: string;
type Who = { cookie: string; csrf: string };
let owner: Who;

async function sessionOf(email: string): Promise<Who> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function call<T>(method: string, path: string, who: Who, body?: unknown) {
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
  return (raw ? JSON.parse(raw) : null) as T;
}

beforeAll(async () => {
  portal = await startPortal({ label: 'dealrules', target });
  ({ base, tenant } = portal);
  const pool = portal.server.platform.deps.pools.system;
  programId = newId('program');
  await pool.query(
    `insert into programs (workspace_id, id, name, slug, deal_rules) values ($1, $2, 'Resellers', 'resellers', $3)`,
    [
      idToUuid(tenant.workspaceId),
      idToUuid(programId),
      JSON.stringify({ extensions: { maxCount: 2, maxDays: 30, requireApproval: true } }),
    ],
  );
  await pool.query(`update partners set program_id = $2, status = 'active' where workspace_id = $1`, [
    idToUuid(tenant.workspaceId),
    idToUuid(programId),
  ]);
  // An approved registration of the first partner (set-up, not behaviour under test).
  dealId = newId('deal');
  await pool.query(
    `insert into deals (workspace_id, id, partner_id, program_id, state, title, customer_name, customer_name_norm,
       customer_name_key, currency, registered_by, submitted_at, submission_seq, approved_at, protection_ends_at)
     values ($1, $2, $3, $4, 'approved', 'Harbour cranes', 'Nordhafen Logistik GmbH', 'nordhafen logistik',
       'logistik nordhafen', 'EUR', $5, now(), nextval('deal_submission_seq'), now(), $6)`,
    [
      idToUuid(tenant.workspaceId),
      idToUuid(dealId),
      idToUuid(tenant.partners[0]),
      idToUuid(programId),
      tenant.users.partner_admin.userId,
      new Date(Date.now() + 20 * DAY),
    ],
  );
  owner = await sessionOf(tenant.users.owner.email);
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

/** Modals fade in; axe must not measure contrast mid-transition. */
async function dialogShown(page: Page) {
  await visible(page.getByRole('dialog'));
  await expect
    .poll(() => page.locator('.mantine-Modal-content').evaluate((el) => getComputedStyle(el).opacity), poll)
    .toBe('1');
}

describe(`portal: rules of engagement and extensions (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'staff edit the rules of engagement; a bad threshold is named at its field',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/programs/${programId}`);
      const rules = page.getByTestId('deal-rules');
      await visible(rules);
      await check(page, 'program-deal-rules');
      await rules.getByLabel('Protection (days from approval)').fill('120');
      await rules.getByLabel('Possible conflict from score').fill('0.95');
      await rules.getByTestId('rules-save').click();
      await containsText(rules, 'possible must not exceed conflict');
      await rules.getByLabel('Possible conflict from score').fill('0.5');
      await rules.getByTestId('rules-save').click();
      await visible(rules.getByText('Rules saved.'));
      const saved = await call<{ dealRules: { protectionDays: number; thresholds: { possible: number } } }>(
        'GET',
        `/api/v1/programs/${programId}`,
        owner,
      );
      expect(saved.dealRules.protectionDays).toBe(120);
      expect(saved.dealRules.thresholds.possible).toBe(0.5);
      // The general settings form still saves (it leaves the rules alone).
      await page.getByTestId('program-form').getByRole('button', { name: 'Save' }).click();
      await visible(page.getByText('Saved.', { exact: true }));
      const again = await call<{ dealRules: { protectionDays: number } }>(
        'GET',
        `/api/v1/programs/${programId}`,
        owner,
      );
      expect(again.dealRules.protectionDays).toBe(120);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'the rules form works on a 390 px phone in dark mode',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email, {
        width: 390,
        colorScheme: 'dark',
      });
      await page.goto(`${base}/programs/${programId}`);
      await visible(page.getByTestId('deal-rules'));
      await check(page, 'program-deal-rules-phone-dark');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a partner asks for an extension from the deal page; a reviewer approves it in the queue',
    async () => {
      {
        const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
        await page.goto(`${base}/deals/${dealId}`);
        await page.getByTestId('extension-request').click();
        await dialogShown(page);
        await containsText(
          page.getByTestId('extension-limits'),
          '0 of 2 extensions used; up to 30 days each.',
        );
        await check(page, 'deal-extension-dialog');
        const dialog = page.getByRole('dialog');
        // The field keeps to the program's limit (30 days).
        await dialog.getByLabel('Days').fill('45');
        await page.keyboard.press('Tab');
        await expect.poll(() => dialog.getByLabel('Days').inputValue(), poll).toBe('30');
        await dialog.getByLabel('Days').fill('21');
        await dialog.getByLabel('Reason').fill('The customer moved the decision to January.');
        await dialog.getByTestId('extension-send').click();
        await hasCount(page.getByRole('dialog'), 0);
        await visible(page.getByText('Request sent. A reviewer will decide.'));
        await visible(page.getByTestId('extension-pending'));
        await closeContext(context, errors);
      }
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.getByTestId('nav-dealExtensions').click();
      await page.waitForURL(`${base}/deals/extensions`);
      await hasCount(page.getByTestId('extension-row'), 1);
      await containsText(page.getByTestId('extension-row'), 'Harbour cranes');
      await check(page, 'deal-extension-queue');
      await page.getByTestId('extension-approve').click();
      await dialogShown(page);
      await check(page, 'deal-extension-approve');
      await page
        .getByRole('dialog')
        .getByLabel('Reason (shown to the partner)')
        .fill('Agreed, January it is.');
      await page.getByTestId('extension-decide').click();
      await hasCount(page.getByRole('dialog'), 0);
      await hasCount(page.getByTestId('extension-row'), 0);
      await page.getByTestId('extension-status').getByText('Approved').click();
      await hasCount(page.getByTestId('extension-row'), 1);
      await containsText(page.getByTestId('extension-row'), 'Agreed, January it is.');
      const list = await call<{ limits: { used: number } }>(
        'GET',
        `/api/v1/deals/${dealId}/extensions`,
        owner,
      );
      expect(list.limits.used).toBe(1);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
