import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, actorId } from '../access/actor.js';
import { authorize } from '../access/authorize.js';
import { type Ctx, type Deps, withTenantTx } from '../access/context.js';
import { safeEqual } from '../auth/crypto.js';
import { type ResolvedAuth, resolveAuth } from '../auth/resolve.js';
import { hitCounter } from '../auth/throttle.js';
import { AppError } from '../errors/index.js';
import { parseIfMatch } from './etag.js';
import { parseIdempotencyKey, requestFingerprint, withIdempotency } from './idempotency.js';
import { type HandlerResult, problemResponse, type RouteDef } from './route.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    authVia: 'session' | 'apiKey' | 'none';
  }
  interface FastifyContextConfig {
    route?: RouteDef;
  }
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const errorResponses = {
  400: problemResponse('Invalid request: `errors[]` names each bad field.'),
  401: problemResponse('Not authenticated, or the credential is invalid.'),
  403: problemResponse('Authenticated, but not allowed.'),
  404: problemResponse('Not found (also for objects of another tenant).'),
  429: problemResponse('Rate limited; see Retry-After.'),
};

/**
 * The only way a route reaches the HTTP server. Each one declares who may call it; this wrapper
 * authenticates, enforces access and rate limits, checks CSRF for cookie sessions, opens the
 * tenant transaction (row-level security settings included), applies Idempotency-Key to POSTs,
 * and shapes the response (ETag, CSV export). Handlers only ever see `ctx`.
 */
export function registerRoutes(app: FastifyInstance, deps: Deps, routes: RouteDef[]): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const route of routes) {
    const responses: Record<number, unknown> = { ...errorResponses };
    if (route.body || route.query) responses[400] = errorResponses[400];
    if (route.method === 'POST')
      responses[422] = problemResponse('Idempotency-Key reused with a different body.');
    if (route.method === 'PATCH')
      responses[412] = problemResponse('If-Match does not match the current ETag.');
    if (route.access.public !== true && route.access.permission === null) delete responses[403];
    for (const [status, r] of Object.entries(route.responses)) {
      const content: Record<string, unknown> = {};
      if (r.schema) content['application/json'] = { schema: r.schema };
      if (route.csv && Number(status) === 200) content['text/csv'] = { schema: z.string() };
      // A response without a body is a zod null, which @fastify/swagger documents without content.
      responses[Number(status)] = r.schema
        ? { description: r.description, content }
        : z.null().describe(r.description);
    }
    const headers = z
      .object({
        ...(route.method === 'POST'
          ? {
              'idempotency-key': z.string().optional().meta({
                description: 'Makes retries safe: the same key and body return the stored response.',
              }),
            }
          : {}),
        ...(route.method === 'PATCH'
          ? {
              'if-match': z
                .string()
                .optional()
                .meta({ description: 'ETag from a previous read; stale → 412.' }),
            }
          : {}),
      })
      .loose();
    typed.route({
      method: route.method,
      url: route.url,
      config: { route },
      ...(route.bodyLimit ? { bodyLimit: Math.max(route.bodyLimit, deps.config.bodyLimitBytes) } : {}),
      schema: {
        operationId: route.operationId,
        summary: route.summary,
        description: route.description,
        tags: route.tags,
        ...(route.access.public === true ? { security: [] } : {}),
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { querystring: route.query } : {}),
        ...(route.body ? { body: route.body } : {}),
        ...(route.method === 'POST' || route.method === 'PATCH' ? { headers } : {}),
        response: responses,
      } as never,
      handler: (req, reply) => handle(deps, route, req, reply),
    });
  }
}

