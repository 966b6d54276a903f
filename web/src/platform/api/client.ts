import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, isProblem } from './problem';
import type { components, paths } from './schema.gen';

export type Schemas = components['schemas'];

const CSRF_KEY = 'symbio.csrf';

/**
 * The CSRF token comes only with the sign-in answer; it is kept in this origin's storage so a
 * reload keeps working. Other origins cannot read it, which is all CSRF protection needs.
 */
export const csrf = {
  get: (): string | null => {
    try {
      return localStorage.getItem(CSRF_KEY);
    } catch {
      return null;
    }
  },
  set: (token: string) => {
    try {
      localStorage.setItem(CSRF_KEY, token);
    } catch {
      // private mode without storage: writes fail with csrf_failed and the user signs in again
    }
  },
  clear: () => {
    try {
      localStorage.removeItem(CSRF_KEY);
    } catch {
      // nothing stored
    }
  },
};

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const listeners = new Set<(err: ApiError) => void>();

/** Called on answers that end the session (401 unauthenticated, 403 csrf_failed). */
export function onSessionLost(listener: (err: ApiError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    const token = csrf.get();
    if (token && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', token);
    return request;
  },
};

/** The one client the portal uses: the public API, typed from the OpenAPI document. */
export const api = createClient<paths, `${string}/json`>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Returns the data of a successful call, or throws an ApiError carrying the problem+json.
 * Public calls (sign-in, password reset) pass `publicCall` so their 401s are answers, not a lost session.
 */
export async function unwrap<T>(
  call: Promise<FetchResult<T>>,
  options: { publicCall?: boolean } = {},
): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (err) {
    throw new ApiError(0, null, err instanceof Error ? err.message : 'network error');
  }
  if (result.response.ok) return result.data as T;
  const problem = isProblem(result.error) ? result.error : null;
  const error = new ApiError(result.response.status, problem, `HTTP ${result.response.status}`);
  if (!options.publicCall && (error.code === 'unauthenticated' || error.code === 'csrf_failed')) {
    for (const l of listeners) l(error);
  }
  throw error;
}

/** Downloads a list as CSV (the API's `Accept: text/csv`: every matching row, not one page). */
export type CsvPath =
  | '/api/v1/members'
  | '/api/v1/partners'
  | '/api/v1/invitations'
  | '/api/v1/audit-events'
  | '/api/v1/api-keys'
  | '/api/v1/webhooks'
  | '/api/v1/mail'
  | '/api/v1/applications'
  | '/api/v1/deals'
  | '/api/v1/product-lines'
  | '/api/v1/products'
  | '/api/v1/accounts'
  | '/api/v1/vendor-opportunities'
  | '/api/v1/deal-extensions'
  | '/api/v1/account-plans'
  | '/api/v1/touchpoints';

export async function downloadCsv(
  path: CsvPath,
  query: Record<string, string | number | undefined>,
  filename: string,
): Promise<void> {
  const { data, error, response } = await api.GET(path, {
    params: { query: query as never },
    headers: { accept: 'text/csv' },
    parseAs: 'blob',
  });
  if (!response.ok || !(data instanceof Blob)) {
    throw new ApiError(response.status, isProblem(error) ? error : null, `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${filename}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `If-Match` for a versioned object (the API's ETag is the quoted version). */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
