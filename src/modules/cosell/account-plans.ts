import { randomUUID } from 'node:crypto';
import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, type FieldError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, newId } from '../../platform/ids/index.js';
import { partnerForDeals, partnerNames } from '../partners/index.js';
import type { MemberLookup } from './common.js';
import type { CreateAccountPlanInput, ListAccountPlansInput, UpdateAccountPlanInput } from './schemas.js';
import { accountPlans } from './tables.js';

type PlanRow = typeof accountPlans.$inferSelect;
type Goal = { id: string; text: string; targetDate: string | null; done: boolean };
type Stakeholder = {
  id: string;
  name: string;
  title: string;
  role: string;
  email: string | null;
  notes: string;
};
type Action = {
  id: string;
  title: string;
  ownerUserId: string | null;
  ownerName: string;
  dueDate: string | null;
  done: boolean;
};

const itemId = () => randomUUID().replace(/-/g, '').slice(0, 12);

export function toAccountPlan(row: PlanRow, partnerName: string) {
  return {
    id: row.id,
    accountId: row.accountId,
    accountName: row.accountName,
    partnerId: row.partnerId,
    partnerName,
    title: row.title,
    status: row.status as 'draft' | 'active' | 'closed',
    summary: row.summary,
    goals: row.goals as Goal[],
    stakeholders: row.stakeholders as never as (Stakeholder & { role: never })[],
    actions: row.actions as Action[],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Items as stored: every optional field filled, ids generated where the client sent none. */
function normalise(input: Pick<CreateAccountPlanInput, 'goals' | 'stakeholders' | 'actions'>) {
  return {
    ...(input.goals
      ? {
          goals: input.goals.map((g) => ({
            id: g.id ?? itemId(),
            text: g.text,
            targetDate: g.targetDate ?? null,
            done: g.done ?? false,
          })),
        }
      : {}),
    ...(input.stakeholders
      ? {
          stakeholders: input.stakeholders.map((s) => ({
            id: s.id ?? itemId(),
            name: s.name,
            title: s.title ?? '',
            role: s.role,
            email: s.email ?? null,
            notes: s.notes ?? '',
          })),
        }
      : {}),
    ...(input.actions
      ? {
          actions: input.actions.map((a) => ({
            id: a.id ?? itemId(),
            title: a.title,
            ownerUserId: a.ownerUserId ?? null,
            ownerName: a.ownerName ?? '',
            dueDate: a.dueDate ?? null,
            done: a.done ?? false,
          })),
        }
      : {}),
  };
}

/**
 * Action owners must be people who can read the plan: vendor staff or users of the plan's
 * partner. Their names are filled in when the client left ownerName empty. Duplicate item ids
 * in one list are refused (the portal edits items by id).
 */
async function checkItems(
  partnerId: string,
  items: ReturnType<typeof normalise>,
  lookup: MemberLookup,
): Promise<void> {
  const errors: FieldError[] = [];
  for (const list of ['goals', 'stakeholders', 'actions'] as const) {
    const seen = new Set<string>();
    (items[list] ?? []).forEach((it, i) => {
      if (seen.has(it.id)) errors.push(fieldError('body', [list, i, 'id'], 'is used twice in this list'));
      seen.add(it.id);
    });
  }
  const owners = [
    ...new Set((items.actions ?? []).map((a) => a.ownerUserId).filter((u): u is string => !!u)),
  ];
  const members = await lookup(owners);
  (items.actions ?? []).forEach((a, i) => {
    if (!a.ownerUserId) return;
    const m = members.get(a.ownerUserId);
    if (!m || (m.kind === 'partner' && m.partnerId !== partnerId)) {
      errors.push(fieldError('body', ['actions', i, 'ownerUserId'], 'is not a person who can see this plan'));
    } else if (!a.ownerName) a.ownerName = m.name;
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  }
}

async function accountName(ctx: Ctx, accountId: string): Promise<string | null> {
  // The vendor's account list is vendor-internal (row-level security); only staff create plans.
  const { rows } = await ctx.client.query<{ name: string }>(
    'select name from accounts where workspace_id = $1 and id = $2',
    [idToUuid(ctx.requireWorkspace()), idToUuid(accountId)],
  );
  return rows[0]?.name ?? null;
}

export async function createAccountPlan(ctx: Ctx, input: CreateAccountPlanInput, lookup: MemberLookup) {
  if (ctx.partnerId) throw new AppError('forbidden', 'Account plans are started by vendor staff.');
  const errors: FieldError[] = [];
  const name = await accountName(ctx, input.accountId);
  if (name === null) errors.push(fieldError('body', ['accountId'], 'is not an account of this workspace'));
  const partner = await partnerForDeals(ctx, input.partnerId);
  if (!partner) errors.push(fieldError('body', ['partnerId'], 'is not a partner of this workspace'));
  if (errors.length > 0) {
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  }
  const items = normalise(input);
  await checkItems(input.partnerId, items, lookup);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(accountPlans)
    .values({
      workspaceId: ctx.requireWorkspace(),
      id: newId('accountPlan'),
      accountId: input.accountId,
      partnerId: input.partnerId,
      accountName: name!,
      title: input.title,
      status: input.status ?? 'active',
      summary: input.summary ?? '',
      goals: items.goals ?? [],
      stakeholders: items.stakeholders ?? [],
      actions: items.actions ?? [],
      createdBy: actorId(ctx.actor),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  ctx.audit({
    action: 'account_plan.created',
    objectType: 'account_plan',
    objectId: row!.id,
    partnerId: row!.partnerId,
    after: {
      id: row!.id,
      accountId: row!.accountId,
      partnerId: row!.partnerId,
      title: row!.title,
      status: row!.status,
    },
  });
  return toAccountPlan(row!, partner!.name);
}

async function planRow(ctx: Ctx, id: string, forUpdate = false) {
  const where = and(
    eq(accountPlans.workspaceId, ctx.requireWorkspace()),
    eq(accountPlans.id, id),
    ctx.partnerId ? eq(accountPlans.partnerId, ctx.partnerId) : undefined,
  );
  const q = ctx.db.select().from(accountPlans).where(where);
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('account plan');
  return row;
}

export async function getAccountPlan(ctx: Ctx, id: string) {
  const row = await planRow(ctx, id);
  const names = await partnerNames(ctx, [row.partnerId]);
  return toAccountPlan(row, names.get(row.partnerId) ?? '');
}

/** Partners keep their plan's goals, stakeholders and actions current; staff change everything. */
export async function updateAccountPlan(
  ctx: Ctx,
  id: string,
  input: UpdateAccountPlanInput,
  lookup: MemberLookup,
  expectedVersion?: number,
) {
  const before = await planRow(ctx, id, true);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError(
      'precondition_failed',
      `The plan is at version ${before.version}; you sent If-Match "${expectedVersion}".`,
    );
  }
  if (ctx.partnerId) {
    const staffFields = (['title', 'status', 'summary'] as const).filter((f) => input[f] !== undefined);
    if (staffFields.length > 0) {
      throw new AppError(
        'forbidden',
        `Partners update goals, stakeholders and actions; ${staffFields.join(', ')} are the vendor’s.`,
        {
          errors: staffFields.map((f) => fieldError('body', [f], 'is changed by vendor staff only')),
        },
      );
    }
  }
  const items = normalise(input);
  await checkItems(before.partnerId, items, lookup);
  const patch: Partial<typeof accountPlans.$inferInsert> = { ...items };
  if (input.title !== undefined) patch.title = input.title;
  if (input.status !== undefined) patch.status = input.status;
  if (input.summary !== undefined) patch.summary = input.summary;
  const [row] = await ctx.db
    .update(accountPlans)
    .set({ ...patch, updatedAt: ctx.clock.now(), version: sql`${accountPlans.version} + 1` })
    .where(
      and(
        eq(accountPlans.workspaceId, ctx.requireWorkspace()),
        eq(accountPlans.id, id),
        eq(accountPlans.version, before.version),
      ),
    )
    .returning();
  if (!row)
    throw new AppError('precondition_failed', 'The plan changed while you were saving; read it again.');
  ctx.audit({
    action: 'account_plan.updated',
    objectType: 'account_plan',
    objectId: id,
    partnerId: row.partnerId,
    after: { id, fields: Object.keys(input) },
  });
  const names = await partnerNames(ctx, [row.partnerId]);
  return toAccountPlan(row, names.get(row.partnerId) ?? '');
}

export async function deleteAccountPlan(ctx: Ctx, id: string) {
  if (ctx.partnerId) throw new AppError('forbidden', 'Only vendor staff delete account plans.');
  const row = await planRow(ctx, id, true);
  await ctx.db
    .delete(accountPlans)
    .where(and(eq(accountPlans.workspaceId, ctx.requireWorkspace()), eq(accountPlans.id, id)));
  ctx.audit({
    action: 'account_plan.deleted',
    objectType: 'account_plan',
    objectId: id,
    partnerId: row.partnerId,
    before: { id, accountId: row.accountId, partnerId: row.partnerId, title: row.title },
  });
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listAccountPlans(ctx: Ctx, q: ListAccountPlansInput) {
  const ks = keyset({
    sort: q.sort,
    columns: {
      created_at: accountPlans.createdAt,
      updated_at: accountPlans.updatedAt,
      title: accountPlans.title,
    },
    id: accountPlans.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [eq(accountPlans.workspaceId, ctx.requireWorkspace()), ks.where];
  if (ctx.partnerId) c.push(eq(accountPlans.partnerId, ctx.partnerId));
  if (q['filter[partner]']) c.push(eq(accountPlans.partnerId, q['filter[partner]']));
  if (q['filter[account]']) c.push(eq(accountPlans.accountId, q['filter[account]']));
  if (q['filter[status]']) c.push(eq(accountPlans.status, q['filter[status]']));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    c.push(or(ilike(accountPlans.title, like), ilike(accountPlans.accountName, like)));
  }
  const rows = await ctx.db
    .select()
    .from(accountPlans)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const key = ({ created_at: 'createdAt', updated_at: 'updatedAt', title: 'title' } as const)[
    ks.sortColumnKey as 'title'
  ];
  const page = pageFrom(rows, q.limit, q.sort, key);
  const names = await partnerNames(
    ctx,
    page.data.map((r) => r.partnerId),
  );
  return {
    data: page.data.map((r) => {
      const p = toAccountPlan(r, names.get(r.partnerId) ?? '');
      // CSV columns for the list export: counts instead of nested lists.
      return {
        ...p,
        goalCount: p.goals.length,
        stakeholderCount: p.stakeholders.length,
        openActionCount: p.actions.filter((a) => !a.done).length,
      };
    }),
    nextCursor: page.nextCursor,
  };
}
