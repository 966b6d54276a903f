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
 * Tiers in real Chromium: staff see the program's tiers in the editor, record metrics for a
 * partner and recompute on its profile; the partner admin sees the promotion on "Our tier" with
 * its explanation and a progress bar per condition of the next tier.
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
let programId: string;
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

const cond = (metric: string, operator: string, threshold: number) => ({
  type: 'condition',
  metric,
  operator,
  threshold,
});

beforeAll(async () => {
  portal = await startPortal({ label: 'tiers', target });
  ({ base, tenant } = portal);
  const pool = portal.server.platform.deps.pools.system;
  programId = newId('program');
  await pool.query(
    `insert into programs (workspace_id, id, name, slug) values ($1, $2, 'Resellers', 'resellers')`,
    [idToUuid(tenant.workspaceId), idToUuid(programId)],
  );
  await pool.query('update partners set program_id = $2 where workspace_id = $1', [
    idToUuid(tenant.workspaceId),
    idToUuid(programId),
  ]);
  owner = await sessionOf(tenant.users.owner.email);
  const tiers = [
    { name: 'Registered', rank: 1 },
    {
      name: 'Silver',
      rank: 2,
      discountPct: 10,
      criteria: {
        type: 'group',
        op: 'or',
        rules: [cond('revenue_won', '>=', 250000), cond('deals_won', '>=', 5)],
      },
    },
    {
      name: 'Gold',
      rank: 3,
      discountPct: 20,
      rebatePct: 3,
      mdfEligible: true,
      leadPriority: 3,
      criteria: {
        type: 'group',
        op: 'and',
        rules: [cond('revenue_won', '>=', 1000000), cond('certified_people', '>=', 3)],
      },
    },
    {
      name: 'Platinum',
      rank: 4,
      discountPct: 30,
      criteria: {
        type: 'group',
        op: 'and',
        rules: [
          cond('revenue_won', '>=', 5000000),
          {
            type: 'group',
            op: 'or',
            rules: [cond('certified_people', '>=', 10), cond('customer_satisfaction', '>=', 4.5)],
          },
        ],
      },
    },
  ];
  for (const tier of tiers) await call('POST', `/api/v1/programs/${programId}/tiers`, owner, tier);
  await call('POST', `/api/v1/programs/${programId}/tiers/recompute`, owner);
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

describe(`portal: tiers (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'staff see the tiers editor with the criteria builder',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.owner.email);
      await page.goto(`${base}/programs/${programId}/tiers`);
      await hasCount(page.getByTestId('tier-card'), 4);
      expect(await text(page.getByTestId('tier-card').first())).toContain('Platinum');
      await check(page, 'tiers-editor');
      await page.getByTestId('tier-card').nth(1).getByRole('button', { name: 'Edit' }).click();
      await visible(page.getByRole('dialog'));
      // The modal fades in; axe must not measure contrast mid-transition.
      await expect
        .poll(
          () => page.locator('.mantine-Modal-content').evaluate((el) => getComputedStyle(el).opacity),
          poll,
        )
        .toBe('1');
      await hasCount(page.getByRole('dialog').getByTestId('criteria-condition'), 2);
      await check(page, 'tiers-editor-gold');
      // Save a changed benefit through the form (PATCH with If-Match); the card shows it.
      await page.getByRole('dialog').getByLabel('Discount %').fill('25');
      await page.getByRole('dialog').getByRole('button', { name: 'Save tier' }).click();
      await hasCount(page.getByRole('dialog'), 0);
      await containsText(page.getByTestId('tier-card').nth(1), 'Discount % 25');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'staff record metrics and recompute; the partner sees the promotion, why, and progress toward the next tier',
    async () => {
      const partnerId = tenant.partners[0];
      await call('POST', `/api/v1/partners/${partnerId}/metrics`, owner, {
        events: [
          {
            metric: 'revenue_won',
            value: 1200000,
            occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
            externalRef: 'deal-1',
          },
          {
            metric: 'certified_people',
            value: 4,
            occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
          },
        ],
      });
      {
        const { context, page, errors } = await signedIn(tenant.users.owner.email);
        await page.goto(`${base}/partners/${partnerId}?tab=tier`);
        await visible(page.getByTestId('partner-tier-tab'));
        await page.getByRole('button', { name: 'Recompute now' }).click();
        await visible(page.getByText('Recomputed.'));
        await containsText(page.getByTestId('tier-name'), 'Gold');
        await containsText(page.getByTestId('tier-history'), 'Promoted');
        await check(page, 'partner-tier-tab');
        await closeContext(context, errors);
      }
      const { context, page, errors } = await signedIn(tenant.users.partner_admin.email);
      await page.getByTestId('nav-tier').click();
      await page.waitForURL(`${base}/tier`);
      await containsText(page.getByTestId('tier-name'), 'Gold');
      await containsText(
        page.getByTestId('tier-explanation'),
        'Gold: revenue 1.2M ≥ 1M and certified people 4 ≥ 3',
      );
      await containsText(page.getByTestId('tier-next'), 'Next tier: Platinum');
      await hasCount(page.getByTestId('tier-next').getByRole('progressbar'), 3);
      // Revenue 1.2M of 5M: the first bar stands at 24 %.
      expect(
        await page.getByTestId('tier-next').getByRole('progressbar').first().getAttribute('aria-valuenow'),
      ).toBe('24');
      // 25 %: the discount staff changed in the editor above.
      await containsText(page.getByTestId('tier-overview'), '25 %');
      await check(page, 'partner-tier');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
});
