import { sql } from 'drizzle-orm';
import { customType, integer, pgPolicy, pgRole, timestamp } from 'drizzle-orm/pg-core';
import { type IdKind, idToUuid, uuidToId } from '../ids/index.js';

/** The role every request and job runs as: not superuser, not owner, not BYPASSRLS. */
export const appRole = pgRole('symbio_app').existing();

/**
 * A `uuid` column that speaks prefixed public ids to the application, so the prefix check
 * happens once at the edge and a raw uuid never leaks into an API response.
 */
export const publicId = (kind: IdKind) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => 'uuid',
    toDriver: (value) => idToUuid(value),
    fromDriver: (value) => uuidToId(kind, value),
  });

/** A `timestamptz` read as a Date: every time in Symbio is UTC with a zone. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
/** Optimistic-concurrency counter behind every ETag. */
export const version = () => integer('version').notNull().default(1);

/*
 * Row-level security. Settings are transaction-local (`set_config(…, true)`) and read back with
 * nullif(…, '') because a connection that ran an earlier transaction returns '' rather than NULL
 * (STACK-NOTES G16/G17): no setting means no rows, never an error and never everything.
 */
export const currentWorkspace = sql`nullif(current_setting('app.workspace_id', true), '')::uuid`;
export const currentPartner = sql`nullif(current_setting('app.partner_id', true), '')::uuid`;
export const currentUser = sql`nullif(current_setting('app.user_id', true), '')::uuid`;

/** Workspace-owned rows: visible and writable only inside their workspace. */
export const workspacePolicy = (table: string, column = 'workspace_id') =>
  pgPolicy(`${table}_tenant`, {
    for: 'all',
    to: appRole,
    using: sql.raw(`${column} = nullif(current_setting('app.workspace_id', true), '')::uuid`),
    withCheck: sql.raw(`${column} = nullif(current_setting('app.workspace_id', true), '')::uuid`),
  });

/**
 * Partner-owned rows: the workspace wall plus, when the actor is a partner, the partner wall.
 * Vendor actors run with no app.partner_id and see every partner of their workspace.
 */
export const partnerPolicy = (table: string, partnerColumn = 'partner_id') => {
  // CASE, not OR: the planner cannot see the setting, and estimated "setting is null OR column =
  // setting" at 0.5 % of rows, which turned every keyset page into a sequential scan plus sort
  // (measured: 8.1 ms vs 0.04 ms per page at 10,000 partners; bench/RESULTS.md). A CASE is
  // estimated at 50 %, so the tenant index is used. Same rows either way.
  const expr = `workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else ${partnerColumn} = nullif(current_setting('app.partner_id', true), '')::uuid end)`;
  return pgPolicy(`${table}_tenant`, {
    for: 'all',
    to: appRole,
    using: sql.raw(expr),
    withCheck: sql.raw(expr),
  });
};

/**
 * Workspace-level records about everyone (audit log, event outbox): every actor of the workspace
 * writes them, but only vendor actors (no app.partner_id) may read them back — a partner must
 * never read entries about other partners, whatever the route layer allows.
 */
export const vendorReadPolicies = (table: string) => {
  const ws = `workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`;
  return [
    pgPolicy(`${table}_vendor_read`, {
      for: 'select',
      to: appRole,
      using: sql.raw(`${ws} and nullif(current_setting('app.partner_id', true), '') is null`),
    }),
    pgPolicy(`${table}_insert`, { for: 'insert', to: appRole, withCheck: sql.raw(ws) }),
  ];
};

const wsMatch = `workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`;
const noPartner = `nullif(current_setting('app.partner_id', true), '') is null`;
const thePartner = `nullif(current_setting('app.partner_id', true), '')::uuid`;

/**
 * Vendor-internal records (the vendor's own pipeline and accounts, conflict evidence): readable
 * and writable only by vendor actors. A partner actor sees no row and can write none.
 */
export const vendorOnlyPolicy = (table: string) =>
  pgPolicy(`${table}_vendor_only`, {
    for: 'all',
    to: appRole,
    using: sql.raw(`${wsMatch} and ${noPartner}`),
    withCheck: sql.raw(`${wsMatch} and ${noPartner}`),
  });

/**
 * Records about another partner that a partner actor may write but never read back (conflict
 * evidence written while its own registration is submitted): vendor actors read and change
 * them; partner actors may only insert.
 */
export const vendorReadWritePartnerInsertPolicies = (table: string) => [
  pgPolicy(`${table}_vendor`, {
    for: 'all',
    to: appRole,
    using: sql.raw(`${wsMatch} and ${noPartner}`),
    withCheck: sql.raw(`${wsMatch} and ${noPartner}`),
  }),
  pgPolicy(`${table}_partner_insert`, { for: 'insert', to: appRole, withCheck: sql.raw(wsMatch) }),
];

/**
 * Rows of a shared opportunity's timeline and files. `visibility` says who sees a row besides
 * the vendor: 'internal' (vendor only), 'side' (the one partner in `partner_id`: its own posts
 * and what the vendor shared with it), 'participants' (every partner on the deal). A partner
 * only ever reads its own side and what is shared with all participants.
 */
export const dealSidePolicy = (table: string) => {
  const expr = `${wsMatch} and (case when ${noPartner} then true else (visibility = 'side' and partner_id = ${thePartner}) or (visibility = 'participants' and exists (select 1 from deal_participants dp where dp.workspace_id = ${table}.workspace_id and dp.deal_id = ${table}.deal_id and dp.partner_id = ${thePartner})) end)`;
  return pgPolicy(`${table}_tenant`, {
    for: 'all',
    to: appRole,
    using: sql.raw(expr),
    withCheck: sql.raw(expr),
  });
};
