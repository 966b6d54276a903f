/**
 * Bad input, generated from the OpenAPI document with fast-check: every operation that takes a
 * body gets bodies that differ from its documented example in one known way (a required field
 * dropped, a field of the wrong type / out of range / too long / not in the enum / a malformed
 * id, an unknown field, a non-object or malformed JSON body, a wrong content type); every
 * operation with query parameters gets invalid, repeated and unknown parameters; POSTs get bad
 * Idempotency-Keys, PATCHes bad If-Match headers, path ids malformed ids. All of it is sent as a
 * fully authorised vendor owner (session + CSRF), so validation — not authorisation — is tested.
 *
 * Every response must be a 4xx (never 2xx, never 5xx) RFC 9457 problem whose `errors[]` names the
 * mutated field when it is a 400, and no row may change anywhere. Nothing names a route: a new
 * operation is fuzzed as soon as it is registered, and one with a body but no example fails.
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdKind, idPrefixes, idToUuid, newId, uuidToId } from '../src/platform/ids/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import { changedTables, fingerprint } from './support/db-fingerprint.js';
import { authHeaders, createTenant, login, type Session, type Tenant } from './support/fixtures.js';
import { invalidJsonValues, invalidQueryValues } from './support/invalid-values.js';
import {
  deleteAt,
  type FieldPath,
  fillPath,
  getAt,
  idFieldsOf,
  idKindOf,
  type JsonSchema,
  listOperations,
  loadOpenApiDocument,
  nonNullBranch,
  type Operation,
  pointerOf,
  problemViolations,
  queryString,
  setAt,
  WRITE_METHODS,
} from './support/openapi-walk.js';
import { createSession } from './support/sessions.js';

/**
 * Runs per operation and property: ~20 operations × 25 stays well under a minute on two cores.
 * FUZZ_RUNS=500 for a deep run.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 25);

const doc = await loadOpenApiDocument();
const operations = listOperations(doc);
const bodyOps = operations.filter((op) => WRITE_METHODS.includes(op.method) && op.body);
const queryOps = operations.filter((op) => op.queryParams.length > 0);

let t: TestApp;
let a: Tenant;
let owner: Session;
/** Real ids of the owner's own objects, by kind, for path parameters and example ids. */
const own: Partial<Record<IdKind, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'fuzz');
  owner = await login(t.app, a.users.owner.email);
  const ws = idToUuid(a.workspaceId);
  const create = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: authHeaders(owner), payload });
    expect(res.statusCode, res.body).toBe(201);
    return String(res.json().id);
  };
  own.workspace = a.workspaceId;
  own.partner = a.partners[0];
  own.user = a.users.viewer.userId;
  const { rows } = await t.admin.query<{ id: string }>(
    'select id from memberships where workspace_id = $1 and user_id = $2',
    [ws, idToUuid(a.users.viewer.userId)],
  );
  own.membership = uuidToId('membership', rows[0]!.id);
  own.invitation = await create('/api/v1/invitations', {
    email: 'fuzz.invitee@test.example',
    role: 'viewer',
  });
  own.apiKey = await create('/api/v1/api-keys', { name: 'fuzz', scopes: ['partners.read'] });
  const audit = await t.admin.query<{ id: string }>(
    'select id from audit_events where workspace_id = $1 limit 1',
    [ws],
  );
  own.auditEvent = uuidToId('auditEvent', audit.rows[0]!.id);
  own.session = (await createSession(t.pools, a.users.viewer.userId, a.workspaceId, t.clock.now())).sessionId;
});
afterAll(() => t?.close());

// --- Building requests -----------------------------------------------------------------------

const ownId = (kind: IdKind) => own[kind] ?? newId(kind);

function urlOf(op: Operation, query: [string, string][] = [], pathOverride: Record<string, string> = {}) {
  const values = Object.fromEntries(
    op.pathParams.map((p) => {
      const kind = idKindOf(p.schema);
      if (!kind) throw new Error(`${op.key}: path parameter {${p.name}} has no id kind`);
      return [p.name, pathOverride[p.name] ?? ownId(kind)];
    }),
  );
  return fillPath(op.path, values) + queryString(query);
}

