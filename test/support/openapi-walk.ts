/**
 * Reads the OpenAPI document the app serves and turns it into plain operation descriptions for the
 * generated tests (cross-tenant isolation, bad input). Everything a generated test knows about a
 * route comes from here, so a new route is covered without editing any test — and a route whose
 * document lacks what the generators need (an id kind on a path parameter, a body example) is
 * reported as uncoverable instead of being skipped silently.
 */
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/platform/access/context.js';
import { createPools } from '../../src/platform/db/pools.js';
import { type IdKind, idPattern, idPrefixes } from '../../src/platform/ids/index.js';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  example?: unknown;
  'x-id-kind'?: string;
  [k: string]: unknown;
};

export type OpenApiDoc = {
  openapi: string;
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

type RawParameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };
type RawOperation = {
  operationId?: string;
  security?: unknown[];
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema; example?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
  'x-body-limit'?: number;
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const WRITE_METHODS: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH'];

export type Parameter = { name: string; required: boolean; schema: JsonSchema };

export type Operation = {
  /** `METHOD /path/{param}`: the name tests use and the unit of coverage. */
  key: string;
  method: HttpMethod;
  path: string;
  operationId: string;
  /** `security: []`: no authentication at all (sign-in, password reset, accept invitation). */
  isPublic: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  /** The JSON request body: its schema with every `$ref` resolved, and the documented example. */
  body: { schema: JsonSchema; example: unknown; hasExample: boolean } | null;
  /** A GET whose 200 is a page (`{ data: [], nextCursor }`). */
  isList: boolean;
  /** The JSON schema of the first 2xx response with a JSON body, `$ref`s resolved. */
  success: { status: number; schema: JsonSchema } | null;
  /** `x-body-limit`: bytes the route accepts when it raises the server-wide limit (uploads). */
  bodyLimit: number | null;
};

/**
 * The document exactly as the app builds it, without a database: building the app runs no query
 * (the same trick as scripts/write-openapi.ts). Used at collection time, before any test database
 * exists, so the generated cases can be named per operation.
 */
export async function loadOpenApiDocument(): Promise<OpenApiDoc> {
  const pools = createPools('postgres://unused@127.0.0.1:1/unused', 1, () => {});
  const app = await buildApp({
    pools,
    config: { ...loadConfig({ LOG_LEVEL: 'silent' }), secret: 'x'.repeat(32) },
    clock: systemClock,
  });
  try {
    await app.ready();
    return structuredClone(app.swagger()) as unknown as OpenApiDoc;
  } finally {
    await app.close();
    await pools.close();
  }
}

/** Resolves every local `$ref` (the document's are all `#/components/schemas/…`). */
export function deref(doc: OpenApiDoc, schema: JsonSchema, depth = 0): JsonSchema {
  if (depth > 32) throw new Error('schema nests too deep (a recursive $ref?)');
  let s = schema;
  while (s.$ref) {
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolvable $ref ${s.$ref}`);
    const { $ref: _ref, ...rest } = s;
    s = { ...target, ...rest };
  }
  const out: JsonSchema = { ...s };
  if (s.properties) {
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [k, deref(doc, v, depth + 1)]),
    );
  }
  if (s.items) out.items = deref(doc, s.items, depth + 1);
  if (typeof s.additionalProperties === 'object')
    out.additionalProperties = deref(doc, s.additionalProperties, depth + 1);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (s[k]) out[k] = s[k].map((b) => deref(doc, b, depth + 1));
  }
  return out;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function listOperations(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [m, raw] of Object.entries(item)) {
      if (!METHODS.has(m)) continue;
      const method = m.toUpperCase() as HttpMethod;
      const params = (raw.parameters ?? []).map((p) => ({
        in: p.in,
        name: p.name,
        required: p.required === true,
        schema: deref(doc, p.schema ?? {}),
      }));
      const pick = (where: string) =>
        params.filter((p) => p.in === where).map(({ in: _in, ...p }) => p as Parameter);
      const json = raw.requestBody?.content?.['application/json'];
      const successStatus = Object.keys(raw.responses ?? {})
        .filter((st) => /^2\d\d$/.test(st) && raw.responses?.[st]?.content?.['application/json']?.schema)
        .sort()[0];
      const successRaw = successStatus
        ? raw.responses?.[successStatus]?.content?.['application/json']?.schema
        : undefined;
      const success = successRaw ? { status: Number(successStatus), schema: deref(doc, successRaw) } : null;
      const okSchema = success?.status === 200 ? success.schema : undefined;
      ops.push({
        key: `${method} ${path}`,
        method,
        path,
        operationId: raw.operationId ?? `${method} ${path}`,
        isPublic: Array.isArray(raw.security) && raw.security.length === 0,
        pathParams: pick('path'),
        queryParams: pick('query'),
        headerParams: pick('header'),
        body: json
          ? {
              schema: deref(doc, json.schema ?? {}),
              example: json.example,
              hasExample: json.example !== undefined,
            }
          : null,
        isList:
          method === 'GET' &&
          okSchema?.properties?.data?.type === 'array' &&
          okSchema.properties.nextCursor !== undefined,
        success,
        bodyLimit: typeof raw['x-body-limit'] === 'number' ? raw['x-body-limit'] : null,
      });
    }
  }
  return ops.sort((a, b) => a.key.localeCompare(b.key));
}

const KINDS = Object.keys(idPrefixes) as IdKind[];

/**
 * The id kind a schema accepts: its `x-id-kind` (what `zId()` emits), else a pattern equal to a
 * known id pattern. Nullable ids (`anyOf [id, null]`) count. Null when the schema is not an id or
 * names a kind this code does not know.
 */
export function idKindOf(schema: JsonSchema | undefined): IdKind | null {
  if (!schema) return null;
  for (const branch of schema.anyOf ?? schema.oneOf ?? []) {
    const k = idKindOf(branch);
    if (k) return k;
  }
  const declared = schema['x-id-kind'];
  if (typeof declared === 'string')
    return (KINDS as string[]).includes(declared) ? (declared as IdKind) : null;
  if (typeof schema.pattern === 'string') {
    return KINDS.find((k) => idPattern(idPrefixes[k]).source === schema.pattern) ?? null;
  }
  return null;
}

/** The id kind of the object an operation returns (`{ id }`) or lists (`{ data: [{ id }] }`). */
export function returnedIdKind(op: Operation): { kind: IdKind; list: boolean } | null {
  const s = op.success?.schema;
  const item = op.isList ? s?.properties?.data?.items : s;
  const kind = idKindOf(item?.properties?.id);
  return kind ? { kind, list: op.isList } : null;
}

/** A string parameter or field that carries an id but does not say of which kind (`filter[objectId]`). */
export function looksLikeUntypedId(name: string, schema: JsonSchema): boolean {
  return idKindOf(schema) === null && typeTags(schema).has('string') && /Id\]?$/.test(name);
}

/** The JSON types a schema admits (`integer` implies `number`), looking through anyOf/oneOf. */
export function typeTags(schema: JsonSchema): Set<string> {
  const out = new Set<string>();
  const add = (s: JsonSchema) => {
    const branches = s.anyOf ?? s.oneOf;
    if (branches) {
      for (const b of branches) add(b);
      return;
    }
    if (s.enum) {
      for (const v of s.enum) out.add(v === null ? 'null' : typeof v);
      return;
    }
    if (s.const !== undefined) {
      out.add(s.const === null ? 'null' : typeof s.const);
      return;
    }
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    for (const t of types) {
      out.add(t);
      if (t === 'integer') out.add('number');
    }
    if (types.length === 0)
      for (const t of ['string', 'number', 'boolean', 'object', 'array', 'null']) out.add(t);
  };
  add(schema);
  return out;
}

/** The non-null branch of a nullable schema (`anyOf [X, null]` → X); the schema itself otherwise. */
export function nonNullBranch(schema: JsonSchema): JsonSchema {
  const branches = (schema.anyOf ?? schema.oneOf)?.filter((b) => !(b.type === 'null' || b.const === null));
  return branches?.length === 1 ? nonNullBranch(branches[0]!) : schema;
}

export type FieldPath = (string | number)[];

/** Every id-valued location of a body schema, with its kind (null kind = untyped id by name). */
export function idFieldsOf(
  schema: JsonSchema,
  path: FieldPath = [],
): { path: FieldPath; kind: IdKind | null }[] {
  const kind = idKindOf(schema);
  const name = String(path[path.length - 1] ?? '');
  if (kind || (path.length > 0 && looksLikeUntypedId(name, schema))) return [{ path, kind }];
  const s = nonNullBranch(schema);
  const out: { path: FieldPath; kind: IdKind | null }[] = [];
  for (const [k, v] of Object.entries(s.properties ?? {})) out.push(...idFieldsOf(v, [...path, k]));
  if (s.items) out.push(...idFieldsOf(s.items, [...path, 0]));
  return out;
}

/** `/api/v1/partners/{partnerId}` + values → a concrete URL (values are URL-encoded). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for path parameter ${name} of ${template}`);
    return encodeURIComponent(v);
  });
}

