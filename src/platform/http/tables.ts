import { sql } from 'drizzle-orm';
import { integer, jsonb, pgPolicy, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appRole, createdAt } from '../db/columns.js';

/**
 * Stored responses for `Idempotency-Key`, scoped by principal (the user or API key that sent
 * the request, which may have no workspace yet, e.g. when creating one). The row is written in
 * the same transaction as the object it created, so "object exists" and "response stored" can
 * never disagree.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.principal, t.key] }),
    pgPolicy('idempotency_keys_principal', {
      for: 'all',
      to: appRole,
      using: sql`principal = nullif(current_setting('app.principal', true), '')`,
      withCheck: sql`principal = nullif(current_setting('app.principal', true), '')`,
    }),
  ],
);
