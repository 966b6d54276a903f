import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgPolicy, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appRole, createdAt, partnerPolicy, publicId, ts, updatedAt, version } from '../db/columns.js';

/**
 * People. Global, because one person can be staff of several workspaces. The request role sees
 * a user only when it shares the current workspace (or is the acting user); logins, sessions and
 * lockouts are read by the system pool before any tenant is known.
 */
export const users = pgTable(
  'users',
  {
    id: publicId('user')('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    totpSecret: text('totp_secret'),
    totpEnabledAt: ts('totp_enabled_at'),
    /** Last accepted TOTP time step: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    recoveryCodeHashes: jsonb('recovery_code_hashes').$type<string[]>().notNull().default([]),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: ts('locked_until'),
    locale: text('locale').notNull().default('en'),
    /** IANA time zone for dates in the portal and e-mails; null = the browser's. */
    timeZone: text('time_zone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    pgPolicy('users_visible', {
      for: 'select',
      to: appRole,
      using: sql`id = nullif(current_setting('app.user_id', true), '')::uuid or exists (select 1 from memberships m where m.user_id = users.id and m.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`,
    }),
    pgPolicy('users_self_update', {
      for: 'update',
      to: appRole,
      using: sql`id = nullif(current_setting('app.user_id', true), '')::uuid`,
      withCheck: sql`id = nullif(current_setting('app.user_id', true), '')::uuid`,
    }),
  ],
);

/** Server-side sessions; the cookie holds a random token, the row only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: publicId('session')('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: publicId('user')('user_id').notNull(),
    workspaceId: publicId('workspace')('workspace_id'),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Fixed-window counters for login throttling, shared by every app node through PostgreSQL. */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    key: text('key').notNull(),
    windowStart: ts('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: publicId('user')('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('invitation')('id').notNull(),
    email: text('email').notNull(),
    kind: text('kind', { enum: ['vendor', 'partner'] }).notNull(),
    role: text('role').notNull(),
    partnerId: publicId('partner')('partner_id'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').notNull(),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    partnerPolicy('invitations'),
  ],
);

/** API keys: per workspace (partnerId null) or per partner; only the SHA-256 of the secret is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('apiKey')('id').notNull(),
    partnerId: publicId('partner')('partner_id'),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    tokenHint: text('token_hint').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastUsedAt: ts('last_used_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('api_keys_token_hash_key').on(t.tokenHash),
    index('api_keys_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    partnerPolicy('api_keys'),
  ],
);
