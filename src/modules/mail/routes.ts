import { and, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom, paginationShape, sortParam } from '../../platform/http/pagination.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { zId } from '../../platform/ids/index.js';
import { mails } from '../../platform/mail/tables.js';

const Mail = z
  .object({
    id: zId('mail'),
    to: z.string(),
    template: z.string(),
    locale: z.string(),
    subject: z.string(),
    status: z.enum(['queued', 'sent', 'stored', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Mail' });
const MailDetail = Mail.extend({ text: z.string(), html: z.string() }).meta({ id: 'MailDetail' });
const ListQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[status]': z.enum(['queued', 'sent', 'stored', 'failed']).optional(),
  'filter[to]': z.string().max(254).optional(),
});
const Params = z.strictObject({ mailId: zId('mail') });

type Row = typeof mails.$inferSelect;
const toMail = (r: Row) => ({
  id: r.id,
  to: r.toAddress,
  template: r.template,
  locale: r.locale,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

const tags = ['Mail'];
const access = { permission: 'jobs.read', actors: ['user', 'apiKey'], workspace: true } as const;

export const mailRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/mail',
    operationId: 'listMail',
    summary: 'Outgoing mail of the workspace',
    description:
      'Every e-mail the workspace caused: queued, sent, failed (gave up after retries) or stored. Without SMTP_URL nothing is sent and this is the dev mailbox.',
    tags,
    access,
    rateLimit: null,
    query: ListQuery,
    responses: { 200: { description: 'A page of mail', schema: pageOf(Mail, 'MailPage') } },
    csv: {
      columns: [
        'id',
        'to',
        'template',
        'locale',
        'subject',
        'status',
        'attempts',
        'lastError',
        'createdAt',
        'sentAt',
      ],
      filename: 'mail',
    },
    handler: async (ctx, { query }) => {
      const ks = keyset({
        sort: query.sort,
        columns: { created_at: mails.createdAt },
        id: mails.id,
        cursor: query.cursor,
      });
      const c: (SQL | undefined)[] = [eq(mails.workspaceId, ctx.requireWorkspace()), ks.where];
      if (query['filter[status]']) c.push(eq(mails.status, query['filter[status]']));
      if (query['filter[to]']) c.push(eq(mails.toAddress, query['filter[to]'].toLowerCase()));
      const rows = await ctx.db
        .select()
        .from(mails)
        .where(and(...c))
        .orderBy(...ks.orderBy)
        .limit(query.limit + 1);
      const page = pageFrom(rows, query.limit, query.sort, 'createdAt');
      return { body: { data: page.data.map(toMail), nextCursor: page.nextCursor } };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mail/:mailId',
    operationId: 'getMail',
    summary: 'One e-mail with its content',
    description: 'Subject, text and HTML as rendered (the dev mailbox shows this).',
    tags,
    access,
    rateLimit: null,
    params: Params,
    responses: { 200: { description: 'The mail', schema: MailDetail } },
    handler: async (ctx, { params }) => {
      const [row] = await ctx.db
        .select()
        .from(mails)
        .where(and(eq(mails.workspaceId, ctx.requireWorkspace()), eq(mails.id, params.mailId)));
      if (!row) throw notFound('mail');
      return { body: { ...toMail(row), text: row.text, html: row.html } };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mail/:mailId/retry',
    operationId: 'retryMail',
    summary: 'Retry a failed e-mail',
    description: 'Queues a mail that gave up (dead letter) again, due now.',
    tags,
    access,
    rateLimit: { perMinute: 30, by: 'principal' },
    params: Params,
    responses: { 200: { description: 'Queued again', schema: Mail } },
    handler: async (ctx, { params }) => {
      const ws = ctx.requireWorkspace();
      const [row] = await ctx.db
        .select()
        .from(mails)
        .where(and(eq(mails.workspaceId, ws), eq(mails.id, params.mailId)));
      if (!row) throw notFound('mail');
      if (row.status !== 'failed')
        throw new AppError('conflict', `Only failed mail can be retried (this one is ${row.status}).`);
      const [updated] = await ctx.db
        .update(mails)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: ctx.clock.now(), lockedUntil: null })
        .where(and(eq(mails.workspaceId, ws), eq(mails.id, params.mailId)))
        .returning();
      ctx.audit({ action: 'mail.retried', objectType: 'mail', objectId: params.mailId });
      return { body: toMail(updated!) };
    },
  }),
];
