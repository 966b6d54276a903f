import { parse } from 'csv-parse/sync';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError } from '../../platform/errors/index.js';
import { zCountry } from '../../platform/geo/countries.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { isCurrency, majorToMinor, productLinesByCode } from '../catalog/index.js';
import { accountValues } from './accounts.js';
import { requireVendor } from './common.js';
import { opportunityKeys } from './opportunities.js';
import { type ImportResultOutput, opportunityStatuses, zExternalRef, zWebsite } from './schemas.js';
import { accounts, vendorOpportunities } from './tables.js';

/** Bytes an import body may have, and data rows per file (one transaction holds them all). */
export const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export const accountColumns = [
  'externalRef',
  'name',
  'website',
  'country',
  'industry',
  'ownerName',
  'strategic',
] as const;
export const opportunityColumns = [
  'externalRef',
  'name',
  'customerName',
  'customerWebsite',
  'customerCountry',
  'amount',
  'currency',
  'stage',
  'status',
  'expectedCloseDate',
  'productLineCodes',
  'accountExternalRef',
  'ownerName',
] as const;

type RowError = { line: number; field: string; message: string };
type RawRow = { line: number; values: Record<string, string> };

const fatal = (message: string, field = '(body)') =>
  new AppError('validation_failed', message, {
    errors: [fieldError('body', field === '(body)' ? [] : [field], message)],
  });

/**
 * Reads the CSV: a header row naming columns (any order, case-insensitive; unknown or missing
 * required ones refuse the file), then data rows with their line numbers (the header is line 1).
 * A row csv-parse cannot read (an unclosed quote) becomes a row error, not a failed file.
 */
export function readImportCsv(
  body: unknown,
  known: readonly string[],
  required: readonly string[],
  errors: RowError[],
): RawRow[] {
  if (typeof body !== 'string') {
    throw new AppError(
      'unsupported_media_type',
      'Send the file as the raw body with Content-Type: text/csv.',
      {
        errors: [fieldError('header', ['content-type'], 'must be text/csv')],
      },
    );
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      bom: true,
      columns: false,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) errors.push({ line: Number(err.lines ?? 0), field: '(row)', message: err.message });
      },
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    throw fatal(`The file is not readable CSV: ${(err as Error).message}`);
  }
  const [head, ...rows] = records;
  if (!head) throw fatal('The file is empty: send a header row and at least one data row.');
  const byLower = new Map(known.map((c) => [c.toLowerCase(), c]));
  const header = head.record.map((h) => byLower.get(h.trim().toLowerCase()) ?? null);
  const unknown = head.record.filter((_, i) => header[i] === null).map((h) => h.trim());
  if (unknown.length > 0) {
    throw fatal(
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u.slice(0, 60)}"`).join(', ')} in the header row; the columns are ${known.join(', ')}.`,
    );
  }
  const seen = new Set<string>();
  for (const h of header as string[]) {
    if (seen.has(h)) throw fatal(`The column ${h} appears twice in the header row.`);
    seen.add(h);
  }
  const missing = required.filter((r) => !seen.has(r));
  if (missing.length > 0) throw fatal(`The header row has no ${missing.join(', ')} column.`);
  if (rows.length > MAX_IMPORT_ROWS)
    throw fatal(`The file has ${rows.length} data rows; at most ${MAX_IMPORT_ROWS} per import.`);
  return rows.map(({ record, info }) => {
    const values: Record<string, string> = {};
    (header as string[]).forEach((h, i) => {
      values[h] = (record[i] ?? '').trim();
    });
    if (record.length > header.length && record.slice(header.length).some((v) => v.trim() !== '')) {
      errors.push({
        line: info.lines,
        field: '(row)',
        message: `has ${record.length} fields; the header has ${header.length}`,
      });
    }
    return { line: info.lines, values };
  });
}

/** Runs a zod schema on one cell; its message becomes a row error naming the column. */
function cell<T>(
  schema: z.ZodType<T>,
  raw: string,
  line: number,
  field: string,
  errors: RowError[],
): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  errors.push({ line, field, message: r.error.issues[0]?.message ?? 'is not valid' });
  return undefined;
}
const opt = (v: string) => (v === '' ? null : v);
const zName = z.string().min(1, 'is required').max(200, 'must be at most 200 characters');
const zText = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const zBool = z
  .string()
  .transform((v) => v.toLowerCase())
  .pipe(z.enum(['true', 'false', 'yes', 'no', '1', '0'], { message: 'must be true or false' }))
  .transform((v) => v === 'true' || v === 'yes' || v === '1');
const zDate = z.iso.date('must be a date such as 2027-03-31');

