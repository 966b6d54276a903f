import { and, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { allPermissions, type Permission, rolePermissions } from '../../platform/access/permissions.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { randomToken, sha256 } from '../../platform/auth/crypto.js';
import { API_KEY_PREFIX } from '../../platform/auth/resolve.js';
import { apiKeys } from '../../platform/auth/tables.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom, paginationShape, sortParam } from '../../platform/http/pagination.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import { newId, zId } from '../../platform/ids/index.js';
import { partnerExists } from '../partners/index.js';

const Scope = z.enum(allPermissions as [Permission, ...Permission[]]);

const ApiKey = z
  .object({
    id: zId('apiKey'),
    name: z.string(),
    partnerId: zId('partner').nullable(),
    scopes: z.array(Scope),
    hint: z.string().meta({ description: 'The last 4 characters of the secret, to tell keys apart.' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
const CreatedApiKey = ApiKey.extend({
  secret: z
    .string()
    .meta({ description: 'Send as `Authorization: Bearer <secret>`. Shown only in this response.' }),
}).meta({ id: 'CreatedApiKey' });
const CreateApiKey = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(Scope).min(1, 'needs at least one scope').max(allPermissions.length),
    partnerId: zId('partner')
      .optional()
      .meta({ description: 'Makes a partner-scoped key: it sees only that partner.' }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'CreateApiKey' });
const Params = z.strictObject({ apiKeyId: zId('apiKey') });
const ListQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'name'], '-created_at'),
  'filter[status]': z.enum(['active', 'revoked']).optional(),
  'filter[partnerId]': zId('partner').optional(),
});

type Row = typeof apiKeys.$inferSelect;
const toApiKey = (r: Row) => ({
  id: r.id,
  name: r.name,
  partnerId: r.partnerId,
  scopes: r.scopes as Permission[],
  hint: r.tokenHint,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  expiresAt: r.expiresAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});
const scope = (ctx: Ctx) => tenantWhere(ctx, apiKeys);

/** A key can never do more than the one who made it, nor more than a partner admin if partner-scoped. */
function grantable(ctx: Ctx, forPartner: boolean): Set<Permission> {
  const own: readonly Permission[] =
    ctx.actor.kind === 'user' && ctx.actor.membership
      ? rolePermissions[ctx.actor.membership.role]
      : ctx.actor.kind === 'apiKey'
        ? ctx.actor.scopes
        : [];
  const cap = forPartner ? new Set(rolePermissions.partner_admin) : null;
  return new Set(own.filter((p) => !cap || cap.has(p)));
}

async function createApiKey(ctx: Ctx, input: z.output<typeof CreateApiKey>) {
  const workspaceId = ctx.requireWorkspace();
  const partnerId = ctx.partnerId ?? input.partnerId ?? null;
  const notFoundPartner = () =>
    new AppError('not_found', 'No such partner.', {
      errors: [{ in: 'body', field: 'partnerId', pointer: '/partnerId', message: 'no such partner' }],
    });
  if (ctx.partnerId && input.partnerId && input.partnerId !== ctx.partnerId) throw notFoundPartner();
  if (partnerId && !(await partnerExists(ctx, partnerId))) throw notFoundPartner();
  const allowed = grantable(ctx, partnerId !== null);
  const denied = input.scopes.filter((s) => !allowed.has(s));
  if (denied.length > 0) {
    throw new AppError('forbidden', `You cannot grant: ${denied.join(', ')}.`, {
      errors: denied.map((s) => ({
        in: 'body' as const,
        field: `scopes.${input.scopes.indexOf(s)}`,
        pointer: `/scopes/${input.scopes.indexOf(s)}`,
        message: `cannot grant ${s}`,
      })),
    });
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= ctx.clock.now()) {
    throw new AppError('validation_failed', 'expiresAt must be in the future.', {
      errors: [{ in: 'body', field: 'expiresAt', pointer: '/expiresAt', message: 'must be in the future' }],
    });
  }
  const secret = `${API_KEY_PREFIX}${randomToken()}`;
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({
      workspaceId,
      id: newId('apiKey'),
      partnerId,
      name: input.name,
      tokenHash: sha256(secret),
      tokenHint: secret.slice(-4),
      scopes: [...new Set(input.scopes)],
      createdBy:
        ctx.actor.kind === 'user'
          ? ctx.actor.userId
          : ctx.actor.kind === 'apiKey'
            ? ctx.actor.apiKeyId
            : 'system',
      expiresAt,
    })
    .returning();
  const key = toApiKey(row!);
  ctx.audit({ action: 'api_key.created', objectType: 'api_key', objectId: key.id, partnerId, after: key });
  return { ...key, secret };
}

