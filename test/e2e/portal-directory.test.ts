import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Tenant } from '../support/fixtures.js';
import {
  closeContext,
  containsText,
  hasCount,
  type Portal,
  settled,
  startPortal,
  visible,
} from '../support/portal.js';

/**
 * The partner directory in real Chromium: filter, save a view and pick it again, bulk-tag two
 * partners, and change a partner's lifecycle state from its profile (only allowed target states
 * are offered). Harness: test/support/portal.ts (axe-core on every page state).
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;
let tenant: Tenant;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${tenant.workspaceKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown>>;
}

beforeAll(async () => {
  portal = await startPortal({ label: 'directory', target });
  ({ base, tenant } = portal);
  await call('POST', '/api/v1/partners', {
    name: 'Fjord Analytics',
    legalName: 'Fjord Analytics AS',
    types: ['isv'],
    country: 'NO',
    website: 'https://fjord-analytics.example',
    languages: ['nb', 'en'],
  });
  await call('POST', '/api/v1/partners', { name: 'Fjord Cloud', types: ['msp'], country: 'NO' });
  await call('POST', '/api/v1/partners', { name: 'Kestrel Data', types: ['si'], country: 'DE' });
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
});

const rows = (p: import('playwright-core').Page) => p.getByTestId('partners-table').locator('tbody tr');

describe(`partner directory in Chromium (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'filters, saves and picks a view, bulk-tags two partners and changes a state from the profile',
    async () => {
      const { page, context, errors } = await portal.newPage();
      await portal.signIn(page, tenant.users.admin.email);
      await page.waitForURL(`${base}/`);
      await page.getByTestId('nav-partners').click();
      await page.getByTestId('partners-table').waitFor();
      await hasCount(rows(page), 5);

      // Filter by headquarters country.
      await page.getByTestId('filter-country').click();
      await page.getByTestId('filter-country').fill('Norway');
      await page.getByRole('option', { name: 'Norway' }).click();
      await hasCount(rows(page), 2);
      await expect.poll(() => page.url()).toContain('country=NO');
      // Sort by name, descending, from the column header.
      await page.getByTestId('sort-name').click();
      await page.getByTestId('sort-name').click();
      await containsText(rows(page).first(), 'Fjord Cloud');
      await settled(page);
      await portal.expectAccessible(page, 'directory (filtered)');

      // Save the view, leave it, pick it again.
      await page.getByTestId('saved-view-save').click();
      await page.getByTestId('saved-view-name').fill('Norway');
      await page.getByTestId('saved-view-submit').click();
      await expect.poll(() => page.getByTestId('saved-view-select').inputValue()).toBe('Norway');
      await page.goto(`${base}/partners`);
      await hasCount(rows(page), 5);
      await page.getByTestId('saved-view-select').click();
      await page.getByRole('option', { name: 'Norway' }).click();
      await hasCount(rows(page), 2);
      await containsText(rows(page).first(), 'Fjord Cloud');

      // Bulk: tag both.
      await page.getByLabel('Select Fjord Analytics').check();
      await page.getByLabel('Select Fjord Cloud').check();
      await containsText(page.getByTestId('bulk-count'), '2 partners selected');
      await page.getByTestId('bulk-menu').click();
      await page.getByTestId('bulk-addTags').click();
      // The action menu fades out while the dialog opens; axe on the half-closed menu flaked.
      await page.getByRole('menu').waitFor({ state: 'detached' });
      await page.getByTestId('bulk-tags').fill('nordics');
      await page.keyboard.press('Enter');
      await settled(page, { networkIdle: false });
      await portal.expectAccessible(page, 'directory (bulk tag dialog)');
      await page.getByTestId('bulk-apply').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await containsText(page.getByTestId('bulk-result'), '2 partners updated');
      await expect
        .poll(() => page.getByTestId('partner-tags-cell').allTextContents())
        .toEqual(['nordics', 'nordics']);
      const tagged = await fetch(`${base}/api/v1/partners?filter%5Btag%5D=nordics&sort=name`, {
        headers: { authorization: `Bearer ${tenant.workspaceKey}` },
      });
      expect(((await tagged.json()) as { data: { name: string }[] }).data.map((p) => p.name)).toEqual([
        'Fjord Analytics',
        'Fjord Cloud',
      ]);

      // Profile → Lifecycle → Change state (only the allowed moves from "active" are offered).
      await page.getByRole('link', { name: 'Fjord Analytics' }).click();
      await page.getByTestId('tab-lifecycle').click();
      await page.getByTestId('lifecycle-change').click();
      await page.getByTestId('lifecycle-to').click();
      expect(await page.getByRole('option').allTextContents()).toEqual(['At risk', 'Inactive', 'Offboarded']);
      await page.getByRole('option', { name: 'At risk' }).click();
      await page.getByTestId('lifecycle-reason').fill('No registered deal this quarter');
      await settled(page, { networkIdle: false });
      await portal.expectAccessible(page, 'partner profile (change state dialog)');
      await page.getByTestId('lifecycle-submit').click();
      // The dialog fades out; axe must not judge its half-transparent title.
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await containsText(page.getByTestId('transitions-table'), 'No registered deal this quarter');
      await containsText(page.getByTestId('partner-status').first(), 'At risk');
      await settled(page);
      await portal.expectAccessible(page, 'partner profile (lifecycle)');
      await portal.shot(page, 'partner-lifecycle');

      // The overview shows every attribute; the activity tab lists the move with its reason.
      await page.getByTestId('tab-overview').click();
      await visible(page.getByText('Fjord Analytics AS').first());
      await page.getByTestId('tab-activity').click();
      await containsText(page.getByTestId('activity-table'), 'No registered deal this quarter');
      await settled(page);
      await portal.expectAccessible(page, 'partner profile (activity)');

      // The filter panel: the new tag and a language narrow the directory.
      await page.goto(`${base}/partners`);
      await hasCount(rows(page), 5);
      await page.getByTestId('filters-open').click();
      await page.getByTestId('filter-tag').fill('nordics');
      await settled(page, { networkIdle: false });
      await portal.expectAccessible(page, 'directory (filter panel)');
      await page.getByTestId('filters-apply').click();
      await hasCount(rows(page), 2);
      await page.getByTestId('filters-open').click();
      await page.getByTestId('filter-language').fill('nb');
      await page.getByTestId('filters-apply').click();
      await hasCount(rows(page), 1);
      await containsText(rows(page).first(), 'Fjord Analytics');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'directory settings: defines a custom field that the profile form then offers',
    async () => {
      const { page, context, errors } = await portal.newPage();
      await portal.signIn(page, tenant.users.owner.email);
      await page.waitForURL(`${base}/`);
      await page.goto(`${base}/partners/settings`);
      await page.getByRole('button', { name: 'Add field' }).click();
      await page.getByLabel('Key').fill('crm_id');
      await page.getByLabel('Label').fill('CRM account');
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      await visible(page.getByText('crm_id'));
      await settled(page);
      await portal.expectAccessible(page, 'directory settings');
      await page.goto(`${base}/partners/${tenant.partners[1]}`);
      await page.getByLabel('CRM account').fill('A-17');
      await page.getByTestId('partner-submit').click();
      await visible(page.getByRole('cell', { name: 'A-17' }));
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a partner user edits its own profile in the allowed fields only',
    async () => {
      const { page, context, errors } = await portal.newPage();
      await portal.signIn(page, tenant.users.partner_admin.email);
      await page.getByTestId('nav-myOrganisation').click();
      await page.getByTestId('partner-name').waitFor();
      await settled(page);
      // Legal name is not open to partners by default; the display name is.
      expect(await page.getByLabel('Legal name').isDisabled()).toBe(true);
      await page.getByTestId('partner-name').fill('Partner directory1 AS');
      await page.getByTestId('partner-submit').click();
      await containsText(page.getByRole('heading', { level: 1 }), 'Partner directory1 AS');
      await portal.expectAccessible(page, 'our profile (partner admin)');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
