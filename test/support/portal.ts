import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Server, startServer } from '../../src/main.js';
import { createTestDatabase, dropTestDatabase } from './app.js';
import { createTenant, PASSWORD, type Tenant } from './fixtures.js';

/**
 * The browser-test harness for the portal: the production build (dist/web) served by the real
 * server on a fresh test database, Debian's Chromium through playwright-core (no browser
 * download), axe-core on every page state (no serious or critical violation) and screenshots
 * under test-results/portal/.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SHOTS = join('test-results', 'portal');

/** Builds the portal when dist/web is missing or older than its sources (npm test builds it first). */
export function ensurePortalBuilt() {
  const index = 'dist/web/index.html';
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const sources = Math.max(
    newest('web/src'),
    statSync('web/index.html').mtimeMs,
    statSync('vite.config.ts').mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export type AxeRecord = { page: string; violations: number; seriousOrCritical: number };

/**
 * Starts server + browser for one test file. `env` adds to (or overrides) the server's
 * environment, e.g. `WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true'` for an in-process receiver.
 */
export async function startPortal(options: { label: string; target: string; env?: Record<string, string> }) {
  ensurePortalBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), `symbio-${options.label}-`));
  chmodSync(dataDir, 0o755);
  const databaseUrl = await createTestDatabase();
  const server: Server = await startServer(
    loadConfig({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      COOKIE_SECURE: 'false',
      SYMBIO_SECRET: 'portal-test-secret-portal-test-secret-0123',
      JOBS: 'false',
      ...options.env,
    }),
  );
  const base = server.url;
  const tenant: Tenant = await createTenant(server.platform.deps.pools, options.label);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const axeLog: AxeRecord[] = [];

  /** A page in its own context (axe needs pages from browser.newContext(), STACK-NOTES G23). */
  const newPage = async (o: { width?: number; colorScheme?: 'light' | 'dark' } = {}) => {
    const width = o.width ?? 1280;
    const context = await browser.newContext({
      viewport: { width, height: width < 500 ? 844 : 900 },
      colorScheme: o.colorScheme ?? 'light',
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
    });
    // A missing element fails the step within seconds, with its locator, instead of at the test timeout.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  };

  /** `skipFrames`: iframes whose document is not the portal's (e.g. a mail in a sandboxed frame). */
  const expectAccessible = async (page: Page, label: string, skipFrames: string[] = []) => {
    const builder = skipFrames.reduce((b, s) => b.exclude(s), new AxeBuilder({ page }));
    // Without this, axe-core/playwright still tries to enter the frame (and waits on a frame without scripts).
    if (skipFrames.length > 0) builder.options({ iframes: false });
    const results = await builder.analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    axeLog.push({ page: label, violations: results.violations.length, seriousOrCritical: bad.length });
    expect(
      bad.map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
      `axe on ${label}`,
    ).toEqual([]);
    // Legible as well as accessible: no badge in a table shows a cut label ("APP…" for Approved).
    const clipped = await page
      .locator('td .mantine-Badge-label')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent ?? ''),
      );
    expect(clipped, `badges with a cut label on ${label}`).toEqual([]);
  };

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}-${options.target}.png`), fullPage: true });

  /** Signs in with the keyboard only: type, Tab to the password, Enter. */
  const signIn = async (page: Page, email: string, password = PASSWORD) => {
    await page.goto(`${base}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
  };

  const stop = async () => {
    await browser.close();
    await server.stop();
    await dropTestDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
    if (axeLog.length > 0) {
      const total = axeLog.reduce((n, r) => n + r.violations, 0);
      console.log(
        `axe (${options.label}, ${options.target}): ${axeLog.length} page states checked, ${total} minor/moderate findings, 0 serious or critical`,
      );
    }
  };

  return { server, base, tenant, browser, axeLog, newPage, expectAccessible, shot, signIn, stop };
}

export type Portal = Awaited<ReturnType<typeof startPortal>>;

export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByTestId('main-nav');
  await nav.waitFor();
  return nav
    .locator('a[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
}

/** Waits until no request is in flight and the page shows no loading skeleton. */
export async function settled(page: Page, options: { networkIdle?: boolean } = {}) {
  if (options.networkIdle !== false) await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
}

export const poll = { timeout: 10_000 };
export const text = (l: Locator) =>
  l
    .first()
    .textContent({ timeout: 1_000 })
    .then(
      (t) => (t ?? '').trim(),
      () => '',
    );
export const hasCount = (l: Locator, n: number) => expect.poll(() => l.count(), poll).toBe(n);
export const hasText = (l: Locator, expected: string) => expect.poll(() => text(l), poll).toBe(expected);
export const containsText = (l: Locator, expected: string) =>
  expect.poll(() => text(l), poll).toContain(expected);
export const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });

export async function closeContext(context: BrowserContext, errors: string[]) {
  await context.close();
  expect(errors, 'uncaught errors in the page').toEqual([]);
}
