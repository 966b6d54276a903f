import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, invalid } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { partnerExists } from '../partners/index.js';
import type { ListActivityQuery, ListTransitionsQuery } from './schemas.js';
import { toTransition } from './service.js';
import type { LifecycleState } from './states.js';
import { partnerTransitions } from './tables.js';

async function requirePartner(ctx: Ctx, partnerId: string) {
  if (!(await partnerExists(ctx, partnerId))) throw new AppError('not_found', 'No such partner.');
}

/** A partner's lifecycle moves, newest first. A partner user reads its own organisation's. */
export async function listTransitions(ctx: Ctx, partnerId: string, q: z.output<typeof ListTransitionsQuery>) {
  await requirePartner(ctx, partnerId);
  const ks = keyset({
    sort: '-at',
    columns: { at: partnerTransitions.at },
    id: partnerTransitions.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select()
    .from(partnerTransitions)
    .where(and(tenantWhere(ctx, partnerTransitions), eq(partnerTransitions.partnerId, partnerId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, '-at', 'at');
  return { data: page.data.map(toTransition), nextCursor: page.nextCursor };
}

type ActivityRow = {
  kind: 'audit' | 'transition';
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string;
  action: string;
  object_type: string;
  object_id: string;
  before: unknown;
  after: unknown;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
};

function decodeActivityCursor(cursor: string): { at: string; id: string } {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { at: unknown; id: unknown };
    if (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at)) || new Date(c.at).toISOString() !== c.at)
      throw new Error('at');
    if (typeof c.id !== 'string') throw new Error('id');
    idToUuid(c.id);
    return { at: c.at, id: c.id };
  } catch {
    throw invalid('query', 'cursor', 'is not a cursor from this list');
  }
}

/**
 * The partner's timeline for vendor staff: its audit entries (profile edits, contacts, …) and
 * its lifecycle transitions, newest first, one keyset over both. The audit entry a transition
 * also writes is left out: the transition row says the same with its reason.
 */
export async function listActivity(ctx: Ctx, partnerId: string, q: z.output<typeof ListActivityQuery>) {
  if (ctx.partnerId) throw new AppError('forbidden', 'The activity timeline is for vendor staff.');
  await requirePartner(ctx, partnerId);
  const ws = idToUuid(ctx.requireWorkspace());
  const p = idToUuid(partnerId);
  const c = q.cursor ? decodeActivityCursor(q.cursor) : null;
  const after: SQL = c ? sql`where (at, id) < (${c.at}::timestamptz, ${idToUuid(c.id)}::uuid)` : sql``;
  const { rows } = await ctx.db.execute<ActivityRow>(sql`
    select * from (
      select 'audit' as kind, id, occurred_at as at, actor_kind, actor_id, action, object_type, object_id,
             before, after, null::text as from_state, null::text as to_state, null::text as reason
        from audit_events
       where workspace_id = ${ws} and partner_id = ${p} and action <> 'partner.state_changed'
      union all
      select 'transition', id, at, actor_kind, actor_id, 'partner.state_changed', 'partner', ${partnerId},
             null, null, from_state, to_state, reason
        from partner_transitions
       where workspace_id = ${ws} and partner_id = ${p}
    ) activity
    ${after}
    order by at desc, id desc
    limit ${q.limit + 1}`);
  const hasMore = rows.length > q.limit;
  const data = (hasMore ? rows.slice(0, q.limit) : rows).map((r) => {
    const id = uuidToId(r.kind === 'audit' ? 'auditEvent' : 'transition', r.id);
    const at = new Date(r.at).toISOString();
    return {
      id,
      kind: r.kind,
      at,
      actorKind: r.actor_kind,
      actorId: r.actor_id,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      before: r.before ?? null,
      after: r.after ?? null,
      transition:
        r.kind === 'transition'
          ? { from: r.from_state as LifecycleState, to: r.to_state as LifecycleState, reason: r.reason! }
          : null,
    };
  });
  const last = data[data.length - 1];
  const nextCursor =
    hasMore && last ? Buffer.from(JSON.stringify({ at: last.at, id: last.id })).toString('base64url') : null;
  return { data, nextCursor };
}
