import nodemailer, { type Transporter } from 'nodemailer';
import type pg from 'pg';
import type { Deps } from '../access/context.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import {
  type MailLocale,
  pickLocale,
  renderMail,
  type TemplateData,
  type TemplateName,
} from './templates.js';

export { mailLocales, pickLocale, type TemplateName } from './templates.js';

/** Retry delays after a failed send: 30 s doubling to 1 h, then hourly, 48 attempts (~2 days). */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
export const MAIL_MAX_ATTEMPTS = 48;

type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * Renders and stores a mail inside the caller's transaction (so it exists exactly when the
 * change that caused it commits). Sending happens later, in `sendDueMails`.
 */
export async function queueMail<K extends TemplateName>(
  db: Queryable,
  deps: Pick<Deps, 'config' | 'clock'>,
  input: {
    workspaceId: string | null;
    to: string;
    template: K;
    locale: string | null | undefined;
    data: TemplateData[K];
  },
): Promise<string> {
  const locale: MailLocale = pickLocale(input.locale);
  const rendered = renderMail(input.template, locale, input.data);
  const id = newId('mail');
  const status = deps.config.smtpUrl ? 'queued' : 'stored';
  await db.query(
    `insert into mails (id, workspace_id, to_address, template, locale, subject, text, html, data, status, next_attempt_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
    [
      idToUuid(id),
      input.workspaceId ? idToUuid(input.workspaceId) : null,
      input.to,
      input.template,
      locale,
      rendered.subject,
      rendered.text,
      rendered.html,
      JSON.stringify(input.data),
      status,
      deps.clock.now(),
    ],
  );
  return id;
}

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    const u = new URL(url);
    t = nodemailer.createTransport({
      host: u.hostname,
      port: Number(u.port) || (u.protocol === 'smtps:' ? 465 : 587),
      secure: u.protocol === 'smtps:',
      ...(u.username
        ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
        : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(url, t);
  }
  return t;
}

/**
 * Sends every queued mail that is due, on the system pool (mail of all workspaces). Each mail is
 * leased first, so two nodes never send the same one and a crashed node's lease runs out; a
 * failure reschedules it with back-off; after MAIL_MAX_ATTEMPTS it is marked failed.
 */
export async function sendDueMails(deps: Deps, limit = 50): Promise<{ sent: number; failed: number }> {
  const smtpUrl = deps.config.smtpUrl;
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const now = deps.clock.now();
  const { rows } = await deps.pools.system.query<{
    id: string;
    to_address: string;
    subject: string;
    text: string;
    html: string;
    attempts: number;
  }>(
    `update mails set locked_until = $2 where id in (
       select id from mails where status = 'queued' and next_attempt_at <= $1 and (locked_until is null or locked_until < $1)
       order by next_attempt_at limit $3 for update skip locked)
     returning id, to_address, subject, text, html, attempts`,
    [now, new Date(now.getTime() + 120_000), limit],
  );
  let sent = 0;
  let failed = 0;
  for (const mail of rows) {
    try {
      const info = await transportFor(smtpUrl).sendMail({
        from: deps.config.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${uuidToId('mail', mail.id)}@symbio>`,
      });
      await deps.pools.system.query(
        `update mails set status = 'sent', sent_at = $2, attempts = attempts + 1, message_id = $3, locked_until = null, last_error = null where id = $1`,
        [mail.id, deps.clock.now(), info.messageId ?? null],
      );
      sent++;
    } catch (err) {
      const attempts = mail.attempts + 1;
      const giveUp = attempts >= MAIL_MAX_ATTEMPTS;
      await deps.pools.system.query(
        `update mails set attempts = $2, last_error = $3, locked_until = null, status = $4, next_attempt_at = $5 where id = $1`,
        [
          mail.id,
          attempts,
          String((err as Error).message).slice(0, 500),
          giveUp ? 'failed' : 'queued',
          new Date(deps.clock.now().getTime() + mailRetryDelayMs(attempts)),
        ],
      );
      failed++;
    }
  }
  return { sent, failed };
}

export function closeMailTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