/** A query string from ordered pairs (repeats allowed), `?`-prefixed, or '' when empty. */
export function queryString(pairs: [string, string][]): string {
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

export function getAt(value: unknown, path: FieldPath): unknown {
  let v = value;
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p];
  return v;
}

/** Returns a deep copy of `value` with `path` set (creating objects/arrays on the way). */
export function setAt(value: unknown, path: FieldPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : value && typeof value === 'object'
      ? { ...(value as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {};
  (base as Record<string | number, unknown>)[head!] = setAt(
    (base as Record<string | number, unknown>)[head!],
    rest,
    next,
  );
  return base;
}

/** Returns a deep copy of `value` without the field at `path`. */
export function deleteAt(value: unknown, path: FieldPath): unknown {
  if (path.length === 0) return undefined;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = deleteAt(copy[Number(head)], rest);
    return copy;
  }
  if (!value || typeof value !== 'object') return value;
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head as string];
  else copy[head as string] = deleteAt(copy[head as string], rest);
  return copy;
}

/** RFC 6901 pointer of a field path, as the error handler writes it into `errors[].pointer`. */
export function pointerOf(path: FieldPath): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** The checks every error response must pass: RFC 9457 problem+json with our fields. */
export function problemViolations(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}): string[] {
  const out: string[] = [];
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('application/problem+json')) out.push(`content-type is "${type}"`);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.body) as Record<string, unknown>;
  } catch {
    return [...out, 'body is not JSON'];
  }
  for (const k of ['type', 'title', 'requestId'] as const) {
    if (typeof body[k] !== 'string' || body[k] === '') out.push(`no ${k}`);
  }
  if (body.status !== res.statusCode) out.push(`status ${String(body.status)} ≠ HTTP ${res.statusCode}`);
  if (res.headers['x-request-id'] !== undefined && body.requestId !== res.headers['x-request-id'])
    out.push('requestId differs from the x-request-id header');
  return out;
}
