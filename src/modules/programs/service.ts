import { and, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/access/context.js';
import { rolePermissions, vendorRoles } from '../../platform/access/permissions.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, isId, newId, uuidToId } from '../../platform/ids/index.js';
import { applications } from '../applications/tables.js';
import { type DealRules, defaultDealRules, readDealRules } from '../deals/rules.js';
import { partners } from '../partners/tables.js';
import { VettingSettings } from '../vetting/index.js';
import type { CreateProgramInput, ListProgramsInput, UpdateProgramInput } from './schemas.js';
import { programs } from './tables.js';

export type ProgramRow = typeof programs.$inferSelect;

/**
 * `partnerView`: a partner reads its program's rules of engagement (the rules it plays by), but
 * not which vendor users approve.
 */
export function toProgram(row: ProgramRow, partnerView = false) {
  const dealRules = readDealRules(row.dealRules);
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    applicationOpen: row.applicationOpen,
    partnerTypes: row.partnerTypes as never[],
    // Stored settings may predate a rule added later: parsing fills in its default.
    vetting: VettingSettings.parse(row.vetting ?? {}),
    tierWindowDays: row.tierWindowDays,
    demotionGraceDays: row.demotionGraceDays,
    dealRules: partnerView
      ? { ...dealRules, review: { ...dealRules.review, approverUserIds: [] } }
      : dealRules,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * Staff see every program of the workspace. A partner sees only the program its organisation
 * joined: other programs (and their vetting rules) are the vendor's business, like any other
 * vendor-level record behind the partner wall.
 */
function scope(ctx: Ctx): SQL {
  const workspaceId = ctx.requireWorkspace();
  const inWorkspace = eq(programs.workspaceId, workspaceId);
  if (!ctx.partnerId) return inWorkspace;
  return and(
    inWorkspace,
    inArray(
      programs.id,
      ctx.db
        .select({ id: partners.programId })
        .from(partners)
        .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, ctx.partnerId))),
    ),
  )!;
}

export async function listPrograms(ctx: Ctx, q: ListProgramsInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: programs.createdAt, name: programs.name },
    id: programs.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [scope(ctx), ks.where];
  if (q.q) conditions.push(ilike(programs.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const rows = await ctx.db
    .select()
    .from(programs)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, ks.sortColumnKey === 'name' ? 'name' : 'createdAt');
  return { data: page.data.map((r) => toProgram(r, ctx.partnerId !== null)), nextCursor: page.nextCursor };
}

/**
 * The stored rules of engagement of a program, for server-side use (deal submission, scheduled
 * jobs, extensions): workspace-scoped only, since a deal keeps the program it was registered in
 * even when its partner later moves. null when there is no such program.
 */
export async function programDealRules(ctx: Ctx, id: string): Promise<unknown | null> {
  const [row] = await ctx.db
    .select({ dealRules: programs.dealRules })
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.requireWorkspace()), eq(programs.id, id)));
  return row ? row.dealRules : null;
}

export async function getProgram(ctx: Ctx, id: string): Promise<ProgramRow> {
  const [row] = await ctx.db
    .select()
    .from(programs)
    .where(and(scope(ctx), eq(programs.id, id)));
  if (!row) throw notFound('program');
  return row;
}

const slugTaken = (slug: string) =>
  new AppError('conflict', `Another program of this workspace already uses the slug "${slug}".`, {
    errors: [{ in: 'body', field: 'slug', pointer: '/slug', message: 'is already used by another program' }],
  });

/**
 * The unique (workspace, slug) index is the real guard (two concurrent creates cannot both win);
 * this turns its violation into a 409 naming the field. The failed statement aborts the request
 * transaction, which the thrown error rolls back anyway.
 */
async function guardSlug<T>(slug: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const pgErr = e.cause ?? e;
    if (slug && pgErr.code === '23505' && pgErr.constraint === 'programs_workspace_slug_key')
      throw slugTaken(slug);
    throw err;
  }
}

/**
 * Approvers must be vendor users of this workspace whose role may decide registrations: an
 * escalation to anyone else would reach nobody who can act.
 */
