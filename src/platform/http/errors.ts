import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError, fieldError, toProblem } from '../errors/index.js';

const PART: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

// PostgreSQL errors caused by values rather than by our code: a client could send them, so they
// are 4xx. Validation should catch them first; reaching here is logged as a gap to close.
const PG_CLIENT_ERRORS: Record<string, 'validation_failed' | 'conflict'> = {
  '22001': 'validation_failed', // string too long
  '22003': 'validation_failed', // numeric out of range
  '22007': 'validation_failed', // invalid datetime format
  '22008': 'validation_failed', // datetime out of range
  '22P02': 'validation_failed', // invalid text representation
  '23514': 'validation_failed', // check violation
  '23505': 'conflict', // unique violation
  '40001': 'conflict', // serialization failure
};

function pgCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } }).cause;
  const code = (err as { code?: unknown }).code ?? cause?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Every error leaves as RFC 9457 problem+json with the request id; 5xx only for our bugs. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let appErr: AppError;
    if (err instanceof AppError) {
      appErr = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const part = PART[(err as { validationContext?: string }).validationContext ?? 'body'] ?? 'body';
      if (part === 'path') {
        appErr = new AppError('not_found', 'No such object (the id in the path is not valid).');
      } else {
        const errors = err.validation.flatMap((v) => {
          const path = v.instancePath.split('/').filter(Boolean);
          const keys = (v.params as { keys?: string[] }).keys;
          if (v.keyword === 'unrecognized_keys' && keys) {
            return keys.map((k) => fieldError(part, [...path, k], 'is not a known field'));
          }
          return [fieldError(part, path, v.message ?? 'is not valid')];
        });
        appErr = new AppError(
          'validation_failed',
          errors.map((e) => `${e.in} ${e.field}: ${e.message}`).join('; '),
          { errors },
        );
      }
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appErr = new AppError(
        'payload_too_large',
        `The body exceeds the limit of ${req.routeOptions.bodyLimit} bytes.`,
      );
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      appErr = new AppError('unsupported_media_type', 'Send the body as application/json.', {
        errors: [fieldError('header', ['content-type'], 'must be application/json')],
      });
    } else if (err.code?.startsWith('FST_ERR_CTP_') || (err.statusCode === 400 && !pgCode(err))) {
      appErr = new AppError('malformed_request', `The body is not valid JSON: ${err.message}`, {
        errors: [fieldError('body', [], 'is not valid JSON')],
      });
    } else if (err.statusCode === 404) {
      appErr = new AppError('not_found');
    } else if (err.statusCode === 405) {
      appErr = new AppError('method_not_allowed');
    } else {
      const code = pgCode(err);
      const mapped = code ? PG_CLIENT_ERRORS[code] : undefined;
      if (mapped) {
        req.log.warn({ err, pgCode: code }, 'database refused a value that validation let through');
        appErr = new AppError(
          mapped,
          mapped === 'conflict'
            ? 'The object already exists or changed concurrently.'
            : 'A value is not valid.',
        );
      } else if (code === '42501') {
        // Row-level security refused a write: the second wall caught what the first missed.
        req.log.error({ err }, 'row-level security refused a write');
        appErr = new AppError('not_found');
      } else {
        req.log.error({ err }, 'unhandled error');
        appErr = new AppError(
          'internal',
          `Something went wrong on our side. Quote request id ${req.id} when reporting it.`,
        );
      }
    }
    for (const [k, v] of Object.entries(appErr.extra.headers ?? {})) reply.header(k, v);
    if (reply.sent) return;
    reply
      .code(appErr.status)
      .type('application/problem+json')
      .send(toProblem(appErr, req.id, req.url));
  });

  app.setNotFoundHandler((req, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send(
        toProblem(
          new AppError('not_found', `No route ${req.method} ${req.url.split('?')[0]}.`),
          req.id,
          req.url,
        ),
      );
  });
}
