import { and, arrayContains, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, invalid, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { countPartnerMembers, memberships } from '../../platform/tenancy/index.js';
import { applyCustomFields, assertPartnerMayEdit, requireDefinitionKey } from '../directory/service.js';
import { allowedTransitions, type LifecycleState } from '../lifecycle/states.js';
import { programs } from '../programs/tables.js';
import { domainsFor, registrableDomain } from './domains.js';
import {
  type CreatePartnerInput,
  competencyLevels,
  type ListPartnersInput,
  type UpdatePartnerInput,
} from './schemas.js';
import { partnerContacts, partners } from './tables.js';

type PartnerRow = typeof partners.$inferSelect;
type Types = CreatePartnerInput['types'];

export function toPartner(row: PartnerRow) {
  return {
    id: row.id,
    name: row.name,
    legalName: row.legalName,
    types: row.types as Types,
    status: row.status as LifecycleState,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    nextStates: [...(allowedTransitions[row.status as LifecycleState] ?? [])],
    country: row.country,
    operatingCountries: row.operatingCountries,
    regions: row.regions,
    industries: row.industries,
    competencies: row.competencies,
    languages: row.languages,
    tags: row.tags,
    website: row.website,
    domains: row.domains,
    ownerUserId: row.ownerUserId,
    programId: row.programId,
    customFields: row.customFields,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
export type PartnerOut = ReturnType<typeof toPartner>;

/** CSV cells are flat: competencies as "name:level", custom fields as JSON. */
export function toPartnerCsvRow(p: PartnerOut) {
  return {
    ...p,
    competencies: p.competencies.map((c) => `${c.name}:${c.level}`),
    customFields: JSON.stringify(p.customFields),
  };
}

const scope = (ctx: Ctx) => tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id });
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listPartners(ctx: Ctx, q: ListPartnersInput) {
  const ks = keyset({
    sort: q.sort,
    columns: {
      created_at: partners.createdAt,
      updated_at: partners.updatedAt,
      name: partners.name,
      status: partners.status,
      country: partners.countrySort,
    },
    id: partners.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [scope(ctx), ks.where, ...(await filterConditions(ctx, q))];
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = (
    {
      created_at: 'createdAt',
      updated_at: 'updatedAt',
      name: 'name',
      status: 'status',
      country: 'countrySort',
    } as const
  )[ks.sortColumnKey as 'name'];
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: page.data.map(toPartner), nextCursor: page.nextCursor };
}

/** One SQL condition per given filter; every one is typed by the query schema. */
async function filterConditions(ctx: Ctx, q: ListPartnersInput): Promise<SQL[]> {
  const c: SQL[] = [];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    // name/legal_name hit their trigram indexes; domains are few per partner.
    c.push(
      or(
        ilike(partners.name, like),
        ilike(partners.legalName, like),
        sql`exists (select 1 from unnest(${partners.domains}) d where d ilike ${like})`,
      )!,
    );
  }
  if (q['filter[type]']) c.push(arrayContains(partners.types, [q['filter[type]']]));
  if (q['filter[status]']) c.push(eq(partners.status, q['filter[status]']));
  if (q['filter[country]']) c.push(eq(partners.country, q['filter[country]']));
  if (q['filter[operatingCountry]'])
    c.push(arrayContains(partners.operatingCountries, [q['filter[operatingCountry]']]));
  const ciArray = (column: typeof partners.regions | typeof partners.industries, v: string) =>
    sql`exists (select 1 from unnest(${column}) x where lower(x) = lower(${v}))`;
  if (q['filter[region]']) c.push(ciArray(partners.regions, q['filter[region]']));
  if (q['filter[industry]']) c.push(ciArray(partners.industries, q['filter[industry]']));
  if (q['filter[tag]']) c.push(arrayContains(partners.tags, [q['filter[tag]']]));
  if (q['filter[language]']) {
    // "pt" also finds partners speaking pt-BR.
    const lang = q['filter[language]'];
    c.push(
      sql`exists (select 1 from unnest(${partners.languages}) l where l = ${lang} or l like ${`${escapeLike(lang)}-%`})`,
    );
  }
  if (q['filter[competency]']) {
    const minRank = competencyLevels.indexOf(q['filter[competencyLevel]'] ?? 'basic');
    const levels = competencyLevels.slice(minRank);
    c.push(
      sql`exists (select 1 from jsonb_array_elements(${partners.competencies}) e where lower(e->>'name') = lower(${q['filter[competency]']}) and e->>'level' = any(${sql.param(levels)}::text[]))`,
    );
  } else if (q['filter[competencyLevel]']) {
    throw invalid('query', 'filter[competencyLevel]', 'needs filter[competency]');
  }
  if (q['filter[domain]']) c.push(arrayContains(partners.domains, [registrableDomain(q['filter[domain]'])!]));
  if (q['filter[owner]']) c.push(eq(partners.ownerUserId, q['filter[owner]']));
  if (q['filter[program]']) c.push(eq(partners.programId, q['filter[program]']));
  if (q['filter[custom]']) {
    const at = q['filter[custom]'].indexOf(':');
    const key = q['filter[custom]'].slice(0, at);
    const value = q['filter[custom]'].slice(at + 1);
    if (!(await requireDefinitionKey(ctx, key)))
      throw invalid('query', 'filter[custom]', `${key} is not a custom field of this workspace`);
    c.push(sql`${partners.customFields}->>${key} = ${value}`);
  }
  return c;
}

export async function getPartner(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(partners)
    .where(and(scope(ctx), eq(partners.id, id)));
  if (!row) throw notFound('partner');
  return row;
}

/** The owner must be vendor staff of this workspace (a partner user cannot own a relationship). */
export async function assertVendorUser(ctx: Ctx, userId: string, field = 'ownerUserId') {
  const [m] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, ctx.requireWorkspace()),
        eq(memberships.userId, userId),
        eq(memberships.kind, 'vendor'),
      ),
    );
  if (!m) throw invalid('body', field, 'is not a vendor user of this workspace');
}

