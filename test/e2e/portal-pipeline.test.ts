import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
 * The product catalogue and the vendor pipeline in real Chromium: staff create a product line
 * and a product with two list prices through the dialogs, then import vendor opportunities from
 * CSV — the dry-run preview names the bad row by line and column, the import writes the good
 * rows — and find them in the table. axe checks every state, the import also at 390 px.
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;

beforeAll(async () => {
  portal = await startPortal({ label: 'pipeline', target });
  base = portal.base;
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
});

async function signedIn(email: string, width?: number) {
  const ctx = await portal.newPage(width ? { width } : {});
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
async function dialogOpen(page: Page) {
  await visible(page.getByRole('dialog'));
  await expect
    .poll(
      () =>
        page
          .locator('.mantine-Modal-content')
          .last()
          .evaluate((el) => getComputedStyle(el).opacity),
      poll,
    )
    .toBe('1');
}

/** Picks a value in a searchable Mantine Select and waits for its dropdown to close. */
async function pick(page: Page, input: ReturnType<Page['getByTestId']>, value: string) {
  await input.click();
  await input.fill(value);
  await page.getByRole('option', { name: value, exact: true }).click();
  await hasCount(page.getByRole('listbox'), 0);
}

const csv = [
  'externalRef,name,customerName,customerWebsite,customerCountry,amount,currency,stage,status,expectedCloseDate,productLineCodes,accountExternalRef,ownerName',
  'OPP-1,Factory refresh,Acme Robotics GmbH,www.acme-robotics.de,DE,12500.50,EUR,proposal,open,2027-03-31,NET,,Kim',
  'OPP-2,Bad row,Broken Co,,XX,12.345,EUR,,open,,,,',
  'OPP-3,Branch rollout,Nippon Widgets KK,nippon-widgets.jp,JP,150000,JPY,qualification,open,,NET,,',
].join('\n');

describe(`portal: products and vendor pipeline (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'staff create a product line and a product with two list prices',
    async () => {
      const { context, page, errors } = await signedIn(portal.tenant.users.owner.email);
      await page.getByTestId('nav-products').click();
      await page.waitForURL(`${base}/products`);
      await visible(page.getByRole('heading', { name: 'Product lines' }));
      await check(page, 'products-empty');

      await page.getByTestId('line-new').click();
      await dialogOpen(page);
      const lineDialog = page.getByRole('dialog');
      await lineDialog.getByLabel('Name').fill('Network security');
      await lineDialog.getByLabel('Code').fill('net');
      await lineDialog.getByRole('button', { name: 'Create' }).click();
      await hasCount(page.getByRole('dialog'), 0);
      await containsText(page.getByTestId('lines-table').locator('tbody tr').first(), 'NET');

      await page.getByTestId('product-new').click();
      await dialogOpen(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name').fill('Firewall 100');
      await dialog.getByLabel('SKU').fill('NET-FW-100');
      await dialog.getByTestId('price-add').click();
      await pick(page, dialog.getByTestId('price-currency-0'), 'EUR');
      await dialog.getByTestId('price-amount-0').fill('1200');
      await dialog.getByTestId('price-add').click();
      await pick(page, dialog.getByTestId('price-currency-1'), 'USD');
      await dialog.getByTestId('price-amount-1').fill('1300.5');
      await check(page, 'product-dialog');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await hasCount(page.getByRole('dialog'), 0);

      const row = page.getByTestId('products-table').locator('tbody tr').first();
      await containsText(row, 'Firewall 100');
      await containsText(row, '€1,200.00');
      await containsText(row, '$1,300.50');
      await check(page, 'products');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'staff import vendor opportunities from CSV: preview names the bad row, the import writes the others',
    async () => {
      const { context, page, errors } = await signedIn(portal.tenant.users.owner.email);
      await page.getByTestId('nav-pipeline').click();
      await page.waitForURL(`${base}/pipeline`);
      await visible(page.getByRole('tab', { name: 'Vendor opportunities' }));
      await check(page, 'pipeline-empty');

      await page.getByTestId('opportunity-import').click();
      await dialogOpen(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('import-text').fill(csv);
      await dialog.getByTestId('import-preview').click();
      await visible(dialog.getByTestId('import-report'));
      await containsText(dialog.getByTestId('import-report'), 'Preview: nothing has been written yet');
      const errorRows = dialog.getByTestId('import-errors').locator('tbody tr');
      await hasCount(errorRows, 2);
      expect(await text(errorRows.first())).toContain('3');
      const errorText = await dialog.getByTestId('import-errors').textContent();
      expect(errorText).toContain('customerCountry');
      expect(errorText).toContain('amount');
      await check(page, 'pipeline-import-preview');

      await dialog.getByTestId('import-run').click();
      await containsText(dialog.getByTestId('import-report'), 'Import finished');
      await containsText(dialog.getByTestId('import-report'), '2 created');
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await hasCount(page.getByRole('dialog'), 0);

      const table = page.getByTestId('opportunities-table');
      await hasCount(table.locator('tbody tr'), 2);
      const body = await table.textContent();
      expect(body).toContain('Factory refresh');
      expect(body).toContain('Acme Robotics GmbH');
      expect(body).toContain('€12,500.50');
      expect(body).toContain('¥150,000');
      expect(body).not.toContain('Bad row');
      await check(page, 'pipeline-opportunities');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a partner registers the imported customer: staff see the vendor opportunity it matched, its status in words',
    async () => {
      const res = await fetch(`${base}/api/v1/deals`, {
        method: 'POST',
        headers: { authorization: `Bearer ${portal.tenant.partnerKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Robot cells',
          customer: { name: 'ACME Robotics', website: 'https://acme-robotics.de', country: 'DE' },
          currency: 'EUR',
          amountMinor: 900_000,
          expectedCloseDate: '2027-03-31',
          submit: true,
        }),
      });
      expect(res.status).toBe(201);
      const deal = (await res.json()) as { id: string };
      const { context, page, errors } = await signedIn(portal.tenant.users.owner.email);
      await page.goto(`${base}/deals/${deal.id}`);
      const other = page.getByTestId('conflict-other');
      await containsText(other, 'Acme Robotics GmbH');
      // The opportunity's status as a word of the UI language, not the stored value ("open").
      await containsText(other.locator('tr').filter({ hasText: 'State' }).locator('td').last(), 'Open');
      await check(page, 'deal-conflict-vendor-opportunity');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'the pipeline works at 390 px in dark mode',
    async () => {
      const ctx = await portal.newPage({ width: 390, colorScheme: 'dark' });
      await portal.signIn(ctx.page, portal.tenant.users.owner.email);
      await ctx.page.waitForURL(`${base}/`);
      await ctx.page.goto(`${base}/pipeline`);
      await hasCount(ctx.page.getByTestId('opportunities-table').locator('tbody tr'), 2);
      await check(ctx.page, 'pipeline-390-dark');
      await ctx.page.getByRole('tab', { name: 'Accounts' }).click();
      await visible(ctx.page.getByText('No accounts yet'));
      await check(ctx.page, 'pipeline-accounts-390-dark');
      await closeContext(ctx.context, ctx.errors);
    },
    TIMEOUT,
  );
});
