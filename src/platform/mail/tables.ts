import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgPolicy, pgTable, text } from 'drizzle-orm/pg-core';
import { appRole, createdAt, publicId, ts } from '../db/columns.js';

/**
 * Every e-mail, rendered and stored before it is sent, in the transaction that caused it. A job
 * sends it; a failed SMTP server delays it, never loses it. Without SMTP_URL mails stay here
 * (status `stored`) and the dev mailbox shows them.
 */
export const mails = pgTable(
  'mails',
  {
    id: publicId('mail')('id').primaryKey(),
    workspaceId: publicId('workspace')('workspace_id'),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    data: jsonb('data').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'stored', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    /** Lease while a node is sending it; an expired lease (crashed node) makes it due again. */
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('mails_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('mails_due_idx').on(t.nextAttemptAt).where(sql`status = 'queued'`),
    // The request role queues and reads mail of its own workspace only; workspace-less mail
    // (password resets) is written by the system pool.
    pgPolicy('mails_tenant', {
      for: 'all',
      to: appRole,
      using: sql`workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`,
      withCheck: sql`workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`,
    }),
  ],
);
