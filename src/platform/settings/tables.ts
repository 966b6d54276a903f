import { pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';

/**
 * Instance-wide values every node must share, such as the generated application secret when
 * SYMBIO_SECRET is not set. Read by the system pool only (revoked from the request role).
 */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