/** The documented example with its ids replaced by the owner's real ones (so it is fully valid). */
function validBody(op: Operation): unknown {
  let body = structuredClone(op.body!.example);
  for (const f of idFieldsOf(op.body!.schema)) {
    if (f.kind && getAt(body, f.path) !== undefined) body = setAt(body, f.path, ownId(f.kind));
  }
  return body;
}

type Expectation = {
  /** Where the problem is: errors[] of a 400 must all be there (and one exactly there). */
  in: 'body' | 'query' | 'header';
  /** Field path (body/query) or header name; empty = the body as a whole. */
  field: FieldPath;
  /** The input is odd but could be valid (a forged cursor with a plausible value): 2xx allowed. */
  mayBeValid?: boolean;
};

type Attempt = {
  label: string;
  request: InjectOptions;
  expect: Expectation;
};

const send = (op: Operation, extra: Partial<InjectOptions> & { url?: string }): InjectOptions => ({
  method: op.method,
  url: extra.url ?? urlOf(op),
  ...extra,
  headers: { ...authHeaders(owner), ...(extra.headers ?? {}) },
});

const jsonRequest = (op: Operation, body: unknown, headers: Record<string, string> = {}) =>
  send(op, { payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

// --- Checking responses ----------------------------------------------------------------------

function judge(attempt: Attempt, res: LightMyRequestResponse, changed: string[]): string[] {
  const failures: string[] = [];
  const status = res.statusCode;
  if (status >= 500 || (status < 400 && !(attempt.expect.mayBeValid && status < 300)))
    failures.push(`answered ${status}, not a 4xx`);
  let body: { code?: string; errors?: { in: string; field: string; pointer: string }[] } = {};
  try {
    body = res.json();
  } catch {
    // reported by problemViolations
  }
  if (status === 401 || body.code === 'csrf_failed')
    failures.push(
      `the owner's session was refused (${body.code}): this tests authentication, not validation`,
    );
  if (status >= 400) failures.push(...problemViolations(res));
  if (changed.length > 0) failures.push(`rows changed in: ${changed.join(', ')}`);
  if (status === 400 || (status === 415 && attempt.expect.in === 'header')) {
    const errors = body.errors ?? [];
    const where = attempt.expect;
    const name = where.field.map(String).join('.');
    const matches = (e: { in: string; field: string; pointer: string }) => {
      if (e.in !== where.in) return false;
      if (where.in === 'header') return e.field.toLowerCase() === name.toLowerCase();
      if (where.field.length === 0) return e.pointer === '/' || e.pointer === '';
      const ptr = pointerOf(where.field);
      return e.pointer === ptr || e.pointer.startsWith(`${ptr}/`);
    };
    if (errors.length === 0) failures.push('a 400 without errors[]');
    else if (!errors.some(matches) || !errors.every(matches))
      failures.push(`errors[] should name ${where.in} ${name || '(root)'}, got ${JSON.stringify(errors)}`);
  }
  return failures;
}

async function attempt(op: Operation, x: Attempt): Promise<void> {
  const before = await fingerprint(t.admin);
  const res = await t.app.inject(x.request);
  const after = await fingerprint(t.admin);
  const failures = judge(x, res, changedTables(before, after));
  expect(failures, `${op.key} — ${x.label}\n→ ${res.statusCode} ${res.body.slice(0, 500)}`).toEqual([]);
}

// --- Generators ------------------------------------------------------------------------------

type Field = { path: FieldPath; schema: JsonSchema; value: unknown };

/** Every field of a body schema, nested objects included (only where the example has them). */
function fieldsOf(schema: JsonSchema, example: unknown, path: FieldPath = []): Field[] {
  const s = nonNullBranch(schema);
  const out: Field[] = [];
  for (const [k, sub] of Object.entries(s.properties ?? {})) {
    const p = [...path, k];
    const value = getAt(example, p);
    out.push({ path: p, schema: sub, value });
    if (nonNullBranch(sub).properties && value && typeof value === 'object')
      out.push(...fieldsOf(sub, example, p));
  }
  return out;
}

/** Object schemas of the body (the root and nested ones present in the example), with their paths. */
function objectsOf(schema: JsonSchema, example: unknown): { path: FieldPath; schema: JsonSchema }[] {
  const root = [{ path: [] as FieldPath, schema: nonNullBranch(schema) }];
  return [
    ...root,
    ...fieldsOf(schema, example)
      .filter((f) => nonNullBranch(f.schema).properties && f.value && typeof f.value === 'object')
      .map((f) => ({ path: f.path, schema: nonNullBranch(f.schema) })),
  ];
}

const SAFE_KEY = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,19}$/);
/** Strings that are not base64url-encoded JSON objects. */
const safeCursorJunk = fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/).filter((v) => {
  try {
    return typeof JSON.parse(Buffer.from(v, 'base64url').toString('utf8')) !== 'object';
  } catch {
    return true;
  }
});

