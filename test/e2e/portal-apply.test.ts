import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idToUuid } from '../../src/platform/ids/index.js';
import { runBackgroundWork } from '../../src/platform/jobs/runner.js';
import type { Tenant } from '../support/fixtures.js';
import { closeContext, containsText, type Portal, settled, startPortal, visible } from '../support/portal.js';
import { startSmtpSink, textOf } from '../support/smtp-sink.js';

/**
 * The public application in real Chromium: the form (no sign-in), the confirmation e-mail read
 * from an in-process SMTP server, the outcome page; a restricted-country applicant rejected with
 * its reason; a screening hit in the staff review queue with its matched entry and score, approved
 * from there. The server runs no job runner: mail goes out when the test runs the background work.
 */
const target = inject('dbTarget');
const TIMEOUT = 180_000;

let portal: Portal;
let base: string;
let tenant: Tenant;
let wsSlug: string;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${tenant.workspaceKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

beforeAll(async () => {
  sink = await startSmtpSink();
  portal = await startPortal({ label: 'apply', target, env: { SMTP_URL: sink.url } });
  ({ base, tenant } = portal);
  const pools = portal.server.platform.deps.pools;
  wsSlug = (
    await pools.system.query('select slug from workspaces where id = $1', [idToUuid(tenant.workspaceId)])
  ).rows[0].slug;
  await call('POST', '/api/v1/programs', {
    name: 'Reseller program',
    slug: 'resellers',
    description: 'For value-added resellers.',
    partnerTypes: ['var', 'msp'],
    vetting: { restrictedCountries: ['KP'] },
  });
  await call('POST', '/api/v1/screening/lists', {
    format: 'csl',
    name: 'Consolidated Screening List',
    csv: [
      '_id,source,entity_number,type,programs,name,title,addresses,alt_names',
      '1,Specially Designated Nationals (SDN) - Treasury Department,306,Entity,CUBA,ANGLO-CARIBBEAN CO. LTD.,,"London, GB",AN-CAR TRADING',
    ].join('\n'),
  });
}, TIMEOUT);

afterAll(async () => {
  await portal?.stop();
  await sink?.stop();
});

async function check(page: Page, name: string) {
  await settled(page);
  await portal.shot(page, name);
  await portal.expectAccessible(page, name);
}

async function pick(page: Page, testId: string, option: string, type?: string) {
  const input = page.getByTestId(testId);
  await input.click();
  if (type) await input.fill(type);
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

type Applicant = { company: string; website: string; country: string; countryLabel: string; email: string };

/** Fills the public form as a person would and submits it; returns the "check your e-mail" page. */
async function applyThroughForm(page: Page, a: Applicant, shotName?: string) {
  await page.goto(`${base}/apply/${wsSlug}/resellers`);
  await visible(page.getByTestId('apply-form')).catch(async (e) => {
    throw new Error(`${e}\n${await page.locator('body').innerText()}`);
  });
  await page.getByRole('textbox', { name: /Company name/ }).fill(a.company);
  await page.getByRole('textbox', { name: /Website/ }).fill(a.website);
  await pick(page, 'apply-country', a.countryLabel, a.countryLabel.slice(0, 5));
  await page.getByRole('checkbox', { name: 'Reseller (VAR)' }).check();
  await page.getByRole('textbox', { name: /Your name/ }).fill('Ada Applicant');
  await page.getByRole('textbox', { name: /Business e-mail/ }).fill(a.email);
  await page.getByLabel(/^Password/).fill('a long applicant password');
  // The honeypot is out of sight and out of the accessibility tree.
  expect(await page.getByRole('textbox', { name: /Leave this field empty/ }).count()).toBe(0);
  expect(await page.locator('input[name="faxNumber"]').count()).toBe(1);
  if (shotName) await check(page, shotName);
  await page.getByRole('button', { name: 'Apply' }).click();
  await visible(page.getByTestId('apply-sent'));
}

/** Sends due mail and returns the path (with its #token) of the newest link to `path` sent to `to`. */
async function linkFromMail(to: string, path: string): Promise<string> {
  await runBackgroundWork(portal.server.platform.deps);
  const mail = [...sink.arrived].reverse().find((m) => m.to.includes(to));
  expect(mail, `a mail to ${to}`).toBeTruthy();
  const match = new RegExp(`https?://[^\\s/]+(${path.replace(/\//g, '\\/')}#token=[^\\s]+)`).exec(
    textOf(mail!.raw),
  );
  expect(match, 'the link in the mail').toBeTruthy();
  return match![1]!;
}

describe(`portal: public application (${target === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'})`, () => {
  it(
    'applies through the public form, confirms the e-mail from the SMTP server and sees the approval',
    async () => {
      const { context, page, errors } = await portal.newPage();
      const email = 'ada@nordlicht.example';
      await applyThroughForm(
        page,
        {
          company: 'Nordlicht Systems GmbH',
          website: 'https://nordlicht.example',
          country: 'DE',
          countryLabel: 'Germany',
          email,
        },
        'apply-form',
      );
      await containsText(page.getByTestId('apply-sent'), email);
      await check(page, 'apply-sent');
      const link = await linkFromMail(email, '/apply/verify');
      await page.goto(`${base}${link}`);
      await visible(page.locator('[data-testid="application-outcome"][data-outcome="approved"]'));
      await check(page, 'apply-approved');
      // The new admin signs in with the password from the form.
      await page.getByRole('link', { name: 'Sign in' }).click();
      await portal.signIn(page, email, 'a long applicant password');
      await page.waitForURL(`${base}/`);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'rejects a restricted-country applicant and shows the reason',
    async () => {
      const { context, page, errors } = await portal.newPage();
      const email = 'kim@pyongyang-trading.example';
      await applyThroughForm(page, {
        company: 'Pyongyang Trading Corporation',
        website: 'https://pyongyang-trading.example',
        country: 'KP',
        countryLabel: 'North Korea',
        email,
      });
      await page.goto(`${base}${await linkFromMail(email, '/apply/verify')}`);
      await visible(page.locator('[data-testid="application-outcome"][data-outcome="rejected"]'));
      await containsText(page.getByTestId('application-reason'), 'KP');
      await check(page, 'apply-rejected');
      // The status page (link on the outcome) says the same.
      await page.getByRole('link', { name: 'See your application' }).click();
      await page.waitForURL(/\/apply\/status#token=/);
      await containsText(page.getByTestId('application-reason'), 'KP');
      await check(page, 'apply-status-rejected');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );

  it(
    'a screening hit waits in the review queue with matched entry and score; staff approve it',
    async () => {
      const applicant = await portal.newPage();
      const email = 'sales@anglo-caribbean.example';
      await applyThroughForm(applicant.page, {
        company: 'Anglo Caribbean Co Ltd',
        website: 'https://anglo-caribbean.example',
        country: 'GB',
        countryLabel: 'United Kingdom',
        email,
      });
      await applicant.page.goto(`${base}${await linkFromMail(email, '/apply/verify')}`);
      // The applicant learns nothing about lists: just "in review".
      await visible(applicant.page.locator('[data-testid="application-outcome"][data-outcome="in_review"]'));
      expect(await applicant.page.getByTestId('application-reason').count()).toBe(0);
      expect(await applicant.page.content()).not.toContain('ANGLO-CARIBBEAN CO');
      await closeContext(applicant.context, applicant.errors);

      const { context, page, errors } = await portal.newPage();
      await portal.signIn(page, tenant.users.channel_manager.email);
      await page.waitForURL(`${base}/`);
      await page.getByTestId('nav-applications').click();
      await page.waitForURL(/\/applications/);
      await pick(page, 'queue-status', 'In review');
      const row = page.getByRole('link', { name: 'Anglo Caribbean Co Ltd' });
      await visible(row);
      await check(page, 'applications-queue');
      await row.click();
      await page.waitForURL(/\/applications\/apl_/);
      await visible(page.getByTestId('screening-hits'));
      await containsText(page.getByTestId('screening-hits'), 'ANGLO-CARIBBEAN CO. LTD.');
      const score = Number(await page.getByTestId('screening-score').first().textContent());
      expect(score).toBeGreaterThanOrEqual(0.88);
      await check(page, 'application-detail');

      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('decision-confirm').click();
      await containsText(page.locator('[role="dialog"] [id$="-error"]'), 'required');
      await page
        .getByTestId('decision-reason')
        .fill('A different company: checked the registry, no relation.');
      await page.getByTestId('decision-confirm').click();
      await containsText(page.getByTestId('application-status'), 'Approved');
      await check(page, 'application-approved');
      const { rows } = await portal.server.platform.deps.pools.system.query(
        `select p.status from partners p join applications a on a.partner_id = p.id where a.email = $1`,
        [email],
      );
      expect(rows[0].status).toBe('onboarding');
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
  it(
    'an admin edits a program’s vetting rules: a restricted country added in the portal applies',
    async () => {
      const { context, page, errors } = await portal.newPage();
      await portal.signIn(page, tenant.users.admin.email);
      await page.waitForURL(`${base}/`);
      await page.getByTestId('nav-programs').click();
      await page.waitForURL(`${base}/programs`);
      await page.getByRole('link', { name: 'Reseller program' }).click();
      await page.waitForURL(/\/programs\/prg_/);
      await containsText(page.getByTestId('program-form-link'), `/apply/${wsSlug}/resellers`);
      await check(page, 'program-edit');
      await pick(page, 'program-restricted', 'Cuba', 'Cuba');
      await page.getByTestId('program-submit').click();
      await visible(page.getByText('Saved.'));
      const program = (await call('GET', '/api/v1/programs?q=Reseller')).data[0];
      expect(program.vetting.restrictedCountries).toEqual(['KP', 'CU']);
      await closeContext(context, errors);
    },
    TIMEOUT,
  );
  it(
    'embeds the form in another site with the script tag; only the /apply pages may be framed',
    async () => {
      const headersOf = async (path: string) =>
        (await fetch(`${base}${path}`, { headers: { accept: 'text/html' } })).headers;
      const apply = await headersOf(`/apply/${wsSlug}/resellers`);
      expect(apply.get('content-security-policy')).toContain('frame-ancestors *');
      expect(apply.get('x-frame-options')).toBeNull();
      const login = await headersOf('/login');
      expect(login.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(login.get('x-frame-options')).toBe('DENY');

      const { context, page, errors } = await portal.newPage();
      // Another site with the documented snippet: a web server of its own, reached as localhost
      // (another origin than the portal's 127.0.0.1).
      const html = `<!doctype html><html lang="en"><head><title>Partner with us</title></head><body><h1>Partner with us</h1><script src="${base}/embed/apply.js" data-workspace="${wsSlug}" data-program="resellers"></script></body></html>`;
      const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
      await visible(page.frameLocator('iframe').getByTestId('apply-form'));
      // The form reports its height and the iframe grows to it: no inner scrollbar.
      await expect
        .poll(
          async () =>
            page
              .locator('iframe')
              .evaluate((f) => Number.parseInt((f as HTMLIFrameElement).style.height || '0', 10)),
          {
            timeout: 10_000,
          },
        )
        .toBeGreaterThan(900);
      await portal.shot(page, 'apply-embedded');
      await closeContext(context, errors);
      site.close();
    },
    TIMEOUT,
  );
});
