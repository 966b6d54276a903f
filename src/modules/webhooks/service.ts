import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { newSigningSecret } from '../../platform/webhooks/signing.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../platform/webhooks/tables.js';
import { assertPublicTarget, UnsafeTargetError } from '../../platform/webhooks/target-guard.js';
import type {
  CreateWebhookEndpoint,
  ListDeliveriesQuery,
  ListEndpointsQuery,
  UpdateWebhookEndpoint,
} from './schemas.js';

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toEndpoint = (r: EndpointRow) => ({
  id: r.id,
  url: r.url,
  description: r.description,
  eventTypes: r.eventTypes,
  enabled: r.enabled,
  disabledReason: r.disabledReason,
  secretHints: r.secrets.map((s) => ({ hint: s.hint, createdAt: s.createdAt, expiresAt: s.expiresAt })),
  failingSince: iso(r.failingSince),
  lastSuccessAt: iso(r.lastSuccessAt),
  createdAt: r.createdAt.toISOString(),
  version: r.version,
});

const toDelivery = (r: DeliveryRow) => ({
  id: r.id,
  endpointId: r.endpointId,
  eventId: r.eventId,
  eventType: r.eventType,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: iso(r.nextAttemptAt),
  lastStatusCode: r.lastStatusCode,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  deliveredAt: iso(r.deliveredAt),
});

const endpointScope = (ctx: Ctx) => tenantWhere(ctx, webhookEndpoints);
const deliveryScope = (ctx: Ctx) => tenantWhere(ctx, webhookDeliveries);

/** Private, loopback and link-local targets are refused unless the operator allows them. */
async function checkTarget(ctx: Ctx, url: string): Promise<void> {
  try {
    await assertPublicTarget(new URL(url), ctx.config.webhookAllowPrivateTargets);
  } catch (err) {
    if (!(err instanceof UnsafeTargetError)) throw err;
    throw new AppError('validation_failed', `url: ${err.message}`, {
      errors: [{ in: 'body', field: 'url', pointer: '/url', message: err.message }],
    });
  }
}

export async function createEndpoint(ctx: Ctx, input: z.output<typeof CreateWebhookEndpoint>) {
  const workspaceId = ctx.requireWorkspace();
  await checkTarget(ctx, input.url);
  const { secret, sealed } = newSigningSecret(ctx.config.secret!, ctx.clock.now());
  const [row] = await ctx.db
    .insert(webhookEndpoints)
    .values({
      workspaceId,
      id: newId('webhookEndpoint'),
      url: input.url,
      description: input.description ?? '',
      eventTypes: [...new Set(input.eventTypes)],
      secrets: [sealed],
      createdBy:
        ctx.actor.kind === 'user'
          ? ctx.actor.userId
          : ctx.actor.kind === 'apiKey'
            ? ctx.actor.apiKeyId
            : 'system',
    })
    .returning();
  const endpoint = toEndpoint(row!);
  ctx.audit({
    action: 'webhook_endpoint.created',
    objectType: 'webhook_endpoint',
    objectId: endpoint.id,
    after: endpoint,
  });
  return { ...endpoint, secret };
}

export async function getEndpoint(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(endpointScope(ctx), eq(webhookEndpoints.id, id)));
  if (!row) throw notFound('webhook endpoint');
  return row;
}

export async function listEndpoints(ctx: Ctx, q: z.output<typeof ListEndpointsQuery>) {
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: webhookEndpoints.createdAt },
    id: webhookEndpoints.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [endpointScope(ctx), ks.where];
  if (q['filter[enabled]']) c.push(eq(webhookEndpoints.enabled, q['filter[enabled]'] === 'true'));
  const rows = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'createdAt');
  return { data: page.data.map(toEndpoint), nextCursor: page.nextCursor };
}

export async function updateEndpoint(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateWebhookEndpoint>,
  expected?: number,
) {
  const before = await getEndpoint(ctx, id);
  if (expected !== undefined && expected !== before.version) {
    throw new AppError('precondition_failed', `The endpoint is at version ${before.version}.`);
  }
  if (input.url) await checkTarget(ctx, input.url);
  const reenable = input.enabled === true && !before.enabled;
  const [row] = await ctx.db
    .update(webhookEndpoints)
    .set({
      ...(input.url ? { url: input.url } : {}),
      ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.enabled !== undefined
        ? { enabled: input.enabled, disabledReason: input.enabled ? null : 'Disabled by a user' }
        : {}),
      ...(reenable ? { failingSince: null } : {}),
      updatedAt: ctx.clock.now(),
      version: sql`${webhookEndpoints.version} + 1`,
    })
    .where(and(endpointScope(ctx), eq(webhookEndpoints.id, id)))
    .returning();
  const after = toEndpoint(row!);
  ctx.audit({
    action: 'webhook_endpoint.updated',
    objectType: 'webhook_endpoint',
    objectId: id,
    before: toEndpoint(before),
    after,
  });
  return after;
}