function bodyAttempts(op: Operation): fc.Arbitrary<Attempt> {
  const example = validBody(op);
  const schema = op.body!.schema;
  const arbs: fc.Arbitrary<Attempt>[] = [];
  for (const f of fieldsOf(schema, example)) {
    for (const bad of invalidJsonValues(f.schema, f.value)) {
      arbs.push(
        bad.map((b) => ({
          label: `${f.path.join('.')} = ${JSON.stringify(b.value)?.slice(0, 60)} (${b.why})`,
          request: jsonRequest(op, setAt(example, f.path, b.value)),
          expect: { in: 'body', field: f.path },
        })),
      );
    }
  }
  for (const o of objectsOf(schema, example)) {
    const required = (o.schema.required ?? []).filter((k) => getAt(example, [...o.path, k]) !== undefined);
    if (required.length > 0) {
      arbs.push(
        fc.constantFrom(...required).map((k) => ({
          label: `required ${[...o.path, k].join('.')} dropped`,
          request: jsonRequest(op, deleteAt(example, [...o.path, k])),
          expect: { in: 'body', field: [...o.path, k] },
        })),
      );
    }
    if (o.schema.additionalProperties === false) {
      const known = new Set(Object.keys(o.schema.properties ?? {}));
      arbs.push(
        fc
          .tuple(
            SAFE_KEY.filter((k) => !known.has(k)),
            fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)),
          )
          .map(([k, v]) => ({
            label: `unknown field ${[...o.path, k].join('.')}`,
            request: jsonRequest(op, setAt(example, [...o.path, k], v)),
            expect: { in: 'body', field: [...o.path, k] },
          })),
      );
    }
  }
  arbs.push(
    fc
      .oneof(
        fc.array(fc.integer(), { maxLength: 3 }),
        fc.integer(),
        fc.string({ maxLength: 10 }),
        fc.boolean(),
        fc.constant(null),
        fc.constant([example]),
      )
      .map((v) => ({
        label: `non-object body ${JSON.stringify(v)}`,
        request: jsonRequest(op, v),
        expect: { in: 'body', field: [] },
      })),
    fc
      .constantFrom(
        '',
        '{',
        '{"a":',
        "{'a': 1}",
        '{"a":1,}',
        'undefined',
        '[1,2',
        '{"a":1}}',
        'NaN',
        '\u0000',
      )
      .map((text) => ({
        label: `malformed JSON ${JSON.stringify(text)}`,
        request: send(op, { payload: text, headers: { 'content-type': 'application/json' } }),
        expect: { in: 'body', field: [] },
      })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
      )
      .map((type) => ({
        label: `content-type ${type}`,
        request: send(op, { payload: JSON.stringify(example), headers: { 'content-type': type } }),
        expect: { in: 'header', field: ['content-type'] },
      })),
    fc.constantFrom('__proto__', 'constructor').map((key) => ({
      label: `prototype poisoning via ${key}`,
      request: send(op, {
        payload: `${JSON.stringify(example).slice(0, -1)}${JSON.stringify(example) === '{}' ? '' : ','}"${key}":{"prototype":{"polluted":true},"polluted":true}}`,
        headers: { 'content-type': 'application/json' },
      }),
      expect: { in: 'body', field: [] },
    })),
  );
  return fc.oneof(...arbs);
}

