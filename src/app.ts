import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerApplicationEmbed } from './modules/applications/index.js';
import { registerDealFileParsers } from './modules/cosell/index.js';
import { allRoutes } from './modules/index.js';
import { registerUploadParsers } from './modules/onboarding/documents.js';
import { registerCsvImportParser } from './modules/pipeline/index.js';
import type { Deps } from './platform/access/context.js';
import { migrationsApplied } from './platform/db/migrate.js';
import { registerErrorHandlers } from './platform/http/errors.js';
import { addBodyExamples, pruneUnusedSchemas } from './platform/http/openapi.js';
import { registerPortal } from './platform/http/portal.js';
import { registerRoutes } from './platform/http/register.js';
import { registerMetrics } from './platform/ops/metrics.js';

export const API_VERSION = '0.1.0';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Builds the HTTP app: platform plugins, then every module's routes. Starts nothing. */
export async function buildApp(
  deps: Deps,
  options: { expectedMigrations?: number; logStream?: { write: (line: string) => void } } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Secrets never reach the logs: credentials, cookies, passwords, tokens, codes.
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.newPassword',
          '*.currentPassword',
          '*.token',
          '*.totpCode',
          '*.recoveryCode',
          // Onboarding bank and tax numbers (never logged on purpose; this catches an accident).
          ...['iban', 'accountNumber', 'tin', 'taxId', 'foreignTin'].flatMap((f) => [`*.${f}`, `*.*.${f}`]),
        ],
        censor: '[redacted]',
      },
    },
    bodyLimit: deps.config.bodyLimitBytes,
    // One log line per request (written on response, below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // Fastify takes boolean | number | string here; the union itself confuses its overloads.
    trustProxy: deps.config.trustProxy as boolean,
    // A caller's request id is kept when it looks like one, so logs join up across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : `req_${randomUUID()}`;
    },
    ajv: { customOptions: { removeAdditional: false } },
    routerOptions: { ignoreTrailingSlash: false },
  });
  // JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ip: req.ip,
      },
      'request',
    );
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.1',
      info: {
        title: 'Symbio API',
        version: API_VERSION,
        description:
          'The Symbio partner ecosystem API. Authenticate with an API key (`Authorization: Bearer sbk_…`) or a session cookie plus `X-CSRF-Token` on writes. Errors are RFC 9457 problem+json. Lists use cursor pagination and export CSV with `Accept: text/csv`.',
        contact: { name: 'Symbio maintainers', url: 'https://github.com/symbio-prm/symbio' },
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: sbk_…' },
          session: { type: 'apiKey', in: 'cookie', name: 'symbio_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      pruneUnusedSchemas(addBodyExamples(jsonSchemaTransformObject(input) as never, allRoutes)) as never,
  });
  await app.register(scalar, {
    routePrefix: '/docs',
    configuration: {
      url: '/api/v1/openapi.json',
      // Fully offline and self-hosted: no web fonts, no hosted AI/MCP/deploy services.
      withDefaultFonts: false,
      hideClientButton: true,
      showDeveloperTools: 'never',
      agent: { disabled: true },
      mcp: { disabled: true },
    },
  });

  registerErrorHandlers(app);
  const metrics = registerMetrics(app, deps.pools);

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const checks = { database: false, migrations: false };
    try {
      await deps.pools.app.query('select 1');
      checks.database = true;
      checks.migrations = await migrationsApplied(deps.pools.system, options.expectedMigrations ?? 0);
    } catch {
      // reported below
    }
    const ready = checks.database && checks.migrations;
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.type(metrics.contentType).send(await metrics.metrics()),
  );

  registerUploadParsers(app);
  registerDealFileParsers(app);
  registerCsvImportParser(app);
  registerRoutes(app, deps, allRoutes);
  registerApplicationEmbed(app);
  await registerPortal(app);
  return app;
}