async function handle(
  deps: Deps,
  route: RouteDef,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  // Public routes act with no one's authority: credentials are not even read (so a stale
  // cookie cannot break sign-in, and CSRF does not apply to what carries no session power).
  const auth: ResolvedAuth =
    route.access.public === true
      ? { actor: { kind: 'anonymous' }, via: 'none', csrfToken: null }
      : await resolveAuth(deps, req);
  req.actor = auth.actor;
  req.authVia = auth.via;
  const access = route.access;
  if (access.public !== true) {
    if (auth.actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Sign in or send an API key.');
    if (!access.actors.includes(auth.actor.kind)) {
      throw new AppError('forbidden', `This operation is not available to ${auth.actor.kind} credentials.`);
    }
    if (access.workspace || access.permission) {
      if (access.permission) authorize(auth.actor, access.permission);
      else if (auth.actor.kind === 'user' && !auth.actor.membership) {
        throw new AppError('forbidden', 'Select a workspace first.');
      }
    }
  }
  // Cookie sessions need the CSRF token on every write (API keys are not sent by browsers
  // automatically, so they are exempt).
  if (auth.via === 'session' && UNSAFE.has(route.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
      throw new AppError('csrf_failed', 'Send the X-CSRF-Token header returned at sign-in with every write.');
    }
  }
  if (route.rateLimit) {
    const key = route.rateLimit.by === 'ip' ? `ip:${req.ip}` : `p:${actorId(auth.actor)}`;
    const { count, resetAt } = await hitCounter(
      deps.pools.system,
      `${route.operationId}:${key}`,
      60,
      deps.clock.now(),
    );
    if (count > route.rateLimit.perMinute) {
      const retry = Math.max(1, Math.ceil((resetAt.getTime() - deps.clock.now().getTime()) / 1000));
      throw new AppError('rate_limited', `Too many requests; try again in ${retry} s.`, {
        headers: { 'retry-after': String(retry) },
      });
    }
  }

  const wantsCsv = route.csv !== undefined && /\btext\/csv\b/.test(req.headers.accept ?? '');
  const idemKey = route.method === 'POST' ? parseIdempotencyKey(req.headers['idempotency-key']) : null;
  // Every PATCH documents If-Match: a malformed one is refused here, even by a handler that does
  // not compare versions, rather than silently ignored.
  if (route.method === 'PATCH') parseIfMatch(req.headers['if-match']);
  const input = {
    params: req.params,
    query: req.query,
    body: req.body,
    headers: req.headers,
    request: req,
    deps,
  } as Parameters<RouteDef['handler']>[1];

  if (wantsCsv) return sendCsv(deps, route, req, reply, input);

  const result = await withTenantTx(
    deps,
    auth.actor,
    async (ctx: Ctx): Promise<HandlerResult> => {
      if (idemKey) {
        const fp = requestFingerprint(route.method, req.url, req.body);
        return withIdempotency(ctx, actorId(auth.actor), idemKey, fp, () => route.handler(ctx, input, reply));
      }
      return route.handler(ctx, input, reply);
    },
    { requestId: req.id, ip: req.ip, readOnly: route.method === 'GET' },
  );
  if (result.version !== undefined) reply.header('etag', `"${result.version}"`);
  for (const [k, v] of Object.entries(result.headers ?? {})) reply.header(k, v);
  reply.code(result.status ?? 200);
  if (result.body === undefined) return reply.send();
  return reply.send(result.body);
}

/** Streams every row of a list (all pages, one consistent snapshot) as CSV. */
async function sendCsv(
  deps: Deps,
  route: RouteDef,
  req: FastifyRequest,
  reply: FastifyReply,
  input: Parameters<RouteDef['handler']>[1],
): Promise<unknown> {
  const csv = route.csv!;
  const out = stringify({ header: true, columns: csv.columns });
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${csv.filename}.csv"`)
    .send(out);
  try {
    await withTenantTx(
      deps,
      req.actor,
      async (ctx) => {
        let cursor: string | undefined;
        do {
          const query = { ...(input.query as Record<string, unknown>), limit: 1000, cursor };
          const page = (await route.handler(ctx, { ...input, query } as typeof input, reply)).body as {
            data: Record<string, unknown>[];
            nextCursor: string | null;
          };
          for (const row of page.data) {
            const flat = Object.fromEntries(
              csv.columns.map((c) => {
                const v = row[c];
                return [c, Array.isArray(v) ? v.join(';') : v instanceof Date ? v.toISOString() : v];
              }),
            );
            if (!out.write(flat)) await new Promise((r) => out.once('drain', r));
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      },
      { requestId: req.id, ip: req.ip, readOnly: true, isolation: 'repeatable read' },
    );
    out.end();
  } catch (err) {
    req.log.error({ err }, 'CSV export failed mid-stream');
    out.destroy(err as Error);
  }
  return reply;
}