async function getApiKey(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(scope(ctx), eq(apiKeys.id, id)));
  if (!row) throw notFound('API key');
  return row;
}

const tags = ['API keys'];
const actors = ['user', 'apiKey'] as const;

export const apiKeyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/api-keys',
    operationId: 'listApiKeys',
    summary: 'List API keys',
    description:
      'Keys of the workspace (a partner admin sees its organisation’s) with scopes and last-used time. Secrets are never shown again.',
    tags,
    access: { permission: 'apikeys.read', actors, workspace: true },
    rateLimit: null,
    query: ListQuery,
    responses: { 200: { description: 'A page of API keys', schema: pageOf(ApiKey, 'ApiKeyPage') } },
    csv: {
      columns: [
        'id',
        'name',
        'partnerId',
        'scopes',
        'hint',
        'createdAt',
        'lastUsedAt',
        'expiresAt',
        'revokedAt',
      ],
      filename: 'api-keys',
    },
    handler: async (ctx, { query }) => {
      const ks = keyset({
        sort: query.sort,
        columns: { created_at: apiKeys.createdAt, name: apiKeys.name },
        id: apiKeys.id,
        cursor: query.cursor,
      });
      const conditions: (SQL | undefined)[] = [scope(ctx), ks.where];
      if (query['filter[status]'] === 'active') conditions.push(isNull(apiKeys.revokedAt));
      if (query['filter[status]'] === 'revoked') conditions.push(isNotNull(apiKeys.revokedAt));
      if (query['filter[partnerId]']) conditions.push(eq(apiKeys.partnerId, query['filter[partnerId]']));
      const rows = await ctx.db
        .select()
        .from(apiKeys)
        .where(and(...conditions))
        .orderBy(...ks.orderBy)
        .limit(query.limit + 1);
      const page = pageFrom(
        rows,
        query.limit,
        query.sort,
        ks.sortColumnKey === 'name' ? 'name' : 'createdAt',
      );
      return { body: { data: page.data.map(toApiKey), nextCursor: page.nextCursor } };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/api-keys',
    operationId: 'createApiKey',
    summary: 'Create an API key',
    description:
      'Creates a key with the given scopes (never more than your own permissions). With `partnerId` (or when a partner admin creates it) the key is partner-scoped. The secret is in this response only; only its SHA-256 is stored.',
    tags,
    access: { permission: 'apikeys.manage', actors, workspace: true },
    rateLimit: { perMinute: 30, by: 'principal' },
    body: CreateApiKey,
    bodyExample: { name: 'CRM sync', scopes: ['partners.read'] },
    responses: { 201: { description: 'Created; the secret is shown once', schema: CreatedApiKey } },
    handler: async (ctx, { body }) => ({ status: 201, body: await createApiKey(ctx, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/api-keys/:apiKeyId',
    operationId: 'getApiKey',
    summary: 'Get an API key',
    description: 'One key’s metadata (never its secret).',
    tags,
    access: { permission: 'apikeys.read', actors, workspace: true },
    rateLimit: null,
    params: Params,
    responses: { 200: { description: 'The key', schema: ApiKey } },
    handler: async (ctx, { params }) => ({ body: toApiKey(await getApiKey(ctx, params.apiKeyId)) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/api-keys/:apiKeyId',
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'The key stops working at once (401 from then on). The record stays for the audit trail.',
    tags,
    access: { permission: 'apikeys.manage', actors, workspace: true },
    rateLimit: null,
    params: Params,
    responses: { 200: { description: 'Revoked', schema: ApiKey } },
    handler: async (ctx, { params }) => {
      const before = await getApiKey(ctx, params.apiKeyId);
      if (before.revokedAt) return { body: toApiKey(before) };
      const [row] = await ctx.db
        .update(apiKeys)
        .set({ revokedAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
        .where(and(scope(ctx), eq(apiKeys.id, params.apiKeyId)))
        .returning();
      const key = toApiKey(row!);
      ctx.audit({
        action: 'api_key.revoked',
        objectType: 'api_key',
        objectId: key.id,
        partnerId: key.partnerId,
        before: toApiKey(before),
        after: key,
      });
      return { body: key };
    },
  }),
];
