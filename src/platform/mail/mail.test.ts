import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authHeaders, createTenant, login, type Tenant } from '../../../test/support/fixtures.js';
import { startSmtpSink, textOf } from '../../../test/support/smtp-sink.js';
import { runBackgroundWork } from '../jobs/runner.js';
import { closeMailTransports, mailRetryDelayMs } from './index.js';
import { mailLocales, renderMail } from './templates.js';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://partners.example.com' });
  a = await createTenant(t.pools, 'mail');
});
afterAll(async () => {
  closeMailTransports();
  await smtp.stop();
  await t.close();
});

/** The first URL in a mail's text part that contains `path`. */
const linkIn = (raw: string, path: string) => {
  const m = new RegExp(`https://partners\\.example\\.com${path}#token=([A-Za-z0-9_-]+)`).exec(textOf(raw));
  return m?.[1] ?? null;
};

describe('transactional e-mail over SMTP', () => {
  it('an invitation e-mail arrives with a working accept link', async () => {
    const owner = await login(t.app, a.users.owner.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: authHeaders(owner),
      payload: { email: 'new.partner.rep@example.org', role: 'partner_rep', partnerId: a.partners[0] },
    });
    expect(res.statusCode).toBe(201);
    await runBackgroundWork(t.deps);
    const mail = smtp.arrived.find((m) => m.to.includes('new.partner.rep@example.org'));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/Subject: .*invited you to Workspace mail/);
    const token = linkIn(mail!.raw, '/accept-invitation');
    expect(token).toBeTruthy();
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Nia Partner', password: 'a-long-password-1' },
    });
    expect(accept.statusCode).toBe(200);
  });

  it('a password-reset e-mail arrives with a working link', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: a.users.sales.email },
    });
    expect(res.statusCode).toBe(202);
    await runBackgroundWork(t.deps);
    const mail = smtp.arrived.find((m) => m.to.includes(a.users.sales.email));
    const token = linkIn(mail!.raw, '/reset-password');
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, newPassword: 'reset-by-email-123' },
    });
    expect(confirm.statusCode).toBe(204);
    await login(t.app, a.users.sales.email, 'reset-by-email-123');
  });

  it('with the SMTP server down the mail waits, is retried, and arrives once when it is back', async () => {
    await smtp.stop();
    const before = smtp.arrived.length;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: a.users.finance.email },
    });
    await runBackgroundWork(t.deps);
    const { rows } = await t.admin.query(
      `select status, attempts, last_error from mails where to_address = $1`,
      [a.users.finance.email],
    );
    expect(rows[0]).toMatchObject({ status: 'queued', attempts: 1 });
    expect(rows[0].last_error).toBeTruthy();
    // Not due yet: nothing is attempted before the back-off has passed.
    await runBackgroundWork(t.deps);
    expect(
      (await t.admin.query(`select attempts from mails where to_address = $1`, [a.users.finance.email]))
        .rows[0].attempts,
    ).toBe(1);
    await smtp.start();
    closeMailTransports();
    t.clock.advance(mailRetryDelayMs(1));
    await runBackgroundWork(t.deps);
    await runBackgroundWork(t.deps);
    const arrived = smtp.arrived.slice(before).filter((m) => m.to.includes(a.users.finance.email));
    expect(arrived).toHaveLength(1);
    const after = await t.admin.query(`select status, attempts from mails where to_address = $1`, [
      a.users.finance.email,
    ]);
    expect(after.rows[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('the account owner hears of a lockout', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: a.users.viewer.email, password: `nope-${i}` },
      });
    }
    await runBackgroundWork(t.deps);
    const mail = smtp.arrived.find((m) => m.to.includes(a.users.viewer.email) && /locked/.test(m.raw));
    expect(mail).toBeDefined();
  });
});

describe('templates', () => {
  it('render in every language, with links and escaped HTML', () => {
    for (const locale of mailLocales) {
      const r = renderMail('invitation', locale, {
        workspaceName: 'Acme <Cloud>',
        inviterName: 'Olivia',
        role: 'partner_rep',
        acceptUrl: 'https://x.example/accept-invitation#token=abc',
        expiresAt: '2026-12-01T10:00:00.000Z',
      });
      expect(r.subject).toContain('Acme <Cloud>');
      expect(r.text).toContain('https://x.example/accept-invitation#token=abc');
      expect(r.html).toContain('Acme &lt;Cloud&gt;');
      expect(r.html).not.toContain('Acme <Cloud>');
    }
    expect(
      renderMail('password_reset', 'de', {
        name: 'Lena',
        resetUrl: 'u',
        expiresAt: '2026-12-01T10:00:00.000Z',
      }).subject,
    ).toBe('Symbio-Passwort zurücksetzen');
    expect(
      renderMail('password_reset', 'ja', {
        name: 'Goro',
        resetUrl: 'u',
        expiresAt: '2026-12-01T10:00:00.000Z',
      }).subject,
    ).toContain('パスワード');
  });
});

describe('dev mailbox (no SMTP_URL)', () => {
  it('stores mail instead of sending it, and shows it to admins through the API', async () => {
    const dev = await createTestApp();
    try {
      const d = await createTenant(dev.pools, 'devmail');
      const owner = await login(dev.app, d.users.owner.email);
      await dev.app.inject({
        method: 'POST',
        url: '/api/v1/invitations',
        headers: authHeaders(owner),
        payload: { email: 'dev.invitee@example.org', role: 'viewer' },
      });
      await runBackgroundWork(dev.deps);
      const list = await dev.app.inject({ method: 'GET', url: '/api/v1/mail', headers: authHeaders(owner) });
      const item = list.json().data.find((m: { to: string }) => m.to === 'dev.invitee@example.org');
      expect(item).toMatchObject({ status: 'stored', template: 'invitation' });
      const full = await dev.app.inject({
        method: 'GET',
        url: `/api/v1/mail/${item.id}`,
        headers: authHeaders(owner),
      });
      expect(full.json().text).toContain('/accept-invitation#token=');
      const viewer = await login(dev.app, d.users.viewer.email);
      expect(
        (await dev.app.inject({ method: 'GET', url: '/api/v1/mail', headers: authHeaders(viewer) }))
          .statusCode,
      ).toBe(403);
    } finally {
      await dev.close();
    }
  });
});
