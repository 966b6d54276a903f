import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PASSWORD, type Tenant } from '../support/fixtures.js';
import {
  closeContext,
  containsText,
  hasCount,
  hasText,
  navLabels,
  type Portal,
  SHOTS,
  settled,
  startPortal,
  visible,
} from '../support/portal.js';

/**
 * The partner portal in real Chromium (Debian's /usr/bin/chromium through playwright-core; no
 * browser download), against the production build (dist/web) served by the real server on a
 * fresh test database of the current target. Every page a test reaches is checked with axe-core
 * (no serious or critical violation) and each test saves a screenshot under test-results/portal/
 * (harness: test/support/portal.ts).
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
const metrics: Record<string, number | string> = {};

beforeAll(async () => {
  portal = await startPortal({ label: 'portal', target });
  ({ base, tenant } = portal);
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
  if (Object.keys(metrics).length > 0) {
    console.log(`portal timings (${target}): ${JSON.stringify(metrics)}`);
    writeFileSync(
      join(SHOTS, `metrics-${target}.json`),
      `${JSON.stringify({ target, ...metrics, axe: portal.axeLog }, null, 2)}\n`,
    );
  }
});

const newPage = (o?: Parameters<Portal['newPage']>[0]) => portal.newPage(o);
const expectAccessible = (...a: Parameters<Portal['expectAccessible']>) => portal.expectAccessible(...a);
const shot = (...a: Parameters<Portal['shot']>) => portal.shot(...a);
const signIn = (...a: Parameters<Portal['signIn']>) => portal.signIn(...a);

// --- tests ---------------------------------------------------------------------------------

describe(`partner portal in Chromium (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it('is served by the API server without changing the API', async () => {
    const page = await fetch(`${base}/partners/ptr_deep_link`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    await js.arrayBuffer();
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // API and operations paths keep answering problem+json, also for a browser.
    for (const path of ['/api/v1/nope', '/api/v1/partners/x/y', '/healthz/x', '/assets/missing.js']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
      expect(((await res.json()) as { code: string }).code, path).toBe('not_found');
    }
    const api = await fetch(`${base}/api/v1/me`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(401);
    await api.body?.cancel();
    const notHtml = await fetch(`${base}/some/page`, { headers: { accept: 'application/json' } });
    expect(notHtml.status).toBe(404);
    await notHtml.body?.cancel();
  });

  it(
    'signs in a vendor admin: vendor navigation, dashboard, partners, members, invitations, audit',
    async () => {
      const { context, page, errors } = await newPage();
      await page.goto(`${base}/`);
      await page.waitForURL(/\/login\?redirect=/);
      await expectAccessible(page, 'sign-in');
      await shot(page, 'sign-in');

      await page.evaluate(() => performance.mark('test:submit'));
      await page.getByTestId('login-email').fill(tenant.users.admin.email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${base}/`);
      await expect.poll(() => page.getByTestId('stat-partners').textContent()).toContain('2');
      metrics.signInToDashboardDataMs = Math.round(
        await page.evaluate(
          () =>
            performance.getEntriesByName('symbio:dashboard-ready')[0]!.startTime -
            performance.getEntriesByName('test:submit')[0]!.startTime,
        ),
      );
      expect(await navLabels(page)).toEqual([
        'nav-dashboard',
        'nav-deals',
        'nav-dealReview',
        'nav-dealConflicts',
        'nav-dealExtensions',
        'nav-pipeline',
        'nav-accountPlans',
        'nav-touchpoints',
        'nav-partners',
        'nav-applications',
        'nav-agreements',
        'nav-members',
        'nav-invitations',
        'nav-apiKeys',
        'nav-webhooks',
        'nav-programs',
        'nav-products',
        'nav-audit',
        'nav-mail',
        'nav-account',
      ]);

      // The dashboard loaded afresh with the session: first contentful paint and data shown.
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.getByTestId('dashboard-vendorAdmin').waitFor();
      // Paint entries are reported a frame after the paint: wait for both.
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('symbio:dashboard-ready').length === 1 &&
          performance.getEntriesByName('first-contentful-paint').length === 1,
        undefined,
        { timeout: 10_000 },
      );
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        ready: performance.getEntriesByName('symbio:dashboard-ready')[0]!.startTime,
      }));
      metrics.dashboardFirstContentfulPaintMs = Math.round(timing.fcp);
      metrics.dashboardDataShownMs = Math.round(timing.ready);
      console.log(
        `dashboard after sign-in (${target}): first contentful paint ${timing.fcp.toFixed(0)} ms, data shown ${timing.ready.toFixed(0)} ms`,
      );
      await settled(page);
      await expectAccessible(page, 'dashboard (vendor admin)');
      await shot(page, 'dashboard-vendor-admin');

      // Keyboard: the first Tab reaches a visible "Skip to content" link with a focus outline.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, top: el.getBoundingClientRect().top, outline: style.outlineStyle };
      });
      expect(focused.text).toBe('Skip to content');
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.outline).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await page.getByTestId('nav-partners').click();
      await page.getByTestId('partners-table').waitFor();
      await hasCount(page.getByTestId('partners-table').locator('tbody tr'), 2);
      await page.getByLabel('Search').fill('portal1');
      await expect.poll(() => page.getByTestId('partners-table').locator('tbody tr').count()).toBe(1);
      await settled(page);
      await expectAccessible(page, 'partners');
      await page.getByRole('link', { name: 'Partner portal1' }).click();
      await page.getByTestId('partner-name').waitFor();
      await settled(page);
      await expectAccessible(page, 'partner detail');
      await page.getByTestId('partner-name').fill('Partner portal1 GmbH');
      await page.getByRole('button', { name: 'Save' }).click();
      await hasText(page.getByRole('heading', { level: 1 }), 'Partner portal1 GmbH');

      await page.getByTestId('nav-members').click();
      await page.getByTestId('members-table').waitFor();
      await settled(page);
      await expectAccessible(page, 'members');

      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-table').waitFor();
      await page.getByTestId('audit-verify').click();
      await containsText(page.getByTestId('audit-verify-result'), 'The chain is intact');
      await settled(page);
      await expectAccessible(page, 'audit log');
      await shot(page, 'audit-log');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'invites a partner user, who accepts the invitation and sees the partner navigation',
    async () => {
      const admin = await newPage();
      await signIn(admin.page, tenant.users.admin.email);
      await admin.page.waitForURL(`${base}/`);
      await admin.page.goto(`${base}/invitations?invite=${tenant.partners[1]}`);
      await admin.page.getByTestId('invite-email').fill('new.partner.user@test.example');
      await admin.page.getByTestId('invite-submit').click();
      const link = (await admin.page.getByTestId('shown-once').textContent()) ?? '';
      expect(link).toMatch(/\/accept-invitation#token=/);
      await expectAccessible(admin.page, 'invitations (link shown once)');
      await admin.page.getByTestId('invite-done').click();
      await containsText(admin.page.getByTestId('invitations-table'), 'new.partner.user@test.example');
      await expectAccessible(admin.page, 'invitations');
      await closeContext(admin.context, admin.errors);

      const invitee = await newPage({ width: 390 });
      await invitee.page.goto(`${base}/accept-invitation#token=${link.split('#token=')[1]}`);
      await expect.poll(() => invitee.page.evaluate(() => location.hash)).toBe('');
      await invitee.page.getByLabel('Name').fill('Nova Partner');
      await invitee.page.getByLabel('New password').fill('a fine new passphrase');
      await invitee.page.getByRole('button', { name: 'Accept invitation' }).click();
      await visible(invitee.page.getByText('Your account is ready'));
      await expectAccessible(invitee.page, 'accept invitation (390 px)');
      await signIn(invitee.page, 'new.partner.user@test.example', 'a fine new passphrase');
      await invitee.page.getByTestId('dashboard-partnerAdmin').waitFor();
      await containsText(invitee.page.getByTestId('org-profile'), 'Partner portal2');
      await settled(invitee.page);
      await expectAccessible(invitee.page, 'dashboard (partner admin, 390 px)');
      await shot(invitee.page, 'dashboard-partner-admin-390');
      await invitee.page.getByRole('button', { name: 'Open navigation' }).click();
      expect(await navLabels(invitee.page)).toEqual([
        'nav-dashboard',
        'nav-deals',
        'nav-accountPlans',
        'nav-touchpoints',
        'nav-myOrganisation',
        'nav-onboarding',
        'nav-tier',
        'nav-members',
        'nav-invitations',
        'nav-apiKeys',
        'nav-account',
      ]);
      await expectAccessible(invitee.page, 'navigation open (390 px)');
      await shot(invitee.page, 'navigation-partner-admin-390');
      await closeContext(invitee.context, invitee.errors);

      // A partner rep sees less: no invitations, no API keys, and only its own organisation.
      const rep = await newPage();
      await signIn(rep.page, tenant.users.partner_rep.email);
      await rep.page.getByTestId('dashboard-partnerRep').waitFor();
      expect(await navLabels(rep.page)).toEqual([
        'nav-dashboard',
        'nav-deals',
        'nav-accountPlans',
        'nav-touchpoints',
        'nav-myOrganisation',
        'nav-onboarding',
        'nav-tier',
        'nav-members',
        'nav-account',
      ]);
      await rep.page.getByTestId('nav-myOrganisation').click();
      await containsText(rep.page.getByRole('heading', { level: 1 }), 'Partner portal1');
      await settled(rep.page);
      await expectAccessible(rep.page, 'my organisation (partner rep)');
      await rep.page.goto(`${base}/partners/${tenant.partners[1]}`);
      await visible(rep.page.getByText('Not found').first());
      await shot(rep.page, 'partner-rep-other-partner-404');
      await closeContext(rep.context, rep.errors);
    },
    TIMEOUT,
  );

  it(
    'enrols two-factor authentication with a QR code and signs in again with a code and a recovery code',
    async () => {
      const { context, page, errors } = await newPage();
      const user = tenant.users.channel_manager;
      await signIn(page, user.email);
      await page.waitForURL(`${base}/`);
      await page.goto(`${base}/account/security`);
      await page.getByTestId('totp-begin').click();
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await visible(page.getByRole('img', { name: /QR code/ }));
      await expectAccessible(page, 'two-factor enrolment (QR code)');
      await shot(page, 'totp-enrolment');
      await page.getByTestId('totp-confirm-code').locator('input').first().click();
      await page.keyboard.type(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
      const codes = page.getByTestId('recovery-codes').locator('code');
      await hasCount(codes, 10);
      const recovery = ((await codes.nth(3).textContent()) ?? '').trim();
      await expectAccessible(page, 'recovery codes (shown once)');
      await page.getByTestId('recovery-done').click();
      await hasText(page.getByTestId('totp-status'), 'On');

      await page.getByTestId('user-menu').click();
      await page.getByTestId('sign-out').click();
      await page.getByTestId('signed-out').waitFor();
      await page.getByTestId('login-email').fill(user.email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('totp-code').waitFor();
      await expectAccessible(page, 'sign-in: code step');
      await shot(page, 'sign-in-code-step');
      // The code of the next 30-second step: the enrolment spent this one (codes are single-use).
      await page.keyboard.type(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
      await page.getByTestId('dashboard-channelManager').waitFor();

      await page.getByTestId('user-menu').click();
      await page.getByTestId('sign-out').click();
      await page.getByTestId('signed-out').waitFor();
      await page.getByTestId('login-email').fill(user.email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await page.getByTestId('recovery-code').fill(recovery);
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByTestId('dashboard-channelManager').waitFor();
      await settled(page);
      await expectAccessible(page, 'dashboard (channel manager)');
      await shot(page, 'dashboard-channel-manager');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'creates an API key (secret shown once, works) and revokes it (stops working)',
    async () => {
      const { context, page, errors } = await newPage();
      await signIn(page, tenant.users.owner.email);
      await page.waitForURL(`${base}/`);
      await page.getByTestId('nav-apiKeys').click();
      await page.getByTestId('apikey-new').first().click();
      await page.getByTestId('apikey-name').fill('CRM sync');
      await page.getByTestId('scope-partners.read').click();
      await expectAccessible(page, 'create API key');
      await page.getByTestId('apikey-submit').click();
      const secret = ((await page.getByTestId('shown-once').textContent()) ?? '').trim();
      expect(secret).toMatch(/^sbk_/);
      await expectAccessible(page, 'API key secret (shown once)');
      await shot(page, 'api-key-secret-once');
      const withKey = () =>
        fetch(`${base}/api/v1/partners`, { headers: { authorization: `Bearer ${secret}` } });
      expect((await withKey()).status).toBe(200);

      await page.getByTestId('apikey-done').click();
      const row = page.getByTestId('apikey-row').filter({ hasText: 'CRM sync' });
      await containsText(row, 'partners.read');
      await hasCount(page.getByText(secret), 0); // never shown again
      await row.getByTestId('apikey-revoke').click();
      await page.getByRole('button', { name: 'Revoke' }).last().click();
      await hasCount(row, 0); // gone from the active keys
      await page.getByText('Revoked', { exact: true }).first().click();
      await containsText(page.getByTestId('apikey-row').filter({ hasText: 'CRM sync' }), 'Revoked');
      expect((await withKey()).status).toBe(401);
      await settled(page);
      await expectAccessible(page, 'API keys');
      await shot(page, 'api-keys-revoked');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'switches the language to German and Japanese (saved to the profile) and back',
    async () => {
      const { context, page, errors } = await newPage();
      await signIn(page, tenant.users.sales.email);
      await page.getByTestId('dashboard-staff').waitFor();
      expect(await navLabels(page)).toEqual([
        'nav-dashboard',
        'nav-deals',
        'nav-pipeline',
        'nav-accountPlans',
        'nav-touchpoints',
        'nav-partners',
        'nav-agreements',
        'nav-members',
        'nav-account',
      ]);
      const nav = page.getByTestId('main-nav');

      await page.getByTestId('language-menu').press('Enter');
      await page.getByTestId('language-de').press('Enter');
      await containsText(nav, 'Partnerprogramm');
      await hasText(page.getByTestId('nav-account'), 'Ihr Konto');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      await settled(page);
      await expectAccessible(page, 'dashboard (German)');
      await shot(page, 'dashboard-german');

      await page.getByTestId('language-menu').click();
      await page.getByTestId('language-ja').click();
      await hasText(page.getByTestId('nav-partners'), 'パートナー');
      await hasText(page.getByTestId('nav-account'), 'アカウント');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      // Saved to the profile: a reload (and any other device) opens in Japanese.
      await page.reload();
      await hasText(page.getByTestId('nav-partners'), 'パートナー');
      await page.getByTestId('nav-partners').click();
      await page.getByTestId('partners-table').waitFor();
      await settled(page);
      await expectAccessible(page, 'partners (Japanese)');
      await shot(page, 'partners-japanese');

      await page.getByTestId('language-menu').click();
      await page.getByTestId('language-en').click();
      await hasText(page.getByTestId('nav-partners'), 'Partners');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'switches to dark mode, which persists, at 1280 and 390 px',
    async () => {
      const { context, page, errors } = await newPage();
      await signIn(page, tenant.users.finance.email);
      await page.getByTestId('dashboard-staff').waitFor();
      const scheme = () =>
        page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
      expect(await scheme()).toBe('light');
      await page.getByTestId('color-scheme-toggle').click();
      await expect.poll(scheme).toBe('dark');
      await page.reload();
      await page.getByTestId('dashboard-staff').waitFor();
      expect(await scheme()).toBe('dark');
      await settled(page);
      await expectAccessible(page, 'dashboard (dark)');
      await shot(page, 'dashboard-dark');
      await page.goto(`${base}/audit`);
      await page.getByTestId('audit-table').waitFor();
      await settled(page);
      await expectAccessible(page, 'audit log (dark)');
      await page.goto(`${base}/account`);
      await page.getByLabel('Time zone').first().waitFor();
      await settled(page);
      await page.getByLabel('Name').fill('Femi Finance');
      await page.getByRole('button', { name: 'Save' }).click();
      await containsText(page.getByRole('status'), 'Saved.');
      await page.getByTestId('user-menu').click();
      await visible(page.getByText('Femi Finance'));
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'hidden' });
      await expectAccessible(page, 'account profile (dark)');
      await shot(page, 'account-dark');
      await closeContext(context, errors);

      const phone = await newPage({ width: 390, colorScheme: 'dark' });
      await signIn(phone.page, tenant.users.finance.email);
      await phone.page.getByTestId('dashboard-staff').waitFor();
      expect(
        await phone.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme')),
      ).toBe('dark');
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(0);
      await settled(phone.page);
      await expectAccessible(phone.page, 'dashboard (dark, 390 px)');
      await shot(phone.page, 'dashboard-dark-390');
      await phone.page.goto(`${base}/forgot-password`);
      await phone.page.getByLabel('E-mail').fill('someone@test.example');
      await phone.page.getByRole('button', { name: 'Send reset link' }).click();
      await containsText(phone.page.getByRole('status'), 'reset link is on its way');
      await expectAccessible(phone.page, 'forgot password (dark, 390 px)');
      await closeContext(phone.context, phone.errors);
    },
    TIMEOUT,
  );
});
