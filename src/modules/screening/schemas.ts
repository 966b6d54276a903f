import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';

export const listFormats = ['csl', 'ofac_legacy'] as const;

export const ScreeningList = z
  .object({
    id: zId('screeningList'),
    name: z.string(),
    format: z.enum(listFormats),
    source: z.string(),
    entryCount: z.number().int(),
    importedAt: z.iso.datetime(),
    importedBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().meta({ description: 'Goes up with every import of the list.' }),
  })
  .meta({ id: 'ScreeningList' });

export const ScreeningEntry = z
  .object({
    id: zId('screeningEntry'),
    listId: zId('screeningList'),
    externalId: z.string().nullable().meta({ description: 'The number the source gives the entry.' }),
    name: z.string(),
    altNames: z.array(z.string()),
    countries: z.array(z.string()).meta({ description: 'ISO 3166-1 alpha-2 codes from its addresses.' }),
    sourceList: z.string().meta({ example: 'OFAC SDN' }),
    programs: z.array(z.string()),
    entityType: z.string().meta({ example: 'entity' }),
    remarks: z.string().nullable(),
  })
  .meta({ id: 'ScreeningEntry' });

const listName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const source = z.string().trim().max(500, 'must be at most 500 characters').optional();
// Whole files in one request (OFAC's sdn.csv alone is 2 MB); the route raises its body limit to match.
const fileText = (what: string) =>
  z
    .string()
    .max(32 * 1024 * 1024, 'is larger than 32 MiB')
    .meta({ description: `The text of ${what}, as downloaded.` });

export const CreateScreeningList = z
  .discriminatedUnion('format', [
    z.strictObject({
      format: z.literal('csl'),
      name: listName,
      source,
      csv: fileText('the Consolidated Screening List CSV (header row, `name` column required)'),
    }),
    z.strictObject({
      format: z.literal('ofac_legacy'),
      name: listName,
      source,
      sdn: fileText('OFAC’s sdn.csv'),
      alt: fileText('OFAC’s alt.csv (aliases)').optional(),
      add: fileText('OFAC’s add.csv (addresses, for countries)').optional(),
    }),
  ])
  .meta({ id: 'CreateScreeningList' });

export const RowErrorSchema = z
  .object({
    file: z.string(),
    line: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'ScreeningRowError' });

export const ImportResult = z
  .object({
    list: ScreeningList,
    imported: z.number().int(),
    skipped: z.number().int().meta({ description: 'Rows that were not imported; see errors.' }),
    errors: z.array(RowErrorSchema).meta({ description: 'The first 100 skipped rows and why.' }),
  })
  .meta({ id: 'ScreeningImportResult' });

export const ScreeningListParams = z.strictObject({ listId: zId('screeningList') });

export const ListScreeningListsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name'], '-created_at'),
});

export const ListEntriesQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['name'], 'name'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Substring of the name or an alias (case, accents and punctuation ignored).' }),
});

export const CheckName = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
    country: zCountry.optional().meta({ description: 'A shared country raises a close score slightly.' }),
    minScore: z.number().min(0.5).max(1).default(0.8).meta({ description: 'Hits below this are left out.' }),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .meta({ id: 'ScreeningCheck' });

export const ScreeningHit = z
  .object({
    score: z.number().meta({ description: '0–1, country bonus included.' }),
    nameScore: z.number(),
    countryMatch: z.boolean(),
    matchedName: z.string().meta({ description: 'The entry’s name or alias that matched.' }),
    matchedAlias: z.boolean(),
    listName: z.string(),
    entry: ScreeningEntry.omit({ remarks: true, externalId: true }),
  })
  .meta({ id: 'ScreeningHit' });

export const CheckResult = z
  .object({
    name: z.string(),
    normalized: z
      .string()
      .meta({ description: 'The name as compared (legal form, case, punctuation removed).' }),
    hits: z.array(ScreeningHit),
  })
  .meta({ id: 'ScreeningCheckResult' });

export type CreateScreeningListInput = z.output<typeof CreateScreeningList>;
export type ListEntriesInput = z.output<typeof ListEntriesQuery>;
export type ListScreeningListsInput = z.output<typeof ListScreeningListsQuery>;
export type CheckNameInput = z.output<typeof CheckName>;