export async function deleteEndpoint(ctx: Ctx, id: string) {
  const before = await getEndpoint(ctx, id);
  const deliveriesOfEndpoint = ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(deliveryScope(ctx), eq(webhookDeliveries.endpointId, id)));
  await ctx.db
    .delete(webhookAttempts)
    .where(and(tenantWhere(ctx, webhookAttempts), inArray(webhookAttempts.deliveryId, deliveriesOfEndpoint)));
  await ctx.db.delete(webhookDeliveries).where(and(deliveryScope(ctx), eq(webhookDeliveries.endpointId, id)));
  await ctx.db.delete(webhookEndpoints).where(and(endpointScope(ctx), eq(webhookEndpoints.id, id)));
  ctx.audit({
    action: 'webhook_endpoint.deleted',
    objectType: 'webhook_endpoint',
    objectId: id,
    before: toEndpoint(before),
  });
}

/** A new secret signs from now on; the old ones keep signing for `overlapHours`, then stop. */
export async function rotateSecret(ctx: Ctx, id: string, overlapHours = 24) {
  const before = await getEndpoint(ctx, id);
  const now = ctx.clock.now();
  const overlapEnds = new Date(now.getTime() + overlapHours * 3600_000).toISOString();
  const { secret, sealed } = newSigningSecret(ctx.config.secret!, now);
  const kept = before.secrets
    .filter((s) => !s.expiresAt || new Date(s.expiresAt) > now)
    .map((s) => ({ ...s, expiresAt: s.expiresAt && s.expiresAt < overlapEnds ? s.expiresAt : overlapEnds }));
  const [row] = await ctx.db
    .update(webhookEndpoints)
    .set({ secrets: [sealed, ...kept], updatedAt: now, version: sql`${webhookEndpoints.version} + 1` })
    .where(and(endpointScope(ctx), eq(webhookEndpoints.id, id)))
    .returning();
  const after = toEndpoint(row!);
  ctx.audit({
    action: 'webhook_endpoint.secret_rotated',
    objectType: 'webhook_endpoint',
    objectId: id,
    after: { secretHints: after.secretHints },
  });
  return { ...after, secret };
}

export async function listDeliveries(ctx: Ctx, endpointId: string, q: z.output<typeof ListDeliveriesQuery>) {
  await getEndpoint(ctx, endpointId);
  const ks = keyset({
    sort: q.sort,
    columns: { created_at: webhookDeliveries.createdAt },
    id: webhookDeliveries.id,
    cursor: q.cursor,
  });
  const c: (SQL | undefined)[] = [deliveryScope(ctx), eq(webhookDeliveries.endpointId, endpointId), ks.where];
  if (q['filter[status]']) c.push(eq(webhookDeliveries.status, q['filter[status]']));
  if (q['filter[eventType]']) c.push(eq(webhookDeliveries.eventType, q['filter[eventType]']));
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(...c))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, q.sort, 'createdAt');
  return { data: page.data.map(toDelivery), nextCursor: page.nextCursor };
}

export async function getDelivery(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(deliveryScope(ctx), eq(webhookDeliveries.id, id)));
  if (!row) throw notFound('webhook delivery');
  const attempts = await ctx.db
    .select()
    .from(webhookAttempts)
    .where(and(tenantWhere(ctx, webhookAttempts), eq(webhookAttempts.deliveryId, id)))
    .orderBy(webhookAttempts.requestedAt, webhookAttempts.attemptNo);
  return {
    ...toDelivery(row),
    payload: row.payload,
    attemptLog: attempts.map((a) => ({
      attemptNo: a.attemptNo,
      requestedAt: a.requestedAt.toISOString(),
      requestHeaders: a.requestHeaders,
      responseStatus: a.responseStatus,
      responseBody: a.responseBody,
      latencyMs: a.latencyMs,
      error: a.error,
    })),
  };
}

/**
 * Replay: the delivery goes back to pending, due now, with a fresh set of attempts; the
 * `webhook-id` stays the event id, so a receiver that already processed it can tell.
 */
export async function replayDeliveries(ctx: Ctx, where: { deliveryId?: string; endpointId?: string }) {
  const conditions: SQL[] = [deliveryScope(ctx)];
  if (where.deliveryId) conditions.push(eq(webhookDeliveries.id, where.deliveryId));
  if (where.endpointId)
    conditions.push(
      eq(webhookDeliveries.endpointId, where.endpointId),
      eq(webhookDeliveries.status, 'failed'),
    );
  const rows = await ctx.db
    .update(webhookDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: ctx.clock.now(), lockedUntil: null })
    .where(and(...conditions))
    .returning({ id: webhookDeliveries.id });
  ctx.audit({
    action: 'webhook_delivery.replayed',
    objectType: where.deliveryId ? 'webhook_delivery' : 'webhook_endpoint',
    objectId: (where.deliveryId ?? where.endpointId)!,
    after: { deliveries: rows.map((r) => r.id) },
  });
  return rows.length;
}
