import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { insertQuery } from '../../platform/db/insert.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { idToUuid as idU, newId } from '../../platform/ids/index.js';
import { getDealRow } from '../deals/index.js';
import { partnerForDeals, partnerNames } from '../partners/index.js';
import {
  type CreateTouchpointInput,
  type ListTouchpointsInput,
  MarketplaceData,
  type TouchpointKind,
} from './schemas.js';
import { touchpoints } from './tables.js';

type TouchpointRow = typeof touchpoints.$inferSelect;

export function toTouchpoint(row: TouchpointRow, partnerName: string) {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    dealId: row.dealId,
    kind: row.kind as TouchpointKind,
    occurredAt: row.occurredAt.toISOString(),
    source: row.source as 'system' | 'manual' | 'api',
    recordedBy: row.recordedBy,
    note: row.note,
    data: (row.data ?? {}) as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Records one partner interaction. The deals core calls it at submission (kind 'registration'),
 * co-selling on every partner comment and stage change (kind 'cosell_activity'); people record
 * meetings, introductions, marketplace transactions… through the API. Written in the caller's
 * transaction, audited as `touchpoint.recorded` (an event).
 */
export async function recordTouchpoint(
  ctx: Ctx,
  input: {
    partnerId: string;
    dealId?: string | null;
    kind: TouchpointKind;
    occurredAt?: Date;
    source: 'system' | 'manual' | 'api';
    note?: string;
    data?: Record<string, unknown>;
  },
  /** `defer`: written with the COMMIT (the caller reads no touchpoint back in this transaction). */
  options: { defer?: boolean } = {},
): Promise<TouchpointRow> {
  const now = ctx.clock.now();
  const values: TouchpointRow = {
    workspaceId: ctx.requireWorkspace(),
    id: newId('touchpoint'),
    partnerId: input.partnerId,
    dealId: input.dealId ?? null,
    kind: input.kind,
    occurredAt: input.occurredAt ?? now,
    source: input.source,
    recordedBy: actorId(ctx.actor),
    note: input.note ?? '',
    data: input.data ?? {},
    createdAt: now,
  };
  if (options.defer) ctx.deferInsert(touchpoints, values);
  else {
    const insert = insertQuery(touchpoints, values);
    await ctx.client.query(insert.sql, insert.params);
  }
  ctx.audit({
    action: 'touchpoint.recorded',
    objectType: 'touchpoint',
    objectId: values.id,
    partnerId: values.partnerId,
    after: {
      id: values.id,
      partnerId: values.partnerId,
      dealId: values.dealId,
      kind: values.kind,
      source: values.source,
    },
  });
  return values;
}

/** POST /touchpoints: partners record their own; staff for any partner of the workspace. */
export async function createTouchpoint(ctx: Ctx, input: CreateTouchpointInput) {
  let partnerId: string;
  if (ctx.partnerId) {
    if (input.partnerId && input.partnerId !== ctx.partnerId) throw notFound('partner');
    partnerId = ctx.partnerId;
  } else {
    if (!input.partnerId) {
      throw new AppError('validation_failed', 'partnerId: is required when staff record a touchpoint', {
        errors: [fieldError('body', ['partnerId'], 'is required when staff record a touchpoint')],
      });
    }
    partnerId = input.partnerId;
  }
  const partner = await partnerForDeals(ctx, partnerId);
  if (!partner) throw notFound('partner');
  if (input.dealId) {
    const deal = await getDealRow(ctx, input.dealId);
    // The touchpoint's partner must be on the deal (staff could otherwise attach any partner).
    if (!ctx.partnerId && deal.partnerId !== partnerId) {
      const { rows } = await ctx.client.query(
        'select 1 from deal_participants where workspace_id = $1 and deal_id = $2 and partner_id = $3',
        [idU(ctx.requireWorkspace()), idU(deal.id), idU(partnerId)],
      );
      if (rows.length === 0) throw notFound('deal');
    }
  }
  let data: Record<string, unknown> = input.data ?? {};
  if (input.kind === 'marketplace_transaction') {
    const parsed = MarketplaceData.safeParse(data);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) =>
        fieldError(
          'body',
          ['data', ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
          i.message,
        ),
      );
      throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
        errors,
      });
    }
    data = parsed.data;
  }
  if (JSON.stringify(data).length > 10_000) {
    throw new AppError('validation_failed', 'data: must be at most 10,000 characters as JSON', {
      errors: [fieldError('body', ['data'], 'must be at most 10,000 characters as JSON')],
    });
  }
  const row = await recordTouchpoint(ctx, {
    partnerId,
    dealId: input.dealId ?? null,
    kind: input.kind,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : undefined,
    source: ctx.actor.kind === 'apiKey' ? 'api' : 'manual',
    note: input.note,
    data,
  });
  return toTouchpoint(row, partner.name);
}

export async function listTouchpoints(ctx: Ctx, q: ListTouchpointsInput) {
  const ks = keyset({
    sort: q.sort,
    columns: { occurred_at: touchpoints.occurredAt },
    id: touchpoints.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [eq(touchpoints.workspaceId, ctx.requireWorkspace()), ks.where];
  if (ctx.partnerId) c.push(eq(touchpoints.partnerId, ctx.partnerId));
  if (q['filter[partner]']) c.push(eq(touchpoints.partnerId, q['filter[partner]']));
  if (q['filter[deal]']) c.push(eq(touchpoints.dealId, q['filter[deal]']));
  if (q['filter[kind]']) c.push(eq(touchpoints.kind, q['filter[kind]']));
  if (q['filter[from]']) c.push(gte(touchpoints.occurredAt, new Date(q['filter[from]'])));
  if (q['filter[to]']) c.push(lte(touchpoints.occurredAt, new Date(q['filter[to]'])));
  const rows = await ctx.db
    .select()
    .from(touchpoints)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'occurredAt');
  const names = await partnerNames(
    ctx,
    page.data.map((r) => r.partnerId),
  );
  return {
    data: page.data.map((r) => toTouchpoint(r, names.get(r.partnerId) ?? '')),
    nextCursor: page.nextCursor,
  };
}
