import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  CheckName,
  CheckResult,
  CreateScreeningList,
  ImportResult,
  ListEntriesQuery,
  ListScreeningListsQuery,
  ScreeningEntry,
  ScreeningList,
  ScreeningListParams,
} from './schemas.js';
import {
  checkName,
  createScreeningList,
  deleteScreeningList,
  getScreeningList,
  listScreeningEntries,
  listScreeningLists,
  replaceScreeningList,
  toScreeningList,
} from './service.js';

const tags = ['Screening'];
// Vendor staff only: partner roles and partner keys never hold screening.manage.
const access = { permission: 'screening.manage', actors: ['user', 'apiKey'], workspace: true } as const;

/** Whole list files travel in one JSON body (OFAC's three files are 3.4 MB together). */
const UPLOAD_LIMIT = 32 * 1024 * 1024;

const exampleCsv = [
  '_id,source,entity_number,type,programs,name,title,addresses,alt_names',
  '1,Specially Designated Nationals (SDN) - Treasury Department,306,Entity,CUBA,BANCO NACIONAL DE CUBA,,"Havana, CU",NATIONAL BANK OF CUBA; BNC',
].join('\n');

export const screeningRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/screening/lists',
    operationId: 'createScreeningList',
    summary: 'Load a denied-party list',
    description:
      'Creates a screening list from the U.S. Consolidated Screening List CSV (`format: "csl"`, the file as `csv`: a header row with at least `name`; `alt_names` and `programs` `;`-separated; countries from `country` or the last part of each `addresses` entry) or from OFAC’s legacy SDN files (`format: "ofac_legacy"`: `sdn`, `alt`, `add` — header-less, joined on ent_num). Rows that cannot be read are skipped and listed in `errors` with their file and line. Every later screening of the workspace uses the list at once.',
    tags,
    access,
    rateLimit: null,
    bodyLimit: UPLOAD_LIMIT,
    body: CreateScreeningList,
    bodyExample: { format: 'csl', name: 'Consolidated Screening List', csv: exampleCsv },
    responses: { 201: { description: 'The new list and the import report', schema: ImportResult } },
    handler: async (ctx, { body }) => {
      const result = await createScreeningList(ctx, body);
      return {
        status: 201,
        body: result,
        version: result.list.version,
        headers: { location: `/api/v1/screening/lists/${result.list.id}` },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/screening/lists',
    operationId: 'listScreeningLists',
    summary: 'List the loaded denied-party lists',
    description:
      'Every screening list of the workspace with its entry count and when and by whom it was imported.',
    tags,
    access,
    rateLimit: null,
    query: ListScreeningListsQuery,
    responses: {
      200: { description: 'A page of lists', schema: pageOf(ScreeningList, 'ScreeningListPage') },
    },
    handler: async (ctx, { query }) => ({ body: await listScreeningLists(ctx, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/screening/lists/:listId',
    operationId: 'getScreeningList',
    summary: 'Get a denied-party list',
    description: 'The list’s metadata; its entries are under /entries.',
    tags,
    access,
    rateLimit: null,
    params: ScreeningListParams,
    responses: { 200: { description: 'The list', schema: ScreeningList } },
    handler: async (ctx, { params }) => {
      const list = toScreeningList(await getScreeningList(ctx, params.listId));
      return { body: list, version: list.version };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/screening/lists/:listId',
    operationId: 'replaceScreeningList',
    summary: 'Re-import a denied-party list',
    description:
      'Replaces every entry of the list with a newer file in either format (same body as creating one) and keeps its id; the version goes up and screenings use the new entries at once. Send `If-Match` with the ETag you read to refuse a concurrent re-import (412).',
    tags,
    access,
    rateLimit: null,
    bodyLimit: UPLOAD_LIMIT,
    params: ScreeningListParams,
    body: CreateScreeningList,
    bodyExample: { format: 'csl', name: 'Consolidated Screening List', csv: exampleCsv },
    responses: { 200: { description: 'The list and the import report', schema: ImportResult } },
    handler: async (ctx, { params, body, headers }) => {
      const result = await replaceScreeningList(ctx, params.listId, body, parseIfMatch(headers['if-match']));
      return { body: result, version: result.list.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/screening/lists/:listId',
    operationId: 'deleteScreeningList',
    summary: 'Delete a denied-party list',
    description:
      'Deletes the list and its entries; screenings stop using it at once. Vetting results already recorded keep the evidence they showed.',
    tags,
    access,
    rateLimit: null,
    params: ScreeningListParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async (ctx, { params }) => {
      await deleteScreeningList(ctx, params.listId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/screening/lists/:listId/entries',
    operationId: 'listScreeningEntries',
    summary: 'Browse a list’s entries',
    description:
      'The entries of one list by name, with a substring search over names and aliases that ignores case, accents and punctuation. `Accept: text/csv` exports them.',
    tags,
    access,
    rateLimit: null,
    params: ScreeningListParams,
    query: ListEntriesQuery,
    responses: {
      200: { description: 'A page of entries', schema: pageOf(ScreeningEntry, 'ScreeningEntryPage') },
    },
    csv: {
      columns: ['id', 'externalId', 'name', 'altNames', 'countries', 'sourceList', 'programs', 'entityType'],
      filename: 'screening-entries',
    },
    handler: async (ctx, { params, query }) => ({
      body: await listScreeningEntries(ctx, params.listId, query),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/screening/check',
    operationId: 'checkScreening',
    summary: 'Screen a name against every list',
    description:
      'Fuzzy-matches an organisation’s or person’s name against every entry and alias of every list of the workspace: case, punctuation, accents, legal forms (Inc, GmbH, S.A., OOO …) and word order do not matter, typos cost a little, a differing distinctive word costs much. Each hit has its score (0–1), the name or alias that matched, the entry, its countries and source list. A shared `country` adds a little to a close score; a different one never lowers it.',
    tags,
    access,
    rateLimit: null,
    body: CheckName,
    bodyExample: { name: 'Banco Nacional de Cuba S.A.', country: 'CU', minScore: 0.8, limit: 10 },
    responses: { 200: { description: 'The hits, best first', schema: CheckResult } },
    handler: async (ctx, { body }) => ({ body: await checkName(ctx, body) }),
  }),
];
