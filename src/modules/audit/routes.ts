import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { verifyWorkspaceChain } from '../../platform/audit/index.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { keyset, pageFrom, paginationShape, sortParam } from '../../platform/http/pagination.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { zId } from '../../platform/ids/index.js';

const AuditEvent = z
  .object({
    id: zId('auditEvent'),
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorKind: z.string(),
    actorId: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    partnerId: zId('partner').nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

const ListQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['seq'], '-seq'),
  'filter[action]': z.string().max(100).optional().meta({ example: 'partner.updated' }),
  'filter[actorId]': z.string().max(100).optional(),
  'filter[objectType]': z.string().max(100).optional(),
  'filter[objectId]': z.string().max(100).optional(),
  'filter[partnerId]': zId('partner').optional(),
  'filter[from]': z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Occurred at or after (ISO 8601).' }),
  'filter[to]': z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Occurred before (ISO 8601).' }),
});

const VerifyResult = z
  .object({
    ok: z.boolean(),
    checked: z
      .number()
      .int()
      .meta({ description: 'Entries whose hash re-computed correctly before the first bad one.' }),
    firstBad: z
      .object({
        seq: z.number().int(),
        id: z.string().nullable().meta({ description: 'Null when the entry was deleted.' }),
        reason: z.enum(['hash_mismatch', 'broken_link', 'missing_entry']),
      })
      .optional(),
  })
  .meta({ id: 'AuditVerifyResult' });

type Row = typeof auditEvents.$inferSelect;
const toEvent = (r: Row) => ({
  id: r.id,
  seq: r.seq,
  occurredAt: r.occurredAt.toISOString(),
  actorKind: r.actorKind,
  actorId: r.actorId,
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  partnerId: r.partnerId,
  before: r.before,
  after: r.after,
  requestId: r.requestId,
  ip: r.ip,
  hash: r.hash,
});

const tags = ['Audit'];
const access = { permission: 'audit.read', actors: ['user', 'apiKey'], workspace: true } as const;

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events',
    operationId: 'listAuditEvents',
    summary: 'List audit events',
    description:
      'Every change in the workspace, newest first: who, what, before/after, when, request id and IP. Filterable; CSV with `Accept: text/csv`.',
    tags,
    access,
    rateLimit: null,
    query: ListQuery,
    responses: {
      200: { description: 'A page of audit events', schema: pageOf(AuditEvent, 'AuditEventPage') },
    },
    csv: {
      columns: [
        'seq',
        'id',
        'occurredAt',
        'actorKind',
        'actorId',
        'action',
        'objectType',
        'objectId',
        'partnerId',
        'requestId',
        'ip',
        'hash',
      ],
      filename: 'audit-events',
    },
    handler: async (ctx, { query }) => {
      const ws = ctx.requireWorkspace();
      const ks = keyset({
        sort: query.sort,
        columns: { seq: auditEvents.seq },
        id: auditEvents.id,
        cursor: query.cursor,
      });
      const c: (SQL | undefined)[] = [eq(auditEvents.workspaceId, ws), ks.where];
      if (query['filter[action]']) c.push(eq(auditEvents.action, query['filter[action]']));
      if (query['filter[actorId]']) c.push(eq(auditEvents.actorId, query['filter[actorId]']));
      if (query['filter[objectType]']) c.push(eq(auditEvents.objectType, query['filter[objectType]']));
      if (query['filter[objectId]']) c.push(eq(auditEvents.objectId, query['filter[objectId]']));
      if (query['filter[partnerId]']) c.push(eq(auditEvents.partnerId, query['filter[partnerId]']));
      if (query['filter[from]']) c.push(gte(auditEvents.occurredAt, new Date(query['filter[from]'])));
      if (query['filter[to]']) c.push(lt(auditEvents.occurredAt, new Date(query['filter[to]'])));
      const rows = await ctx.db
        .select()
        .from(auditEvents)
        .where(and(...c))
        .orderBy(...ks.orderBy)
        .limit(query.limit + 1);
      const page = pageFrom(rows, query.limit, query.sort, 'seq');
      return { body: { data: page.data.map(toEvent), nextCursor: page.nextCursor } };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/audit-events/verify',
    operationId: 'verifyAuditChain',
    summary: 'Verify the audit hash chain',
    description:
      'Re-computes every entry’s hash from its content and its predecessor’s hash, and checks the chain head. Names the first altered or missing entry.',
    tags,
    access,
    rateLimit: { perMinute: 6, by: 'principal' },
    responses: { 200: { description: 'Verification result', schema: VerifyResult } },
    handler: async (ctx) => ({
      body: await verifyWorkspaceChain(
        (sql, params) => ctx.client.query(sql, params),
        ctx.requireWorkspace(),
      ),
    }),
  }),
];
