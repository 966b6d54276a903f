import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, publicId, ts, updatedAt, version, workspacePolicy } from '../../platform/db/columns.js';

/**
 * A denied-party list loaded into the workspace (e.g. OFAC SDN, the Consolidated Screening List).
 * `version` goes up on every import, so the in-memory match index (match.ts) knows when it is stale
 * — on every app node, without any message between them.
 */
export const screeningLists = pgTable(
  'screening_lists',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('screeningList')('id').notNull(),
    name: text('name').notNull(),
    /** 'csl' (Consolidated Screening List CSV) or 'ofac_legacy' (sdn.csv/alt.csv/add.csv). */
    format: text('format').notNull(),
    /** Where the data came from, as the importer described it (a URL, "OFAC 2022-01"). */
    source: text('source').notNull().default(''),
    entryCount: integer('entry_count').notNull().default(0),
    importedAt: ts('imported_at').notNull(),
    /** Principal that imported it (user id, API key id, or system:cli). */
    importedBy: text('imported_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('screening_lists_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    workspacePolicy('screening_lists'),
  ],
);

/** One listed party with its aliases; the normalised keys are computed once, at import. */
export const screeningEntries = pgTable(
  'screening_entries',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('screeningEntry')('id').notNull(),
    listId: publicId('screeningList')('list_id').notNull(),
    /** The entry's number in its source (OFAC ent_num, CSL entity_number), for cross-checking. */
    externalId: text('external_id'),
    name: text('name').notNull(),
    altNames: text('alt_names').array().notNull().default(sql`'{}'::text[]`),
    /** ISO 3166-1 alpha-2 codes from the entry's addresses (or its country column). */
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    /** The list the entry comes from, e.g. "OFAC SDN", "BIS Entity List". */
    sourceList: text('source_list').notNull(),
    programs: text('programs').array().notNull().default(sql`'{}'::text[]`),
    /** entity, individual, vessel, aircraft (lower case; entity when the source says nothing). */
    entityType: text('entity_type').notNull(),
    remarks: text('remarks'),
    /** normalizeCompanyName(…).core of the name and every alias, in that order. */
    normNames: text('norm_names').array().notNull(),
    /** The normalised names joined, for substring search in the entry browser (trigram index). */
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      name: 'screening_entries_list_fk',
      columns: [t.workspaceId, t.listId],
      foreignColumns: [screeningLists.workspaceId, screeningLists.id],
    }).onDelete('cascade'),
    index('screening_entries_list_name_idx').on(t.workspaceId, t.listId, t.name, t.id),
    index('screening_entries_search_trgm_idx').using('gin', sql`search_text gin_trgm_ops`),
    workspacePolicy('screening_entries'),
  ],
);