/** A value of a query parameter the server accepts (for repeating it). */
function validQueryValue(schema: JsonSchema): string | null {
  const kind = idKindOf(schema);
  if (kind) return ownId(kind);
  const s = nonNullBranch(schema);
  const v = s.example ?? s.default ?? s.enum?.[0];
  if (v !== undefined) return String(v);
  if (s.type === 'string' && !s.pattern && !s.format) return 'x';
  return null;
}

/**
 * The operation's required query parameters with valid values, but `except`: an attempt then
 * differs from a valid request only in the parameter it means to break.
 */
function requiredQuery(op: Operation, except?: string): [string, string][] {
  return op.queryParams
    .filter((p) => p.required && p.name !== except)
    .map((p) => [p.name, validQueryValue(p.schema) ?? '']);
}

function queryAttempts(op: Operation): fc.Arbitrary<Attempt> {
  const arbs: fc.Arbitrary<Attempt>[] = [];
  const declared = new Set(op.queryParams.map((p) => p.name));
  for (const p of op.queryParams) {
    for (const bad of invalidQueryValues(p.schema)) {
      arbs.push(
        bad.map((b) => ({
          label: `?${p.name}=${String(b.value).slice(0, 60)} (${b.why})`,
          request: send(op, { url: urlOf(op, [...requiredQuery(op, p.name), [p.name, String(b.value)]]) }),
          expect: { in: 'query', field: [p.name] },
        })),
      );
    }
    const valid = validQueryValue(p.schema);
    if (valid !== null) {
      arbs.push(
        fc.constant({
          label: `?${p.name} repeated`,
          request: send(op, {
            url: urlOf(op, [...requiredQuery(op, p.name), [p.name, valid], [p.name, valid]]),
          }),
          expect: { in: 'query', field: [p.name] },
        }),
      );
    }
  }
  // Every query schema here is strict: an undeclared parameter (a typo such as filter[stauts])
  // is refused rather than silently ignored.
  arbs.push(
    fc
      .oneof(
        SAFE_KEY,
        SAFE_KEY.map((k) => `filter[${k}]`),
      )
      .filter((k) => !declared.has(k))
      .map((k) => ({
        label: `unknown query parameter ${k}`,
        request: send(op, { url: urlOf(op, [...requiredQuery(op), [k, '1']]) }),
        expect: { in: 'query', field: [k] },
      })),
  );
  // Forged cursors. The server must refuse what it could never have written (a value that is an
  // object, array or boolean; a wrong sort; not base64 JSON at all) with a 400 naming `cursor`,
  // and may accept a plausible scalar — but never answer 5xx or a 400 that names no field.
  const sort = op.queryParams.find((p) => p.name === 'sort');
  if (declared.has('cursor') && sort) {
    const sortValue = String(sort.schema.default ?? sort.schema.enum?.[0]);
    const forge = (s: string, v: unknown) =>
      Buffer.from(JSON.stringify({ s, v, id: newId('partner') })).toString('base64url');
    const cursorAttempt = (cursor: string, label: string, mayBeValid: boolean): Attempt => ({
      label,
      request: send(op, { url: urlOf(op, [['cursor', cursor]]) }),
      expect: { in: 'query', field: ['cursor'], mayBeValid },
    });
    arbs.push(
      fc
        .oneof(
          fc.constant({ a: 1 }),
          fc.constant([1, 2]),
          fc.constant([]),
          fc.boolean(),
          fc.constant([[null]]),
        )
        .map((v) =>
          cursorAttempt(forge(sortValue, v), `forged cursor with value ${JSON.stringify(v)}`, false),
        ),
      fc
        .oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constant(1e300),
          fc.string({ maxLength: 40 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom(
            '0000-01-01T00:00:00.000Z',
            '2026-02-30T00:00:00.000Z',
            'infinity',
            '-infinity',
            'now',
          ),
          fc.constant(null),
        )
        .map((v) =>
          cursorAttempt(forge(sortValue, v), `forged cursor with value ${JSON.stringify(v)}`, true),
        ),
      safeCursorJunk.map((junk) => cursorAttempt(junk, `cursor ${JSON.stringify(junk)}`, false)),
      fc.constant(cursorAttempt(forge(`${sortValue}x`, 1), 'cursor for another sort order', false)),
    );
  }
  return fc.oneof(...arbs);
}

// --- The tests -------------------------------------------------------------------------------

describe('bad input (generated from the OpenAPI document)', () => {
  it('covers every write operation with a body and every operation with query parameters', async () => {
    const served = listOperations(
      (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json(),
    );
    expect(served.filter((o) => WRITE_METHODS.includes(o.method) && o.body).map((o) => o.key)).toEqual(
      bodyOps.map((o) => o.key),
    );
    expect(served.filter((o) => o.queryParams.length > 0).map((o) => o.key)).toEqual(
      queryOps.map((o) => o.key),
    );
  });

  for (const op of bodyOps) {
    if (!op.body?.hasExample) {
      it(`${op.key} — body cannot be fuzzed`, () => {
        throw new Error(`${op.key}: the request body has no example (RouteDef.bodyExample)`);
      });
      continue;
    }
    it(`${op.key} — invalid bodies are refused with a problem naming the field`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyAttempts(op), (x) => attempt(op, x)),
        { numRuns: NUM_RUNS },
      );
    });
    it(`${op.key} — a body over the size limit is refused (413)`, async () => {
      const limit = Math.max(op.bodyLimit ?? 0, t.deps.config.bodyLimitBytes);
      const big = setAt(validBody(op), ['padding'], 'x'.repeat(limit));
      await attempt(op, {
        label: 'oversized body',
        request: jsonRequest(op, big),
        expect: { in: 'body', field: [] },
      });
    });
  }

  for (const op of queryOps) {
    it(`${op.key} — invalid query strings are refused with a problem naming the parameter`, async () => {
      await fc.assert(
        fc.asyncProperty(queryAttempts(op), (x) => attempt(op, x)),
        { numRuns: NUM_RUNS },
      );
    });
  }

  // Headers are checked inside the handler (after rate limits), so these are a few fixed cases
  // per operation rather than a property: a frozen test clock never resets a rate-limit window.
  for (const op of operations.filter((o) => o.method === 'POST')) {
    it(`${op.key} — a malformed Idempotency-Key is refused`, async () => {
      for (const key of ['short', 'has spaces in it', 'k'.repeat(256)]) {
        const request = op.body
          ? jsonRequest(op, validBody(op), { 'idempotency-key': key })
          : send(op, { headers: { 'idempotency-key': key } });
        await attempt(op, {
          label: `Idempotency-Key ${JSON.stringify(key.slice(0, 20))}`,
          request,
          expect: { in: 'header', field: ['Idempotency-Key'] },
        });
      }
    });
  }
  for (const op of operations.filter((o) => o.method === 'PATCH')) {
    it(`${op.key} — a garbage If-Match is refused`, async () => {
      for (const etag of ['garbage', '"not-a-number"', 'W/"1', '"1", "2"']) {
        await attempt(op, {
          label: `If-Match ${etag}`,
          request: op.body
            ? jsonRequest(op, validBody(op), { 'if-match': etag })
            : send(op, { headers: { 'if-match': etag } }),
          expect: { in: 'header', field: ['If-Match'] },
        });
      }
    });
  }
  for (const op of operations.filter((o) => o.pathParams.length > 0)) {
    it(`${op.key} — a malformed id in the path answers 404`, async () => {
      for (const p of op.pathParams) {
        const kind = idKindOf(p.schema);
        const prefix = kind ? idPrefixes[kind] : 'x';
        for (const bad of [`${prefix}_notanid`, newId(kind === 'partner' ? 'user' : 'partner'), '..', ' ']) {
          const request = op.body ? jsonRequest(op, validBody(op)) : send(op, {});
          request.url = urlOf(op, [], { [p.name]: bad });
          const before = await fingerprint(t.admin);
          const res = await t.app.inject(request);
          const changed = changedTables(before, await fingerprint(t.admin));
          expect(
            [res.statusCode, ...problemViolations(res), ...changed],
            `${op.key} with {${p.name}} = ${JSON.stringify(bad)}: ${res.body.slice(0, 300)}`,
          ).toEqual([404]);
        }
      }
    });
  }
});