function duplicateRefs(rows: RawRow[], errors: RowError[]): Set<number> {
  const firstLine = new Map<string, number>();
  const dup = new Set<number>();
  for (const r of rows) {
    const ref = r.values.externalRef;
    if (!ref) continue;
    const first = firstLine.get(ref);
    if (first !== undefined) {
      errors.push({ line: r.line, field: 'externalRef', message: `appears again (first on line ${first})` });
      dup.add(r.line);
    } else firstLine.set(ref, r.line);
  }
  return dup;
}

function finish(
  dryRun: boolean,
  rows: RawRow[],
  out: ImportResultOutput['rows'],
  errors: RowError[],
): ImportResultOutput {
  errors.sort((a, b) => a.line - b.line);
  const bad = new Set(errors.map((e) => e.line));
  return {
    dryRun,
    total: rows.length,
    created: out.filter((r) => r.action === 'create').length,
    updated: out.filter((r) => r.action === 'update').length,
    failed: rows.filter((r) => bad.has(r.line)).length,
    rows: out.sort((a, b) => a.line - b.line),
    errors,
  };
}

const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The ids of this workspace's rows (accounts or opportunities) by external ref, for the refs a file names. */
async function idsByExternalRef(
  ctx: Ctx,
  table: typeof accounts | typeof vendorOpportunities,
  workspaceId: string,
  refs: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of chunks(refs)) {
    const found = await ctx.db
      .select({ id: table.id, ref: table.externalRef })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), inArray(table.externalRef, part)));
    for (const f of found) ids.set(f.ref!, f.id);
  }
  return ids;
}

/** The distinct non-empty values of one column. */
const distinct = (rows: RawRow[], column: string) => [
  ...new Set(rows.map((r) => r.values[column]).filter((v): v is string => !!v)),
];

/** The result row of a row that failed (its errors are listed separately). */
const errorRow = (line: number, v: Record<string, string>): ImportResultOutput['rows'][number] => ({
  line,
  externalRef: opt(v.externalRef ?? ''),
  action: 'error',
  id: null,
  name: opt(v.name ?? ''),
});

/** The result row of a valid row: an update when its external ref matched, else a create. */
const writtenRow = (
  line: number,
  externalRef: string | null | undefined,
  matched: string | undefined,
  id: string,
  dryRun: boolean,
  name: string,
): ImportResultOutput['rows'][number] => ({
  line,
  externalRef: externalRef ?? null,
  action: matched ? 'update' : 'create',
  id: matched ?? (dryRun ? null : id),
  name,
});

// --- Accounts --------------------------------------------------------------------------------------

/**
 * Imports accounts from CSV, upserting on externalRef (rows without one are created). Valid
 * rows are written in this one transaction; rows with errors are skipped and reported with
 * their line and column. With dryRun nothing is written.
 */
export async function importAccounts(ctx: Ctx, body: unknown, dryRun: boolean): Promise<ImportResultOutput> {
  const workspaceId = requireVendor(ctx);
  const errors: RowError[] = [];
  const rows = readImportCsv(body, accountColumns, ['name'], errors);
  const dup = duplicateRefs(rows, errors);
  const existing = await idsByExternalRef(ctx, accounts, workspaceId, distinct(rows, 'externalRef'));
  const now = ctx.clock.now();
  const out: ImportResultOutput['rows'] = [];
  const writes: (typeof accounts.$inferInsert)[] = [];
  const parseErrorLines = new Set(errors.map((e) => e.line));
  for (const { line, values: v } of rows) {
    if (dup.has(line) || parseErrorLines.has(line)) {
      out.push(errorRow(line, v));
      continue;
    }
    const before = errors.length;
    const externalRef = v.externalRef ? cell(zExternalRef, v.externalRef, line, 'externalRef', errors) : null;
    const name = cell(zName, v.name ?? '', line, 'name', errors);
    const website = v.website ? cell(zWebsite, v.website, line, 'website', errors) : null;
    const country = v.country ? cell(zCountry, v.country, line, 'country', errors) : null;
    const industry = v.industry ? cell(zText(120), v.industry, line, 'industry', errors) : null;
    const ownerName = v.ownerName ? cell(zText(200), v.ownerName, line, 'ownerName', errors) : null;
    const strategic = v.strategic ? cell(zBool, v.strategic, line, 'strategic', errors) : undefined;
    if (errors.length > before || name === undefined) {
      out.push(errorRow(line, v));
      continue;
    }
    const matched = externalRef ? existing.get(externalRef) : undefined;
    const id = matched ?? newId('account');
    out.push(writtenRow(line, externalRef, matched, id, dryRun, name));
    writes.push({
      workspaceId,
      id,
      externalRef: externalRef ?? null,
      name,
      website: website ?? null,
      country: country ?? null,
      industry: industry ?? null,
      ownerName: ownerName ?? null,
      ...(strategic !== undefined ? { strategic } : {}),
      ...accountValues({ name, website }),
      createdAt: now,
      updatedAt: now,
    });
  }
  if (!dryRun) {
    for (const part of chunks(writes.filter((w) => !w.externalRef)))
      await ctx.db.insert(accounts).values(part);
    // Rows with a ref upsert in bulk: ON CONFLICT on (workspace_id, external_ref) updates in place.
    // A row without "strategic" keeps the stored flag.
    const withRef = writes.filter((w) => w.externalRef);
    for (const part of chunks(withRef.filter((w) => w.strategic !== undefined)))
      await upsertAccounts(ctx, part, true);
    for (const part of chunks(withRef.filter((w) => w.strategic === undefined)))
      await upsertAccounts(ctx, part, false);
    const result = finish(dryRun, rows, out, errors);
    ctx.audit({
      action: 'account.imported',
      objectType: 'account',
      objectId: workspaceId,
      after: { total: result.total, created: result.created, updated: result.updated, failed: result.failed },
    });
    return result;
  }
  return finish(dryRun, rows, out, errors);
}

