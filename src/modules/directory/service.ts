import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, type FieldError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import {
  defaultPartnerEditable,
  type PartnerEditableField,
  partnerFilterShape,
} from '../partners/schemas.js';
import { type CustomFieldValues, partners } from '../partners/tables.js';
import type {
  CreateCustomField,
  CreateSavedView,
  ListSavedViewsQuery,
  UpdateCustomField,
  UpdateDirectorySettings,
  UpdateSavedView,
} from './schemas.js';
import { customFieldDefinitions, directorySettings, savedViews } from './tables.js';

type DefinitionRow = typeof customFieldDefinitions.$inferSelect;

export const toDefinition = (r: DefinitionRow) => ({
  id: r.id,
  key: r.key,
  label: r.label,
  type: r.type,
  options: r.options,
  partnerEditable: r.partnerEditable,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

const wsOf = (ctx: Ctx, column: typeof customFieldDefinitions.workspaceId) =>
  eq(column, ctx.requireWorkspace());

function checkVersion(what: string, current: number, expected: number | undefined) {
  if (expected !== undefined && current !== expected)
    throw new AppError(
      'precondition_failed',
      `The ${what} is at version ${current}; you sent If-Match "${expected}".`,
    );
}

// --- Custom field definitions -----------------------------------------------------------------

export async function listDefinitions(ctx: Ctx) {
  return ctx.db
    .select()
    .from(customFieldDefinitions)
    .where(wsOf(ctx, customFieldDefinitions.workspaceId))
    .orderBy(customFieldDefinitions.key);
}

async function getDefinition(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(customFieldDefinitions)
    .where(and(wsOf(ctx, customFieldDefinitions.workspaceId), eq(customFieldDefinitions.id, id)));
  if (!row) throw notFound('custom field');
  return row;
}

export async function createDefinition(ctx: Ctx, input: z.output<typeof CreateCustomField>) {
  const workspaceId = ctx.requireWorkspace();
  const [clash] = await ctx.db
    .select({ id: customFieldDefinitions.id })
    .from(customFieldDefinitions)
    .where(and(wsOf(ctx, customFieldDefinitions.workspaceId), eq(customFieldDefinitions.key, input.key)));
  if (clash)
    throw new AppError('conflict', `A custom field with key ${input.key} exists.`, {
      errors: [fieldError('body', ['key'], 'is already used')],
    });
  const [row] = await ctx.db
    .insert(customFieldDefinitions)
    .values({
      workspaceId,
      id: newId('customField'),
      key: input.key,
      label: input.label,
      type: input.type,
      options: input.options ?? [],
      partnerEditable: input.partnerEditable,
    })
    .returning();
  const out = toDefinition(row!);
  ctx.audit({ action: 'custom_field.created', objectType: 'custom_field', objectId: out.id, after: out });
  return out;
}

export async function updateDefinition(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateCustomField>,
  expectedVersion?: number,
) {
  const before = await getDefinition(ctx, id);
  checkVersion('custom field', before.version, expectedVersion);
  if (input.options && before.type !== 'select')
    throw new AppError('validation_failed', 'options: only select fields have options', {
      errors: [fieldError('body', ['options'], 'only select fields have options')],
    });
  if (input.options && input.options.length === 0)
    throw new AppError('validation_failed', 'options: a select field needs at least one option', {
      errors: [fieldError('body', ['options'], 'a select field needs at least one option')],
    });
  const [row] = await ctx.db
    .update(customFieldDefinitions)
    .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${customFieldDefinitions.version} + 1` })
    .where(and(wsOf(ctx, customFieldDefinitions.workspaceId), eq(customFieldDefinitions.id, id)))
    .returning();
  const out = toDefinition(row!);
  ctx.audit({
    action: 'custom_field.updated',
    objectType: 'custom_field',
    objectId: id,
    before: toDefinition(before),
    after: out,
  });
  return out;
}

/** Deleting a definition also removes its values from every partner (no orphan keys to confuse filters). */
export async function deleteDefinition(ctx: Ctx, id: string) {
  const before = await getDefinition(ctx, id);
  await ctx.db
    .delete(customFieldDefinitions)
    .where(and(wsOf(ctx, customFieldDefinitions.workspaceId), eq(customFieldDefinitions.id, id)));
  await ctx.db
    .update(partners)
    .set({ customFields: sql`${partners.customFields} - ${before.key}::text` })
    .where(
      and(eq(partners.workspaceId, ctx.requireWorkspace()), sql`${partners.customFields} ? ${before.key}`),
    );
  ctx.audit({
    action: 'custom_field.deleted',
    objectType: 'custom_field',
    objectId: id,
    before: toDefinition(before),
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isCalendarDate(v: string) {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function valueProblem(def: DefinitionRow, value: string | number): string | null {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'must be a date as YYYY-MM-DD';
    case 'select':
      return typeof value === 'string' && def.options.includes(value)
        ? null
        : `must be one of: ${def.options.join(', ')}`;
  }
}

/**
 * Checks custom field values against the workspace's definitions and merges them into the
 * current ones (null removes a value). Unknown keys and wrong types answer 400 naming
 * `customFields.<key>`; a partner user may only set fields marked partner-editable (403).
 */
export async function applyCustomFields(
  ctx: Ctx,
  current: CustomFieldValues,
  input: CustomFieldValues,
): Promise<CustomFieldValues> {
  const defs = new Map((await listDefinitions(ctx)).map((d) => [d.key, d]));
  const errors: FieldError[] = [];
  const locked: string[] = [];
  const next: CustomFieldValues = { ...current };
  for (const [key, value] of Object.entries(input)) {
    const def = defs.get(key);
    if (!def) {
      errors.push(fieldError('body', ['customFields', key], 'is not a custom field of this workspace'));
      continue;
    }
    if (ctx.partnerId && !def.partnerEditable) locked.push(`customFields.${key}`);
    if (value === null) {
      delete next[key];
      continue;
    }
    const problem = valueProblem(def, value as string | number);
    if (problem) errors.push(fieldError('body', ['customFields', key], problem));
    else next[key] = value;
  }
  if (errors.length > 0)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  if (locked.length > 0)
    throw new AppError('forbidden', `Partner users cannot change: ${locked.join(', ')}.`, { fields: locked });
  return next;
}

export async function requireDefinitionKey(ctx: Ctx, key: string) {
  const [row] = await ctx.db
    .select()
    .from(customFieldDefinitions)
    .where(and(wsOf(ctx, customFieldDefinitions.workspaceId), eq(customFieldDefinitions.key, key)));
  return row ?? null;
}

// --- Directory settings --------------------------------------------------------------------

export async function getSettings(ctx: Ctx) {
  const [row] = await ctx.db
    .select()
    .from(directorySettings)
    .where(eq(directorySettings.workspaceId, ctx.requireWorkspace()));
  return {
    partnerEditableFields: (row?.partnerEditableFields ?? defaultPartnerEditable) as PartnerEditableField[],
    updatedAt: row?.updatedAt.toISOString() ?? null,
    version: row?.version ?? 0,
  };
}

export async function updateSettings(
  ctx: Ctx,
  input: z.output<typeof UpdateDirectorySettings>,
  expectedVersion?: number,
) {
  const workspaceId = ctx.requireWorkspace();
  const before = await getSettings(ctx);
  checkVersion('directory settings', before.version, expectedVersion);
  const now = ctx.clock.now();
  await ctx.db
    .insert(directorySettings)
    .values({ workspaceId, partnerEditableFields: input.partnerEditableFields, updatedAt: now })
    .onConflictDoUpdate({
      target: directorySettings.workspaceId,
      set: {
        partnerEditableFields: input.partnerEditableFields,
        updatedAt: now,
        version: sql`${directorySettings.version} + 1`,
      },
    });
  const after = await getSettings(ctx);
  ctx.audit({
    action: 'directory.settings_updated',
    objectType: 'directory_settings',
    objectId: workspaceId,
    before: { partnerEditableFields: before.partnerEditableFields },
    after: { partnerEditableFields: after.partnerEditableFields },
  });
  return after;
}

/** Refuses (403, fields named) a partner user's change to fields the vendor has not opened to partners. */
export async function assertPartnerMayEdit(ctx: Ctx, fields: string[]) {
  if (!ctx.partnerId) return;
  const allowed = new Set<string>((await getSettings(ctx)).partnerEditableFields);
  const locked = fields.filter((f) => !allowed.has(f));
  if (locked.length > 0)
    throw new AppError('forbidden', `Partner users cannot change: ${locked.join(', ')}.`, { fields: locked });
}

// --- Saved views ---------------------------------------------------------------------------

type ViewRow = typeof savedViews.$inferSelect;
const toView = (ctx: Ctx, r: ViewRow) => ({
  id: r.id,
  userId: r.userId,
  name: r.name,
  query: r.query,
  shared: r.shared,
  mine: r.userId === currentUser(ctx),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

/** Saved views belong to vendor staff users: a partner (or an API key, which has no user) has none. */
function currentUser(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user' || ctx.partnerId)
    throw new AppError('forbidden', 'Saved views are for vendor staff users.');
  return ctx.actor.userId;
}

const ViewQuery = z.strictObject(partnerFilterShape);

/** A saved query must be one the directory list accepts, so picking a view never fails later. */
function checkViewQuery(query: string) {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const obj: Record<string, string> = {};
  for (const [k, v] of params) obj[k] = v;
  const parsed = ViewQuery.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? String(issue.path[0]) : (issue as { keys?: string[] }).keys?.join(', ');
    throw new AppError('validation_failed', `query: ${where ?? ''} ${issue.message}`.trim(), {
      errors: [fieldError('body', ['query'], `${where ? `${where}: ` : ''}${issue.message}`)],
    });
  }
  return params.toString();
}

const visible = (ctx: Ctx): SQL =>
  and(
    eq(savedViews.workspaceId, ctx.requireWorkspace()),
    or(eq(savedViews.userId, currentUser(ctx)), eq(savedViews.shared, true)),
  )!;

export async function listViews(ctx: Ctx, q: z.output<typeof ListSavedViewsQuery>) {
  const ks = keyset({
    sort: 'name',
    columns: { name: savedViews.name },
    id: savedViews.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select()
    .from(savedViews)
    .where(and(visible(ctx), ks.where))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, 'name', 'name');
  return { data: page.data.map((r) => toView(ctx, r)), nextCursor: page.nextCursor };
}

async function getOwnView(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(savedViews)
    .where(and(visible(ctx), eq(savedViews.id, id)));
  if (!row) throw notFound('saved view');
  if (row.userId !== currentUser(ctx))
    throw new AppError('forbidden', 'Only the user who saved a view can change it.');
  return row;
}

export async function createView(ctx: Ctx, input: z.output<typeof CreateSavedView>) {
  const [row] = await ctx.db
    .insert(savedViews)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('savedView'),
      userId: currentUser(ctx),
      name: input.name,
      query: checkViewQuery(input.query),
      shared: input.shared,
    })
    .returning();
  const out = toView(ctx, row!);
  ctx.audit({ action: 'saved_view.created', objectType: 'saved_view', objectId: out.id, after: out });
  return out;
}

export async function updateView(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateSavedView>,
  expectedVersion?: number,
) {
  const before = await getOwnView(ctx, id);
  checkVersion('saved view', before.version, expectedVersion);
  const [row] = await ctx.db
    .update(savedViews)
    .set({
      ...input,
      ...(input.query !== undefined ? { query: checkViewQuery(input.query) } : {}),
      updatedAt: ctx.clock.now(),
      version: sql`${savedViews.version} + 1`,
    })
    .where(and(eq(savedViews.workspaceId, ctx.requireWorkspace()), eq(savedViews.id, id)))
    .returning();
  const out = toView(ctx, row!);
  ctx.audit({
    action: 'saved_view.updated',
    objectType: 'saved_view',
    objectId: id,
    before: toView(ctx, before),
    after: out,
  });
  return out;
}

export async function deleteView(ctx: Ctx, id: string) {
  const before = await getOwnView(ctx, id);
  await ctx.db
    .delete(savedViews)
    .where(and(eq(savedViews.workspaceId, ctx.requireWorkspace()), eq(savedViews.id, id)));
  ctx.audit({
    action: 'saved_view.deleted',
    objectType: 'saved_view',
    objectId: id,
    before: toView(ctx, before),
  });
}