async function checkApprovers(ctx: Ctx, rules: DealRules | undefined) {
  const ids = rules?.review.approverUserIds ?? [];
  if (ids.length === 0) return;
  const invalid = (message: string) =>
    new AppError('validation_failed', `dealRules.review.approverUserIds: ${message}`, {
      errors: [fieldError('body', ['dealRules', 'review', 'approverUserIds'], message)],
    });
  const bad = ids.find((id) => !isId('user', id));
  if (bad) throw invalid(`"${bad}" is not a user id`);
  if (new Set(ids).size !== ids.length) throw invalid('must not name a user twice');
  const reviewerRoles = vendorRoles.filter((r) => rolePermissions[r].includes('deals.review'));
  const { rows } = await ctx.client.query<{ user_id: string }>(
    `select user_id::text from memberships
      where workspace_id = $1 and kind = 'vendor' and role = any($2::text[]) and user_id = any($3::uuid[])`,
    [idToUuid(ctx.requireWorkspace()), reviewerRoles, ids.map(idToUuid)],
  );
  const found = new Set(rows.map((r) => uuidToId('user', r.user_id)));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw invalid(`${missing} is not a member of this workspace who may review deals`);
}

export async function createProgram(ctx: Ctx, input: CreateProgramInput) {
  const workspaceId = ctx.requireWorkspace();
  await checkApprovers(ctx, input.dealRules);
  const [row] = await guardSlug(input.slug, () =>
    ctx.db
      .insert(programs)
      .values({
        workspaceId,
        id: newId('program'),
        name: input.name,
        slug: input.slug,
        description: input.description ?? '',
        applicationOpen: input.applicationOpen ?? true,
        partnerTypes: input.partnerTypes ?? [],
        vetting: input.vetting ?? VettingSettings.parse({}),
        ...(input.tierWindowDays !== undefined ? { tierWindowDays: input.tierWindowDays } : {}),
        ...(input.demotionGraceDays !== undefined ? { demotionGraceDays: input.demotionGraceDays } : {}),
        dealRules: input.dealRules ?? defaultDealRules,
      })
      .returning(),
  );
  const created = toProgram(row!);
  ctx.audit({ action: 'program.created', objectType: 'program', objectId: created.id, after: created });
  return created;
}

export async function updateProgram(
  ctx: Ctx,
  id: string,
  input: UpdateProgramInput,
  expectedVersion?: number,
) {
  const before = await getProgram(ctx, id);
  await checkApprovers(ctx, input.dealRules);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The program is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  const [row] = await guardSlug(input.slug, () =>
    ctx.db
      .update(programs)
      .set({ ...input, updatedAt: ctx.clock.now(), version: sql`${programs.version} + 1` })
      .where(and(scope(ctx), eq(programs.id, id), eq(programs.version, before.version)))
      .returning(),
  );
  if (!row)
    throw new AppError('precondition_failed', 'The program changed while you were saving; read it again.');
  const after = toProgram(row);
  ctx.audit({
    action: 'program.updated',
    objectType: 'program',
    objectId: id,
    before: toProgram(before),
    after,
  });
  return after;
}

/**
 * Deletes a program nobody joined or applied to. Partners and applications keep their program
 * id for history, so a program in use is refused rather than leaving them dangling.
 */
export async function deleteProgram(ctx: Ctx, id: string) {
  const before = await getProgram(ctx, id);
  const workspaceId = ctx.requireWorkspace();
  const [used] = await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.programId, id)))
    .limit(1);
  const [applied] = await ctx.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.workspaceId, workspaceId), eq(applications.programId, id)))
    .limit(1);
  if (used || applied) {
    throw new AppError(
      'conflict',
      'Partners joined or applied to this program; close its applications instead.',
    );
  }
  await ctx.db.delete(programs).where(and(scope(ctx), eq(programs.id, id)));
  ctx.audit({ action: 'program.deleted', objectType: 'program', objectId: id, before: toProgram(before) });
}
