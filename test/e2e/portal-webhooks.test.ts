import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBackgroundWork } from '../../src/platform/jobs/runner.js';
import { PASSWORD, type Tenant } from '../support/fixtures.js';
import {
  closeContext,
  containsText,
  hasCount,
  hasText,
  type Portal,
  poll,
  settled,
  startPortal,
  text,
  visible,
} from '../support/portal.js';
import { startReceiver } from '../support/webhook-receiver.js';

/**
 * The portal's webhooks admin, notification bell and mailbox in real Chromium, against a server
 * that allows private webhook targets (the receiver runs in this process on 127.0.0.1) and runs
 * no job runner: the tests run the background work themselves (`runBackgroundWork`).
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  portal = await startPortal({ label: 'hooks', target, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
  ({ base, tenant } = portal);
  receiver = await startReceiver();
}, TIMEOUT);

afterAll(async () => {
  await receiver?.close();
  await portal?.stop();
});

const work = () => runBackgroundWork(portal.server.platform.deps);

/** A call to the public API, as an API key or a session (cookie + CSRF token). */
async function call<T>(
  method: string,
  path: string,
  who: string | { cookie: string; csrf: string },
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> =
    typeof who === 'string'
      ? { authorization: `Bearer ${who}` }
      : { cookie: who.cookie, 'x-csrf-token': who.csrf };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${raw}`);
  return (raw ? JSON.parse(raw) : undefined) as T;
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

async function signedIn(email: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const ctx = await portal.newPage(options);
  await portal.signIn(ctx.page, email);
  await ctx.page.waitForURL(`${base}/`);
  return ctx;
}

async function check(
  page: Page,
  name: string,
  options: { networkIdle?: boolean; skipFrames?: string[] } = {},
) {
  await settled(page, options);
  await portal.expectAccessible(page, name, options.skipFrames);
  await portal.shot(page, name);
}

describe(`portal: webhooks, notifications, mailbox (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'creates an endpoint (secret once), sees a signed delivery and its attempts, replays a failure',
    async () => {
      const { context, page, errors } = await signedIn(tenant.users.admin.email);
      await page.getByTestId('nav-webhooks').click();
      await page.waitForURL(`${base}/webhooks`);
      await visible(page.getByTestId('empty-state'));
      await check(page, 'webhooks-empty');

      // The server's field error is shown on the URL field.
      await page.getByTestId('webhook-new').first().click();
      await visible(page.getByTestId('event-partner.created'));
      await page.getByTestId('webhook-url').fill('ftp://example.com/hook');
      await page.getByTestId('event-partner.created').check();
      await page.getByTestId('webhook-submit').click();
      await containsText(page.locator('[role="dialog"] [id$="-error"]'), 'http(s)');
      await check(page, 'webhooks-create-error');

      await page.getByTestId('webhook-url').fill(receiver.url);
      await page.getByTestId('webhook-submit').click();
      await visible(page.getByTestId('webhook-created'));
      const secret = await text(page.getByTestId('shown-once'));
      expect(secret).toMatch(/^whsec_/);
      receiver.expectSecrets(secret);
      await check(page, 'webhooks-secret-once');
      await page.getByTestId('webhook-done').click();
      await hasCount(page.getByTestId('webhook-row'), 1);
      await hasText(page.getByTestId('webhook-status'), 'Enabled');
      await check(page, 'webhooks-list');

      // An event the endpoint subscribes to → one delivery, signed (the receiver verifies it).
      await call('POST', '/api/v1/partners', tenant.workspaceKey, { name: 'Hooked GmbH', types: ['var'] });
      await work();
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.verified).toBe(true);

      await page.getByRole('link', { name: `Open endpoint ${receiver.url}` }).click();
      await page.waitForURL(/\/webhooks\/whk_/);
      await hasCount(page.getByTestId('delivery-row'), 1);
      await hasText(page.getByTestId('delivery-status'), 'Succeeded');
      await hasCount(page.locator('[data-testid="secret-hints"] p'), 1);
      await check(page, 'webhook-endpoint');

      await page.getByTestId('delivery-link').click();
      await page.waitForURL(/\/deliveries\/whd_|\/deliveries\//);
      await hasCount(page.getByTestId('attempt'), 1);
      await hasText(page.getByTestId('attempt-status'), '204');
      await containsText(page.getByTestId('delivery-payload'), 'Hooked GmbH');
      await check(page, 'webhook-delivery');

      // The receiver fails: a replay records a second attempt with its 500 and body.
      receiver.setFailAlways(true);
      await page.getByTestId('delivery-replay').click();
      await visible(page.getByTestId('delivery-replayed'));
      await work();
      expect(receiver.received).toHaveLength(2);
      await page.reload();
      await hasCount(page.getByTestId('attempt'), 2);
      await hasText(page.getByTestId('attempt-status'), '500');
      await containsText(page.getByTestId('attempt-body'), 'receiver says no');
      await check(page, 'webhook-delivery-failed');

      // Back on the endpoint: filter by status, replay all failed, rotate the secret.
      receiver.setFailAlways(false);
      await page.getByRole('link', { name: 'Back to the endpoint' }).click();
      await page
        .getByRole('radiogroup', { name: 'Delivery status' })
        .getByText('Pending', { exact: true })
        .click();
      await hasCount(page.getByTestId('delivery-row'), 1);
      await page.getByTestId('replay-failed').click();
      await visible(page.getByTestId('replay-result'));
      await page.getByTestId('endpoint-rotate').click();
      await page.getByTestId('overlap-hours').fill('2');
      await page.getByTestId('rotate-submit').click();
      await visible(page.getByTestId('secret-rotated'));
      const rotated = await text(page.getByTestId('shown-once'));
      expect(rotated).toMatch(/^whsec_/);
      expect(rotated).not.toBe(secret);
      await check(page, 'webhook-rotated');
      await page.keyboard.press('Escape');
      await hasCount(page.locator('[data-testid="secret-hints"] p'), 2);

      // Disable and enable again (If-Match on each PATCH).
      await page.getByTestId('endpoint-toggle').click();
      await hasText(page.getByTestId('webhook-status'), 'Disabled');
      await page.getByTestId('endpoint-toggle').click();
      await hasText(page.getByTestId('webhook-status'), 'Enabled');
      await closeContext(context, errors);

      // Phone width, dark: the delivery log and the delivery stay usable.
      const phone = await signedIn(tenant.users.admin.email, { width: 390, colorScheme: 'dark' });
      const endpointUrl = `${base}/webhooks/${(await call<{ data: { id: string }[] }>('GET', '/api/v1/webhooks', tenant.workspaceKey)).data[0]!.id}`;
      await phone.page.goto(endpointUrl);
      await hasCount(phone.page.getByTestId('delivery-row'), 1);
      await check(phone.page, 'webhook-endpoint-phone-dark');
      await closeContext(phone.context, phone.errors);
    },
    TIMEOUT,
  );

  it(
    'shows a notification in the bell after a role change, marks one and then all read',
    async () => {
      const user = tenant.users.channel_manager;
      const { context, page, errors } = await signedIn(user.email);
      await page.getByTestId('bell').click();
      await visible(page.getByTestId('bell-panel'));
      await visible(page.getByTestId('bell-panel').getByTestId('empty-state'));
      await check(page, 'bell-empty');
      await page.keyboard.press('Escape');

      // The owner changes this user's role twice: two notifications.
      const owner = await sessionOf(tenant.users.owner.email);
      const members = await call<{ data: { id: string; email: string }[] }>(
        'GET',
        `/api/v1/members?q=${encodeURIComponent(user.email)}`,
        owner,
      );
      const memberId = members.data.find((m) => m.email === user.email)!.id;
      await call('PATCH', `/api/v1/members/${memberId}`, owner, { role: 'sales' });
      await work();
      await call('PATCH', `/api/v1/members/${memberId}`, owner, { role: 'channel_manager' });
      await work();

      await page.reload();
      await hasText(page.getByTestId('bell-count').locator('.mantine-Indicator-indicator'), '2');
      // Keyboard: focus the bell, open it with Enter.
      await page.getByTestId('bell').focus();
      await page.keyboard.press('Enter');
      await hasCount(page.getByTestId('notification'), 2);
      await containsText(page.getByTestId('notification'), 'Your role is now Channel manager.');
      await check(page, 'bell-open');

      await page.getByTestId('notification').first().click();
      await expect
        .poll(() => page.getByTestId('notification').first().getAttribute('data-unread'), poll)
        .toBeNull();
      await hasText(page.getByTestId('bell-count').locator('.mantine-Indicator-indicator'), '1');
      await page.getByTestId('bell-mark-all').click();
      await hasCount(page.locator('[data-testid="notification"][data-unread]'), 0);
      await hasCount(page.getByTestId('bell-count').locator('.mantine-Indicator-indicator'), 0);
      await check(page, 'bell-all-read');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'shows an invitation mail in the dev mailbox, with its HTML in a sandboxed frame',
    async () => {
      const email = `invitee.${Date.now()}@test.example`;
      await call('POST', '/api/v1/invitations', tenant.workspaceKey, { email, role: 'viewer' });
      await work();
      const { context, page, errors } = await signedIn(tenant.users.admin.email);
      await page.getByTestId('nav-mail').click();
      await page.waitForURL(`${base}/mail`);
      await hasText(page.locator('h1'), 'Dev mailbox');
      await visible(page.getByTestId('dev-mailbox-note'));
      await page.getByTestId('mail-recipient').fill(email);
      await page.keyboard.press('Enter');
      await hasCount(page.getByTestId('mail-row'), 1);
      await hasText(page.getByTestId('mail-status'), 'Stored');
      await check(page, 'mailbox');

      await page.getByTestId('mail-link').click();
      await page.waitForURL(/\/mail\/mail_/);
      const frame = page.getByTestId('mail-html');
      expect(await frame.getAttribute('sandbox')).toBe('');
      await containsText(page.getByTestId('mail-text'), '/accept-invitation');
      // The frame runs no scripts, so Playwright cannot look inside it (nor can axe): its document is
      // checked through srcdoc, and the screenshot shows it rendered. It never reports
      // "networkidle" either, so the check waits for the page's own data instead.
      expect(await frame.getAttribute('srcdoc')).toContain('/accept-invitation');
      await check(page, 'mailbox-detail', { networkIdle: false, skipFrames: ['[data-testid="mail-html"]'] });
      await closeContext(context, errors);

      const phone = await signedIn(tenant.users.admin.email, { width: 390, colorScheme: 'dark' });
      await phone.page.goto(`${base}/mail`);
      await hasCount(phone.page.getByTestId('mail-row'), 1);
      await check(phone.page, 'mailbox-phone-dark');
      await closeContext(phone.context, phone.errors);
    },
    TIMEOUT,
  );
});
