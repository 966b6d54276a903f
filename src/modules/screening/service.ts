import { and, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { foldText, normalizeCompanyName } from '../vetting/normalize.js';
import { workspaceIndex } from './index-cache.js';
import type { MatchHit } from './match.js';
import { type ParsedEntry, type ParseResult, parseCsl, parseOfacLegacy } from './parse.js';
import type {
  CheckNameInput,
  CreateScreeningListInput,
  ListEntriesInput,
  ListScreeningListsInput,
} from './schemas.js';
import { screeningEntries, screeningLists } from './tables.js';

type ListRow = typeof screeningLists.$inferSelect;
type EntryRow = typeof screeningEntries.$inferSelect;

/** Entries per list; the CSL has about 12,000, OFAC SDN about 9,000. */
export const MAX_ENTRIES = 200_000;
const REPORTED_ERRORS = 100;
const INSERT_CHUNK = 500;

export function toScreeningList(row: ListRow) {
  return {
    id: row.id,
    name: row.name,
    format: row.format as 'csl' | 'ofac_legacy',
    source: row.source,
    entryCount: row.entryCount,
    importedAt: row.importedAt.toISOString(),
    importedBy: row.importedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toScreeningEntry(row: EntryRow) {
  return {
    id: row.id,
    listId: row.listId,
    externalId: row.externalId,
    name: row.name,
    altNames: row.altNames,
    countries: row.countries,
    sourceList: row.sourceList,
    programs: row.programs,
    entityType: row.entityType,
    remarks: row.remarks,
  };
}

const listScope = (ctx: Ctx) => tenantWhere(ctx, { workspaceId: screeningLists.workspaceId });
const entryScope = (ctx: Ctx) => tenantWhere(ctx, { workspaceId: screeningEntries.workspaceId });

/** Reads the uploaded files in their format; never throws for bad rows (they are reported). */
export function parseUpload(input: CreateScreeningListInput): ParseResult {
  return input.format === 'csl'
    ? parseCsl(input.csv, input.name)
    : parseOfacLegacy({ sdn: input.sdn, alt: input.alt, add: input.add });
}

/**
 * Creates a list and imports its entries in the caller's transaction. Rows that cannot be read
 * are skipped and reported with their line; a file with no readable entry at all is refused.
 */
/** Reads an upload and refuses one with no readable entry, or too many. */
function readableUpload(input: CreateScreeningListInput): ParseResult {
  const parsed = parseUpload(input);
  const field = input.format === 'csl' ? 'csv' : 'sdn';
  if (parsed.entries.length === 0) {
    const why = parsed.errors[0]
      ? ` (${parsed.errors[0].file} line ${parsed.errors[0].line}: ${parsed.errors[0].message})`
      : '';
    throw new AppError('validation_failed', `The file has no entry that could be read${why}.`, {
      errors: [fieldError('body', [field], `has no readable entry${why}`)],
    });
  }
  if (parsed.entries.length > MAX_ENTRIES) {
    throw new AppError('validation_failed', `A list holds at most ${MAX_ENTRIES} entries.`, {
      errors: [fieldError('body', [field], `has more than ${MAX_ENTRIES} entries`)],
    });
  }
  return parsed;
}

const importReport = (list: ListRow, parsed: ParseResult) => ({
  list: toScreeningList(list),
  imported: parsed.entries.length,
  skipped: parsed.errors.length,
  errors: parsed.errors.slice(0, REPORTED_ERRORS),
});

/**
 * Creates a list and imports its entries in the caller's transaction. Rows that cannot be read
 * are skipped and reported with their line; a file with no readable entry at all is refused.
 */
export async function createScreeningList(ctx: Ctx, input: CreateScreeningListInput) {
  const parsed = readableUpload(input);
  const workspaceId = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(screeningLists)
    .values({
      workspaceId,
      id: newId('screeningList'),
      name: input.name,
      format: input.format,
      source: input.source ?? '',
      entryCount: parsed.entries.length,
      importedAt: now,
      importedBy: actorId(ctx.actor),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const list = row!;
  await insertEntries(ctx, workspaceId, list.id, parsed.entries, now);
  const report = importReport(list, parsed);
  ctx.audit({
    action: 'screening_list.imported',
    objectType: 'screening_list',
    objectId: list.id,
    after: { ...report.list, skipped: report.skipped },
  });
  return report;
}

/**
 * Replaces a list's entries with a newer file (OFAC publishes changes weekly), keeping its id.
 * The version goes up, so every node's match index is rebuilt before its next screening.
 */
export async function replaceScreeningList(
  ctx: Ctx,
  id: string,
  input: CreateScreeningListInput,
  expectedVersion?: number,
) {
  const before = await getScreeningList(ctx, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The list is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  const parsed = readableUpload(input);
  const workspaceId = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(screeningLists)
    .set({
      name: input.name,
      format: input.format,
      source: input.source ?? '',
      entryCount: parsed.entries.length,
      importedAt: now,
      importedBy: actorId(ctx.actor),
      updatedAt: now,
      version: sql`${screeningLists.version} + 1`,
    })
    .where(and(listScope(ctx), eq(screeningLists.id, id), eq(screeningLists.version, before.version)))
    .returning();
  if (!row)
    throw new AppError('precondition_failed', 'The list changed while you were importing; try again.');
  await ctx.db.delete(screeningEntries).where(and(entryScope(ctx), eq(screeningEntries.listId, id)));
  await insertEntries(ctx, workspaceId, id, parsed.entries, now);
  const report = importReport(row, parsed);
  ctx.audit({
    action: 'screening_list.reimported',
    objectType: 'screening_list',
    objectId: id,
    before: toScreeningList(before),
    after: { ...report.list, skipped: report.skipped },
  });
  return report;
}

/** Normalised keys are computed here, once per entry, so screening never normalises the list. */
export function entryKeys(e: Pick<ParsedEntry, 'name' | 'altNames'>) {
  const normNames = [e.name, ...e.altNames].map((n) => normalizeCompanyName(n).core);
  const searchText = [...new Set([e.name, ...e.altNames].map(foldText))].join(' | ');
  return { normNames, searchText };
}

async function insertEntries(
  ctx: Ctx,
  workspaceId: string,
  listId: string,
  entries: ParsedEntry[],
  now: Date,
) {
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    await ctx.db.insert(screeningEntries).values(
      entries.slice(i, i + INSERT_CHUNK).map((e) => ({
        workspaceId,
        id: newId('screeningEntry'),
        listId,
        externalId: e.externalId,
        name: e.name,
        altNames: e.altNames,
        countries: e.countries,
        sourceList: e.sourceList,
        programs: e.programs,
        entityType: e.entityType,
        remarks: e.remarks,
        ...entryKeys(e),
        createdAt: now,
      })),
    );
  }
}

export async function listScreeningLists(ctx: Ctx, q: ListScreeningListsInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: screeningLists.createdAt, name: screeningLists.name },
    id: screeningLists.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select()
    .from(screeningLists)
    .where(and(listScope(ctx), ks.where))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, ks.sortColumnKey === 'name' ? 'name' : 'createdAt');
  return { data: page.data.map(toScreeningList), nextCursor: page.nextCursor };
}

export async function getScreeningList(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(screeningLists)
    .where(and(listScope(ctx), eq(screeningLists.id, id)));
  if (!row) throw notFound('screening list');
  return row;
}

/** Deletes a list with its entries (cascade); the audit log keeps what it was. */
export async function deleteScreeningList(ctx: Ctx, id: string) {
  const before = toScreeningList(await getScreeningList(ctx, id));
  await ctx.db.delete(screeningLists).where(and(listScope(ctx), eq(screeningLists.id, id)));
  ctx.audit({ action: 'screening_list.deleted', objectType: 'screening_list', objectId: id, before });
}

export async function listScreeningEntries(ctx: Ctx, listId: string, q: ListEntriesInput) {
  await getScreeningList(ctx, listId);
  const ks = keyset({
    sort: q.sort,
    columns: { name: screeningEntries.name },
    id: screeningEntries.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [entryScope(ctx), eq(screeningEntries.listId, listId), ks.where];
  const needle = q.q ? foldText(q.q) : '';
  if (needle) {
    // search_text holds the folded names, so "societe generale" finds "SOCIÉTÉ GÉNÉRALE S.A.".
    conditions.push(ilike(screeningEntries.searchText, `%${needle}%`));
  }
  const rows = await ctx.db
    .select()
    .from(screeningEntries)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'name');
  return { data: page.data.map(toScreeningEntry), nextCursor: page.nextCursor };
}

export type ScreeningMatch = MatchHit & { listName: string };
export type ScreeningQuery = { name: string; country?: string | null; entityTypes?: readonly string[] };

/**
 * Screens names against every list of the workspace (one index, built once per list version).
 * Null when the workspace has no list; otherwise how much was searched and each query's hits.
 */
export async function screenNames(
  ctx: Ctx,
  queries: ScreeningQuery[],
  options: { minScore: number; limit?: number },
): Promise<{ lists: number; entries: number; results: ScreeningMatch[][] } | null> {
  const ws = await workspaceIndex(ctx);
  if (!ws) return null;
  const results = queries.map((q) =>
    ws.index
      .match(q.name, { ...options, country: q.country ?? null, entityTypes: q.entityTypes })
      .map((h) => ({ ...h, listName: ws.listNames.get(h.entry.listId) ?? h.entry.sourceList })),
  );
  return { lists: ws.listNames.size, entries: ws.index.entries.length, results };
}

export async function checkName(ctx: Ctx, input: CheckNameInput) {
  const screened = await screenNames(ctx, [{ name: input.name, country: input.country ?? null }], {
    minScore: input.minScore,
    limit: input.limit,
  });
  const hits = screened?.results[0] ?? [];
  return {
    name: input.name,
    normalized: normalizeCompanyName(input.name).core,
    hits: hits.map((h) => ({
      score: h.score,
      nameScore: h.nameScore,
      countryMatch: h.countryMatch,
      matchedName: h.matchedName,
      matchedAlias: h.matchedAlias,
      listName: h.listName,
      entry: {
        id: h.entry.id,
        listId: h.entry.listId,
        name: h.entry.name,
        altNames: h.entry.altNames,
        countries: h.entry.countries,
        sourceList: h.entry.sourceList,
        programs: h.entry.programs,
        entityType: h.entry.entityType,
      },
    })),
  };
}