async function assertProgram(ctx: Ctx, programId: string) {
  const [p] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.requireWorkspace()), eq(programs.id, programId)));
  if (!p) throw invalid('body', 'programId', 'is not a program of this workspace');
}

/** Checks references and returns the column values for the profile fields that were sent. */
async function profileValues(ctx: Ctx, input: UpdatePartnerInput | CreatePartnerInput, before?: PartnerRow) {
  if (input.ownerUserId) await assertVendorUser(ctx, input.ownerUserId);
  if (input.programId) await assertProgram(ctx, input.programId);
  const { customFields, domains, status: _status, ...rest } = input;
  const values: Partial<typeof partners.$inferInsert> = { ...rest };
  if (customFields !== undefined)
    values.customFields = await applyCustomFields(ctx, before?.customFields ?? {}, customFields);
  if (domains !== undefined || input.website !== undefined) {
    const website = input.website !== undefined ? input.website : (before?.website ?? null);
    // Keep the explicitly listed domains when only the website changes; drop the old website's.
    const oldSite = before?.website ? registrableDomain(before.website) : null;
    const listed = domains ?? (before?.domains ?? []).filter((d) => d !== oldSite);
    values.domains = domainsFor(website, listed);
  }
  return values;
}

export async function createPartner(ctx: Ctx, input: CreatePartnerInput) {
  const workspaceId = ctx.requireWorkspace();
  const values = await profileValues(ctx, input);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(partners)
    .values({
      ...values,
      workspaceId,
      id: newId('partner'),
      name: input.name,
      types: input.types,
      status: input.status ?? 'active',
      ...((input.status ?? 'active') === 'active' ? { activatedAt: now } : {}),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const created = toPartner(row!);
  ctx.audit({
    action: 'partner.created',
    objectType: 'partner',
    objectId: created.id,
    partnerId: created.id,
    after: created,
  });
  return created;
}

// Fields only the vendor sets, whatever the directory settings say.
const VENDOR_ONLY = new Set(['types', 'tags', 'ownerUserId', 'programId']);

export async function updatePartner(
  ctx: Ctx,
  id: string,
  input: UpdatePartnerInput,
  expectedVersion?: number,
) {
  if (input.status !== undefined) {
    throw invalid(
      'body',
      'status',
      `changes only through POST /api/v1/partners/${id}/transitions (with a reason), never by editing`,
    );
  }
  if (ctx.partnerId) {
    const fields = Object.keys(input).filter((k) => k !== 'customFields');
    const vendorOnly = fields.filter((f) => VENDOR_ONLY.has(f));
    if (vendorOnly.length > 0)
      throw new AppError('forbidden', `Partner users cannot change: ${vendorOnly.join(', ')}.`, {
        fields: vendorOnly,
      });
    await assertPartnerMayEdit(ctx, fields);
  }
  const before = await getPartner(ctx, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The partner is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  const values = await profileValues(ctx, input, before);
  return writePartner(ctx, before, values, 'partner.updated');
}

/**
 * Writes changed columns of a partner read in this transaction, bumping its version (a
 * concurrent change since the read → 412), and audits before/after.
 */
export async function writePartner(
  ctx: Ctx,
  before: PartnerRow,
  values: Partial<typeof partners.$inferInsert>,
  action: string,
) {
  const [row] = await ctx.db
    .update(partners)
    .set({ ...values, updatedAt: ctx.clock.now(), version: sql`${partners.version} + 1` })
    .where(and(scope(ctx), eq(partners.id, before.id), eq(partners.version, before.version)))
    .returning();
  if (!row)
    throw new AppError('precondition_failed', 'The partner changed while you were saving; read it again.');
  const after = toPartner(row);
  ctx.audit({
    action,
    objectType: 'partner',
    objectId: before.id,
    partnerId: before.id,
    before: toPartner(before),
    after,
  });
  return after;
}

export async function deletePartner(ctx: Ctx, id: string) {
  const before = await getPartner(ctx, id);
  if (await countPartnerMembers(ctx, id)) {
    throw new AppError('conflict', 'This partner still has users; remove them first.');
  }
  await ctx.db
    .delete(partnerContacts)
    .where(and(eq(partnerContacts.workspaceId, ctx.requireWorkspace()), eq(partnerContacts.partnerId, id)));
  await ctx.db.delete(partners).where(and(scope(ctx), eq(partners.id, id)));
  ctx.audit({
    action: 'partner.deleted',
    objectType: 'partner',
    objectId: id,
    partnerId: id,
    before: toPartner(before),
  });
}
