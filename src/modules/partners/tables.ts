import { sql } from 'drizzle-orm';
import { char, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, partnerPolicy, publicId, ts, updatedAt, version } from '../../platform/db/columns.js';

/** A competency (skill) a partner claims, with how deep it goes. */
export type Competency = { name: string; level: 'basic' | 'advanced' | 'expert' };
/** Values of the workspace's custom fields (directory module), flat: key → value. */
export type CustomFieldValues = Record<string, string | number | null>;

/** Partner organisations: the directory record every other module hangs off. */
export const partners = pgTable(
  'partners',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('partner')('id').notNull(),
    /** Display name. */
    name: text('name').notNull(),
    legalName: text('legal_name'),
    types: text('types').array().notNull().default(sql`'{}'::text[]`),
    /** Headquarters country (ISO 3166-1 alpha-2). */
    country: char('country', { length: 2 }),
    /**
     * Sort key for `country`: keyset pagination needs a NOT NULL column (a partner without a
     * country sorts first), and a generated column keeps it in step without application code.
     */
    countrySort: text('country_sort').notNull().generatedAlwaysAs(sql`coalesce(country::text, '')`),
    website: text('website'),
    /**
     * Registrable domains (public-suffix aware, e.g. example.co.uk) from the website and the
     * explicit list. Duplicate detection asks `domains && array[…]`, hence the GIN index.
     */
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    operatingCountries: text('operating_countries').array().notNull().default(sql`'{}'::text[]`),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
    competencies: jsonb('competencies').$type<Competency[]>().notNull().default(sql`'[]'::jsonb`),
    /** BCP-47 language tags, canonical form (en, de, pt-BR). */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** The vendor staff user who owns the relationship. */
    ownerUserId: publicId('user')('owner_user_id'),
    /** Custom field values; the tiers engine reads numeric ones with `custom_fields->>'key'`. */
    customFields: jsonb('custom_fields').$type<CustomFieldValues>().notNull().default(sql`'{}'::jsonb`),
    /** Lifecycle state (lifecycle/states.ts); changed only through transitionPartner. */
    status: text('status').notNull().default('active'),
    statusChangedAt: ts('status_changed_at'),
    /** The program the partner joined (programs module); null for partners outside any program. */
    programId: publicId('program')('program_id'),
    // Time to productivity: application → activation → first registered deal → first won deal.
    appliedAt: ts('applied_at'),
    activatedAt: ts('activated_at'),
    firstDealRegisteredAt: ts('first_deal_registered_at'),
    firstDealWonAt: ts('first_deal_won_at'),
    offboardedAt: ts('offboarded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('partners_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('partners_workspace_name_idx').on(t.workspaceId, t.name, t.id),
    index('partners_workspace_updated_idx').on(t.workspaceId, t.updatedAt, t.id),
    index('partners_workspace_status_idx').on(t.workspaceId, t.status, t.id),
    index('partners_workspace_country_idx').on(t.workspaceId, t.countrySort, t.id),
    index('partners_domains_idx').using('gin', t.domains),
    index('partners_tags_idx').using('gin', t.tags),
    // Substring search (ILIKE '%…%') in the directory uses these instead of scanning.
    index('partners_name_trgm_idx').using('gin', sql`name gin_trgm_ops`),
    index('partners_legal_name_trgm_idx').using('gin', sql`legal_name gin_trgm_ops`),
    partnerPolicy('partners', 'id'),
  ],
);

/** People at a partner who are not (necessarily) users: billing, technical, executive contacts. */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('contact')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    title: text('title'),
    role: text('role').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('partner_contacts_partner_idx').on(t.workspaceId, t.partnerId, t.createdAt, t.id),
    partnerPolicy('partner_contacts'),
  ],
);