async function upsertAccounts(ctx: Ctx, rows: (typeof accounts.$inferInsert)[], withStrategic: boolean) {
  if (rows.length === 0) return;
  await ctx.db
    .insert(accounts)
    .values(rows)
    .onConflictDoUpdate({
      target: [accounts.workspaceId, accounts.externalRef],
      set: {
        name: sql`excluded.name`,
        nameNorm: sql`excluded.name_norm`,
        website: sql`excluded.website`,
        domain: sql`excluded.domain`,
        country: sql`excluded.country`,
        industry: sql`excluded.industry`,
        ownerName: sql`excluded.owner_name`,
        ...(withStrategic ? { strategic: sql`excluded.strategic` } : {}),
        updatedAt: sql`excluded.updated_at`,
        version: sql`${accounts.version} + 1`,
      },
    });
}

// --- Vendor opportunities --------------------------------------------------------------------------

/**
 * Imports vendor opportunities from CSV, upserting on externalRef. `amount` is a decimal in
 * major units converted with the currency's minor digits (never through a float);
 * `productLineCodes` are `;`-separated product line codes; `accountExternalRef` links an
 * existing account. Valid rows are written in this one transaction; bad rows are reported.
 */
export async function importVendorOpportunities(
  ctx: Ctx,
  body: unknown,
  dryRun: boolean,
): Promise<ImportResultOutput> {
  const workspaceId = requireVendor(ctx);
  const errors: RowError[] = [];
  const rows = readImportCsv(body, opportunityColumns, ['name', 'customerName'], errors);
  const dup = duplicateRefs(rows, errors);
  const existing = await idsByExternalRef(
    ctx,
    vendorOpportunities,
    workspaceId,
    distinct(rows, 'externalRef'),
  );
  const accountByRef = await idsByExternalRef(
    ctx,
    accounts,
    workspaceId,
    distinct(rows, 'accountExternalRef'),
  );
  const lines = rows.some((r) => r.values.productLineCodes) ? await productLinesByCode(ctx) : new Map();

  const now = ctx.clock.now();
  const out: ImportResultOutput['rows'] = [];
  const writes: (typeof vendorOpportunities.$inferInsert)[] = [];
  const parseErrorLines = new Set(errors.map((e) => e.line));
  for (const { line, values: v } of rows) {
    if (dup.has(line) || parseErrorLines.has(line)) {
      out.push(errorRow(line, v));
      continue;
    }
    const before = errors.length;
    const externalRef = v.externalRef ? cell(zExternalRef, v.externalRef, line, 'externalRef', errors) : null;
    const name = cell(zName, v.name ?? '', line, 'name', errors);
    const customerName = cell(zName, v.customerName ?? '', line, 'customerName', errors);
    const website = v.customerWebsite
      ? cell(zWebsite, v.customerWebsite, line, 'customerWebsite', errors)
      : null;
    const country = v.customerCountry
      ? cell(zCountry, v.customerCountry, line, 'customerCountry', errors)
      : null;
    let currency: string | undefined;
    if (v.currency) {
      const code = v.currency.toUpperCase();
      if (isCurrency(code)) currency = code;
      else
        errors.push({
          line,
          field: 'currency',
          message: 'must be an ISO 4217 currency code such as EUR or USD',
        });
    } else if (v.amount) {
      errors.push({ line, field: 'currency', message: 'is required with an amount' });
    } else currency = 'USD';
    let amountMinor = 0;
    if (v.amount && currency) {
      const minor = majorToMinor(v.amount, currency);
      if (minor === null) {
        errors.push({
          line,
          field: 'amount',
          message: `must be a non-negative decimal in ${currency} with at most ${new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits} decimals, such as 12500.00`,
        });
      } else amountMinor = minor;
    }
    const stage = v.stage ? cell(zText(80), v.stage, line, 'stage', errors) : 'prospecting';
    let status: (typeof opportunityStatuses)[number] = 'open';
    if (v.status) {
      const s = v.status.toLowerCase();
      if ((opportunityStatuses as readonly string[]).includes(s)) status = s as typeof status;
      else
        errors.push({ line, field: 'status', message: `must be one of ${opportunityStatuses.join(', ')}` });
    }
    const expectedCloseDate = v.expectedCloseDate
      ? cell(zDate, v.expectedCloseDate, line, 'expectedCloseDate', errors)
      : null;
    const productLineIds: string[] = [];
    if (v.productLineCodes) {
      const codes = v.productLineCodes
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean);
      const unknown = codes.filter((c) => !lines.has(c.toUpperCase()));
      if (unknown.length > 0) {
        errors.push({
          line,
          field: 'productLineCodes',
          message: `unknown product line code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => c.slice(0, 40)).join(', ')}`,
        });
      } else {
        for (const c of codes) {
          const id = lines.get(c.toUpperCase())!.id;
          if (!productLineIds.includes(id)) productLineIds.push(id);
        }
      }
    }
    let accountId: string | null = null;
    if (v.accountExternalRef) {
      accountId = accountByRef.get(v.accountExternalRef) ?? null;
      if (!accountId)
        errors.push({ line, field: 'accountExternalRef', message: 'is not the external ref of an account' });
    }
    const ownerName = v.ownerName ? cell(zText(200), v.ownerName, line, 'ownerName', errors) : null;
    if (
      errors.length > before ||
      name === undefined ||
      customerName === undefined ||
      !currency ||
      stage === undefined
    ) {
      out.push(errorRow(line, v));
      continue;
    }
    const matched = externalRef ? existing.get(externalRef) : undefined;
    const id = matched ?? newId('vendorOpportunity');
    out.push(writtenRow(line, externalRef, matched, id, dryRun, name));
    writes.push({
      workspaceId,
      id,
      accountId,
      externalRef: externalRef ?? null,
      name,
      customerName,
      customerWebsite: website ?? null,
      customerCountry: country ?? null,
      ...opportunityKeys(customerName, website),
      amountMinor,
      currency,
      stage,
      status,
      expectedCloseDate: expectedCloseDate ?? null,
      productLineIds: productLineIds.map(idToUuid),
      ownerName: ownerName ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }
  const result = finish(dryRun, rows, out, errors);
  if (dryRun) return result;
  const t = vendorOpportunities;
  for (const part of chunks(writes.filter((w) => !w.externalRef))) await ctx.db.insert(t).values(part);
  for (const part of chunks(writes.filter((w) => w.externalRef))) {
    await ctx.db
      .insert(t)
      .values(part)
      .onConflictDoUpdate({
        target: [t.workspaceId, t.externalRef],
        set: {
          accountId: sql`excluded.account_id`,
          name: sql`excluded.name`,
          customerName: sql`excluded.customer_name`,
          customerNameNorm: sql`excluded.customer_name_norm`,
          customerNameKey: sql`excluded.customer_name_key`,
          customerNameRare: sql`excluded.customer_name_rare`,
          customerWebsite: sql`excluded.customer_website`,
          customerDomain: sql`excluded.customer_domain`,
          customerCountry: sql`excluded.customer_country`,
          amountMinor: sql`excluded.amount_minor`,
          currency: sql`excluded.currency`,
          stage: sql`excluded.stage`,
          status: sql`excluded.status`,
          expectedCloseDate: sql`excluded.expected_close_date`,
          productLineIds: sql`excluded.product_line_ids`,
          ownerName: sql`excluded.owner_name`,
          updatedAt: sql`excluded.updated_at`,
          version: sql`${t.version} + 1`,
        },
      });
  }
  ctx.audit({
    action: 'vendor_opportunity.imported',
    objectType: 'vendor_opportunity',
    objectId: workspaceId,
    after: { total: result.total, created: result.created, updated: result.updated, failed: result.failed },
  });
  return result;
}
