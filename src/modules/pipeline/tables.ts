import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, publicId, updatedAt, vendorOnlyPolicy, version } from '../../platform/db/columns.js';

/**
 * The vendor's own customer accounts (from its CRM, through the API or CSV import). Vendor-only:
 * partners never read the vendor's account list.
 */
export const accounts = pgTable(
  'accounts',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('account')('id').notNull(),
    /** The CRM's id; imports upsert on it. Unique in the workspace when set. */
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    /** normalizeCompanyName(name).core — what conflict detection compares. */
    nameNorm: text('name_norm').notNull(),
    website: text('website'),
    /** Registrable domain of the website (tldts), e.g. "acme.co.uk". */
    domain: text('domain'),
    country: text('country'),
    industry: text('industry'),
    ownerName: text('owner_name'),
    /** Strategic accounts get joint account plans with partners. */
    strategic: boolean('strategic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('accounts_external_ref_key').on(t.workspaceId, t.externalRef),
    index('accounts_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('accounts_domain_idx').on(t.workspaceId, t.domain),
    index('accounts_name_trgm_idx').using('gin', sql`name_norm gin_trgm_ops`),
    vendorOnlyPolicy('accounts'),
  ],
);

/**
 * The vendor's own opportunities (its direct pipeline). Conflict detection compares every
 * registration with the open ones; with vendor-pipeline precedence a match wins over the partner.
 * The customer fields are denormalised here (not only on the account) so one indexed lookup
 * answers the conflict check.
 */
export const vendorOpportunities = pgTable(
  'vendor_opportunities',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('vendorOpportunity')('id').notNull(),
    accountId: publicId('account')('account_id'),
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    customerName: text('customer_name').notNull(),
    /** normalizeCompanyName(customerName).core */
    customerNameNorm: text('customer_name_norm').notNull(),
    /** normalizeCompanyName(customerName).sorted — equal keys are the same name up to word order. */
    customerNameKey: text('customer_name_key').notNull(),
    /** distinctiveName() of the customer name: the words it is indexed under (deal_match_terms). */
    customerNameRare: text('customer_name_rare').notNull().default(''),
    customerWebsite: text('customer_website'),
    customerDomain: text('customer_domain'),
    customerCountry: text('customer_country'),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    stage: text('stage').notNull().default('prospecting'),
    /** open | won | lost — only open ones take part in conflict detection. */
    status: text('status').notNull().default('open'),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    productLineIds: uuid('product_line_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ownerName: text('owner_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('vendor_opportunities_external_ref_key').on(t.workspaceId, t.externalRef),
    index('vendor_opportunities_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('vendor_opportunities_domain_idx')
      .on(t.workspaceId, t.customerDomain)
      .where(sql`status = 'open' and customer_domain is not null`),
    index('vendor_opportunities_name_key_idx')
      .on(t.workspaceId, t.customerNameKey)
      .where(sql`status = 'open'`),
    vendorOnlyPolicy('vendor_opportunities'),
  ],
);
