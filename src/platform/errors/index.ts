import { z } from 'zod';

/**
 * The closed list of error codes. Each maps to one HTTP status and a section of
 * docs/errors.md; problem+json `type` is `urn:symbio:problem:<code>`.
 */
export const errorCodes = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_request: { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  invalid_credentials: { status: 401, title: 'E-mail or password is wrong' },
  mfa_required: { status: 401, title: 'A one-time code is required' },
  invalid_token: { status: 401, title: 'The token is invalid or expired' },
  forbidden: { status: 403, title: 'Not allowed' },
  csrf_failed: { status: 403, title: 'CSRF token missing or wrong' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  not_acceptable: { status: 406, title: 'Not acceptable' },
  conflict: { status: 409, title: 'Conflict' },
  invalid_transition: { status: 409, title: 'This lifecycle move is not allowed' },
  precondition_failed: { status: 412, title: 'The object changed since you read it' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key reused with a different request' },
  account_locked: { status: 429, title: 'Account temporarily locked' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;
export type ErrorCode = keyof typeof errorCodes;

export type FieldError = {
  /** Where the bad value was: body, query, path or header. */
  in: 'body' | 'query' | 'path' | 'header';
  /** Dotted name of the field, e.g. `scopes.2` or `filter[type]`. */
  field: string;
  /** JSON Pointer into that part of the request (RFC 6901), e.g. `/scopes/2`. */
  pointer: string;
  message: string;
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {},
  ) {
    super(detail ?? errorCodes[code].title);
    this.status = errorCodes[code].status;
  }
}

export const notFound = (what = 'object') => new AppError('not_found', `No such ${what}.`);
/**
 * 409 `invalid_transition` unless the state machine allows `from` → `to`; names the states
 * reachable from `from` (lifecycles of partners, deals, …).
 */
export function assertTransition<S extends string>(
  noun: string,
  allowedFrom: Partial<Record<S, readonly S[]>>,
  from: S,
  to: S,
) {
  const allowed = allowedFrom[from] ?? [];
  if (allowed.includes(to)) return;
  throw new AppError(
    'invalid_transition',
    from === to
      ? `The ${noun} is already ${from}.`
      : `A ${noun} cannot move from ${from} to ${to}. Allowed from ${from}: ${allowed.join(', ') || 'none'}.`,
    { from, to, allowed: [...allowed] },
  );
}

export const forbidden = (detail = 'Your role does not allow this.') => new AppError('forbidden', detail);

export function fieldError(inPart: FieldError['in'], path: (string | number)[], message: string): FieldError {
  return {
    in: inPart,
    field: path.join('.') || '(root)',
    pointer: `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`,
    message,
  };
}

export const invalid = (inPart: FieldError['in'], field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, {
    errors: [fieldError(inPart, [field], message)],
  });

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'urn:symbio:problem:validation_failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          in: z.enum(['body', 'query', 'path', 'header']),
          field: z.string(),
          pointer: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof ProblemSchema>;

export function toProblem(err: AppError, requestId: string, instance?: string): Problem {
  const { errors, headers: _headers, ...rest } = err.extra;
  return {
    type: `urn:symbio:problem:${err.code}`,
    title: errorCodes[err.code].title,
    status: err.status,
    detail: err.detail ?? errorCodes[err.code].title,
    ...(instance ? { instance } : {}),
    code: err.code,
    requestId,
    ...(errors ? { errors } : {}),
    ...rest,
  };
}
