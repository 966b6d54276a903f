import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom, paginationShape, sortParam } from '../../platform/http/pagination.js';
import { defineRoute } from '../../platform/http/route.js';
import { zId } from '../../platform/ids/index.js';
import { notifications } from '../../platform/notifications/tables.js';

const Notification = z
  .object({
    id: zId('notification'),
    type: z.string(),
    eventId: zId('event').nullable(),
    data: z.unknown(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });
const NotificationPage = z
  .object({ data: z.array(Notification), nextCursor: z.string().nullable(), unreadCount: z.number().int() })
  .meta({ id: 'NotificationPage' });
const ListQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[unread]': z.enum(['true', 'false']).optional(),
});
const Params = z.strictObject({ notificationId: zId('notification') });

type Row = typeof notifications.$inferSelect;
const toNotification = (r: Row) => ({
  id: r.id,
  type: r.type,
  eventId: r.eventId,
  data: r.data,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
});

/** A feed belongs to its user: the filter here, and the row-level policy on app.user_id below it. */
function mine(ctx: Ctx): SQL {
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Notifications belong to signed-in users.');
  return and(
    eq(notifications.workspaceId, ctx.requireWorkspace()),
    eq(notifications.userId, ctx.actor.userId),
  )!;
}

async function unreadCount(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(ctx), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

const tags = ['Notifications'];
const access = { permission: 'notifications.read', actors: ['user'], workspace: true } as const;

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/notifications',
    operationId: 'listNotifications',
    summary: 'My notifications',
    description:
      'Your in-app notification feed in the current workspace, newest first, with the unread count.',
    tags,
    access,
    rateLimit: null,
    query: ListQuery,
    responses: { 200: { description: 'A page of notifications', schema: NotificationPage } },
    csv: { columns: ['id', 'type', 'eventId', 'createdAt', 'readAt'], filename: 'notifications' },
    handler: async (ctx, { query }) => {
      const ks = keyset({
        sort: query.sort,
        columns: { created_at: notifications.createdAt },
        id: notifications.id,
        cursor: query.cursor,
      });
      const c: (SQL | undefined)[] = [mine(ctx), ks.where];
      if (query['filter[unread]'] === 'true') c.push(isNull(notifications.readAt));
      const rows = await ctx.db
        .select()
        .from(notifications)
        .where(and(...c))
        .orderBy(...ks.orderBy)
        .limit(query.limit + 1);
      const page = pageFrom(rows, query.limit, query.sort, 'createdAt');
      return {
        body: {
          data: page.data.map(toNotification),
          nextCursor: page.nextCursor,
          unreadCount: await unreadCount(ctx),
        },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/:notificationId/read',
    operationId: 'markNotificationRead',
    summary: 'Mark a notification read',
    description: 'Marks one of your notifications read (again is harmless).',
    tags,
    access,
    rateLimit: null,
    params: Params,
    responses: { 200: { description: 'The notification', schema: Notification } },
    handler: async (ctx, { params }) => {
      const [row] = await ctx.db
        .select()
        .from(notifications)
        .where(and(mine(ctx), eq(notifications.id, params.notificationId)));
      if (!row) throw notFound('notification');
      if (row.readAt) return { body: toNotification(row) };
      const [updated] = await ctx.db
        .update(notifications)
        .set({ readAt: ctx.clock.now() })
        .where(and(mine(ctx), eq(notifications.id, params.notificationId)))
        .returning();
      return { body: toNotification(updated!) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    operationId: 'markAllNotificationsRead',
    summary: 'Mark all notifications read',
    description: 'Marks every unread notification of yours in this workspace read.',
    tags,
    access,
    rateLimit: null,
    responses: {
      200: {
        description: 'How many were marked',
        schema: z.object({ marked: z.number().int() }).meta({ id: 'MarkedRead' }),
      },
    },
    handler: async (ctx) => {
      const rows = await ctx.db
        .update(notifications)
        .set({ readAt: ctx.clock.now() })
        .where(and(mine(ctx), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return { body: { marked: rows.length } };
    },
  }),
];
