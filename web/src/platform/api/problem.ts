import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];
export type FieldProblem = NonNullable<Problem['errors']>[number];

/** A problem+json answer from the API (or a network failure, status 0), thrown by `unwrap`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | null;
  constructor(status: number, problem: Problem | null, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network' : 'unknown');
    this.problem = problem;
  }
  /** Field errors keyed by field name (`scopes.2` → also under `scopes`), for inline form errors. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      out[e.field] ??= e.message;
      const head = e.field.split('.')[0];
      if (head) out[head] ??= e.message;
    }
    return out;
  }
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
