/**
 * Cross-tenant isolation, generated from the OpenAPI document: every operation is attacked by
 * principals of another workspace (and by a partner of the same workspace against another
 * partner's objects) with the ids of the victim's objects in every place an id goes — path,
 * query filters, body fields. Nothing here names a route: a new route is attacked as soon as it
 * is registered, and a route the generator cannot attack (a path parameter of no known id kind,
 * a body without an example) fails.
 *
 * Per case the test asserts: no 5xx; errors are problem+json; a foreign object in the path gets
 * 401/403/404 and one in the body never a 2xx; a foreign id behaves exactly like an id that
 * exists nowhere (same status and code — no existence oracle); the victim's rows are unchanged
 * (and, on an error, every row of the database); the response names none of the victim's objects.
 * A request that names no victim object (it acts on the caller: /me, logout, switch or create a
 * workspace, public sign-in) may succeed and change the caller's own rows — so there only the
 * victim's rows must stay as they were, and nothing of the victim may show in the answer.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdKind, idPrefixes, idToUuid, newId, uuidToId } from '../src/platform/ids/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import { changedTables, fingerprint, identifiersOf, type Scope } from './support/db-fingerprint.js';
import { authHeaders, createTenant, type Session, type Tenant } from './support/fixtures.js';
import {
  type FieldPath,
  fillPath,
  getAt,
  idFieldsOf,
  idKindOf,
  listOperations,
  loadOpenApiDocument,
  looksLikeUntypedId,
  nonNullBranch,
  type Operation,
  problemViolations,
  queryString,
  returnedIdKind,
  setAt,
} from './support/openapi-walk.js';
import { createSession } from './support/sessions.js';

const ALL_KINDS = Object.keys(idPrefixes) as IdKind[];

// --- The attackers -------------------------------------------------------------------------

type AttackerId = 'partnerUserB' | 'ownerB' | 'partnerKeyB' | 'workspaceKeyB' | 'otherPartnerA';
type AttackerSpec = { id: AttackerId; label: string; foreignKinds: readonly IdKind[] };

/**
 * The victim is workspace A; for the first four attackers every A object is foreign. The last
 * one belongs to A itself (partner A2): for it only partner A1's objects are foreign, so A's
 * workspace id is its own and is not attacked.
 */
/**
 * Vendor-level objects every partner of the same workspace may read by design: the product
 * catalogue (partners pick products when they register deals). Only the same-workspace attacker
 * treats them as its own; other workspaces' attackers still attack them.
 */
const SHARED_WITH_PARTNERS: readonly IdKind[] = ['productLine', 'product'];

const ATTACKERS: AttackerSpec[] = [
  { id: 'partnerUserB', label: 'B1 partner_admin (session)', foreignKinds: ALL_KINDS },
  { id: 'ownerB', label: 'B owner (session)', foreignKinds: ALL_KINDS },
  { id: 'partnerKeyB', label: 'B partner API key', foreignKinds: ALL_KINDS },
  { id: 'workspaceKeyB', label: 'B workspace API key', foreignKinds: ALL_KINDS },
  {
    id: 'otherPartnerA',
    label: 'A2 partner_admin (session) vs A1',
    foreignKinds: ALL_KINDS.filter((k) => k !== 'workspace' && !SHARED_WITH_PARTNERS.includes(k)),
  },
];

// --- The plan: cases generated from the document at collection time -------------------------

/**
 * The victim's objects by kind, made in beforeAll: partner A1's first (the one untyped ids are
 * tried with), then vendor-level ones — a partner user must not reach those either. A kind not
 * listed (a new route's) is found or created through the API as A's owner, else written into its
 * table (discoverVictim); cases needing it fail if neither works.
 */
const NAMED_TARGETS: Partial<Record<IdKind, readonly string[]>> = {
  workspace: ['workspace A'],
  partner: ['partner A1'],
  membership: ['A1 partner_admin’s membership', 'A owner’s membership'],
  user: ['A1 partner_admin', 'A owner'],
  apiKey: ['A1 partner key', 'A workspace key'],
  invitation: ['A1 invitation', 'A vendor invitation'],
  auditEvent: ['A1 audit event', 'A vendor audit event'],
  session: ['A1 partner_admin’s session', 'A owner’s session'],
};
const targetsOf = (kind: IdKind) => NAMED_TARGETS[kind] ?? [`A's ${kind}`];

/** An id to fill in when the case runs: a victim's object (by target index) or the attacker's own. */
type Slot = { $slot: IdKind; who: 'foreign' | 'own'; target?: number };
const slot = (kind: IdKind, who: Slot['who'], target = 0): Slot => ({ $slot: kind, who, target });
const isSlot = (v: unknown): v is Slot => !!v && typeof v === 'object' && '$slot' in v;

type Variant = {
  label: string;
  /** Where the victim's id is; null for a request that names no victim object at all. */
  foreignIn: 'path' | 'query' | 'body' | null;
  path: Record<string, Slot>;
  query: [string, Slot | string][];
  body: unknown;
};
type Case = { op: Operation; attacker: AttackerSpec; variant: Variant; name: string };

function planOperation(op: Operation): { cases: Case[]; problems: string[] } {
  const problems: string[] = [];
  const ownPath: Record<string, Slot> = {};
  for (const p of op.pathParams) {
    const kind = idKindOf(p.schema);
    if (!kind) problems.push(`path parameter {${p.name}} has no x-id-kind / id pattern this test knows`);
    else ownPath[p.name] = slot(kind, 'own');
  }
  const fixedQuery: [string, string][] = [];
  const queryIds: { name: string; kinds: IdKind[] | 'untyped' }[] = [];
  for (const p of op.queryParams) {
    const kind = idKindOf(p.schema);
    if (kind) queryIds.push({ name: p.name, kinds: [kind] });
    else if (looksLikeUntypedId(p.name, p.schema)) queryIds.push({ name: p.name, kinds: 'untyped' });
    else if (p.required) {
      const v = p.schema.example ?? p.schema.default ?? p.schema.enum?.[0];
      if (v === undefined) problems.push(`required query parameter ${p.name} has no example`);
      else fixedQuery.push([p.name, String(v)]);
    }
  }
  let ownBody: unknown;
  let bodyIds: { path: FieldPath; kinds: IdKind[] | 'untyped' }[] = [];
  let enumFields: [string, unknown[]][] = [];
  if (op.body) {
    if (!op.body.hasExample) problems.push('the request body has no example (RouteDef.bodyExample)');
    ownBody = op.body.example;
    bodyIds = idFieldsOf(op.body.schema).map((f) => ({ path: f.path, kinds: f.kind ? [f.kind] : 'untyped' }));
    for (const f of idFieldsOf(op.body.schema)) {
      // Ids the example carries become the attacker's own; absent optional ones stay absent.
      if (getAt(ownBody, f.path) !== undefined && f.kind)
        ownBody = setAt(ownBody, f.path, slot(f.kind, 'own'));
    }
    enumFields = Object.entries(op.body.schema.properties ?? {})
      .map(([k, s]) => [k, nonNullBranch(s).enum] as [string, unknown[] | undefined])
      .filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
  }
  if (problems.length > 0) return { cases: [], problems };

  const cases: Case[] = [];
  for (const attacker of ATTACKERS) {
    const variants: Variant[] = [];
    /** Typed ids: every victim object of the kind; untyped ones: the first of every named kind. */
    const targetsFor = (k: IdKind[] | 'untyped'): [IdKind, number][] =>
      k === 'untyped'
        ? (Object.keys(NAMED_TARGETS) as IdKind[])
            .filter((kind) => attacker.foreignKinds.includes(kind))
            .map((kind) => [kind, 0])
        : k
            .filter((kind) => attacker.foreignKinds.includes(kind))
            .flatMap((kind) => targetsOf(kind).map((_, i) => [kind, i] as [IdKind, number]));
    const base = (): Omit<Variant, 'label' | 'foreignIn'> => ({
      path: { ...ownPath },
      query: [...fixedQuery],
      body: ownBody,
    });
    for (const p of op.pathParams) {
      const kind = ownPath[p.name]!.$slot;
      if (!attacker.foreignKinds.includes(kind)) continue;
      for (const [i, name] of targetsOf(kind).entries()) {
        const v = base();
        v.path[p.name] = slot(kind, 'foreign', i);
        variants.push({ ...v, label: `path {${p.name}} ← ${name}`, foreignIn: 'path' });
      }
    }
    for (const q of queryIds) {
      for (const [kind, i] of targetsFor(q.kinds)) {
        const v = base();
        v.query.push([q.name, slot(kind, 'foreign', i)]);
        variants.push({ ...v, label: `query ${q.name} ← ${targetsOf(kind)[i]}`, foreignIn: 'query' });
      }
    }
    for (const f of bodyIds) {
      for (const [kind, i] of targetsFor(f.kinds)) {
        const withId = setAt(ownBody, f.path, slot(kind, 'foreign', i));
        const label = `body ${f.path.join('.')} ← ${targetsOf(kind)[i]}`;
        // Enum fields can decide whether an id is used at all (a partner role needs partnerId):
        // try every value, so the id reaches the code that looks it up.
        const expanded: [string, unknown][] = enumFields.flatMap(([name, values]) =>
          values.map((value) => [name, value] as [string, unknown]),
        );
        if (expanded.length === 0) variants.push({ ...base(), body: withId, label, foreignIn: 'body' });
        for (const [name, value] of expanded) {
          variants.push({
            ...base(),
            body: setAt(withId, [name], value),
            label: `${label}, ${name}=${String(value)}`,
            foreignIn: 'body',
          });
        }
      }
    }
    // Requests naming no foreign object still run (they act on the caller: /me, logout, create
    // workspace, public sign-in): they must not touch or reveal the victim. Lists also run bare.
    if (variants.length === 0 || op.isList) {
      variants.push({ ...base(), label: 'no foreign id (acts on the caller)', foreignIn: null });
    }
    for (const variant of variants) {
      cases.push({ op, attacker, variant, name: `${op.key} — ${attacker.label} — ${variant.label}` });
    }
  }
  return { cases, problems };
}

const doc = await loadOpenApiDocument();
const operations = listOperations(doc);
const plans = operations.map((op) => ({ op, ...planOperation(op) }));
/** Every id kind some case puts a victim's object of. */
const USED_KINDS = [
  ...new Set(
    plans.flatMap((p) =>
      p.cases.flatMap((c) => {
        const kinds: IdKind[] = [];
        const walk = (v: unknown): void => {
          if (isSlot(v)) {
            if (v.who === 'foreign') kinds.push(v.$slot);
          } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
        };
        walk([c.variant.path, c.variant.query, c.variant.body]);
        return kinds;
      }),
    ),
  ),
];

// --- Runtime state ---------------------------------------------------------------------------

type Attacker = {
  credential: () => Promise<Session | string>;
  /** The victim's objects by kind, in the order of NAMED_TARGETS. */
  foreign: Partial<Record<IdKind, string[]>>;
  own: Partial<Record<IdKind, string>>;
  /** The victim's rows: must never change, whatever the status. */
  scope: Exclude<Scope, { kind: 'all' }>;
  /** Strings that identify the victim's objects; none may appear in a response. */
  identifiers: string[];
};

let t: TestApp;
let a: Tenant;
let b: Tenant;
const attackers = {} as Record<AttackerId, Attacker>;
const attacked = new Set<string>();

async function api(who: Session | string, method: InjectOptions['method'], url: string, payload?: unknown) {
  const res = await t.app.inject({
    method,
    url,
    headers: authHeaders(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (res.statusCode >= 300) throw new Error(`setup ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

async function one(sql: string, params: unknown[]): Promise<string> {
  const { rows } = await t.admin.query<{ v: string }>(sql, params);
  if (!rows[0]) throw new Error(`setup query found nothing: ${sql}`);
  return rows[0].v;
}

/**
 * Objects of one partner organisation of a tenant (or, with partner null, vendor-level ones) to
 * attack with or from: made through the API as the tenant's owner where the API makes them.
 */
async function objectsOf(tenant: Tenant, partner: string | null, user: { userId: string }) {
  const ws = idToUuid(tenant.workspaceId);
  const owner = await createSession(t.pools, tenant.users.owner.userId, tenant.workspaceId, t.clock.now());
  const tag = `${tenant.label}.${partner ? tenant.partners.indexOf(partner) + 1 : 'vendor'}`;
  const objects: Partial<Record<IdKind, string>> = {
    workspace: tenant.workspaceId,
    user: user.userId,
    membership: uuidToId(
      'membership',
      await one(`select id::text as v from memberships where workspace_id = $1 and user_id = $2`, [
        ws,
        idToUuid(user.userId),
      ]),
    ),
    session: (await createSession(t.pools, user.userId, tenant.workspaceId, t.clock.now())).sessionId,
    invitation: String(
      (
        await api(owner, 'POST', '/api/v1/invitations', {
          email: `invitee.${tag}@test.example`,
          ...(partner ? { role: 'partner_rep', partnerId: partner } : { role: 'viewer' }),
        })
      ).id,
    ),
    apiKey: String(
      (
        await api(owner, 'POST', '/api/v1/api-keys', {
          name: `${tag} sync`,
          scopes: ['partners.read'],
          ...(partner ? { partnerId: partner } : {}),
        })
      ).id,
    ),
  };
  if (partner) objects.partner = partner;
  objects.auditEvent = uuidToId(
    'auditEvent',
    await one(
      `select id::text as v from audit_events where workspace_id = $1 and partner_id is not distinct from $2 order by seq limit 1`,
      [ws, partner ? idToUuid(partner) : null],
    ),
  );
  return objects;
}

/**
 * A victim object of a kind no fixture makes (a new route's), found the way a client would: a
 * list that shows one, else an operation that creates one from its documented example (ids in
 * it pointing at A's objects). Null when the API offers neither.
 */
async function discoverVictim(
  kind: IdKind,
  owner: Session,
  known: Partial<Record<IdKind, string[]>>,
): Promise<string | null> {
  const candidates = operations
    .map((op) => ({ op, returned: returnedIdKind(op) }))
    .filter(({ op, returned }) => returned?.kind === kind && (returned.list || op.method === 'POST'))
    .sort((x, y) => Number(y.returned!.list) - Number(x.returned!.list));
  for (const { op, returned } of candidates) {
    if (op.body && !op.body.hasExample) continue;
    const path: Record<string, string> = {};
    for (const p of op.pathParams) {
      const k = idKindOf(p.schema);
      const v = k ? known[k]?.[0] : undefined;
      if (v) path[p.name] = v;
    }
    if (Object.keys(path).length !== op.pathParams.length) continue;
    let body = op.body?.example;
    for (const f of op.body ? idFieldsOf(op.body.schema) : []) {
      const v = f.kind ? known[f.kind]?.[0] : undefined;
      if (v && getAt(body, f.path) !== undefined) body = setAt(body, f.path, v);
    }
    const res = await t.app.inject({
      method: op.method,
      url: fillPath(op.path, path),
      headers: authHeaders(owner),
      ...(body === undefined ? {} : { payload: body as object }),
    });
    if (res.statusCode >= 300) continue;
    const out = res.json() as { id?: unknown; data?: { id?: unknown }[] };
    const id = returned!.list ? out.data?.[0]?.id : out.id;
    if (typeof id === 'string') return id;
  }
  return insertVictimRow(kind, known);
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/**
 * Last resort for a kind the API neither lists nor creates from its example (objects the system
 * makes: deliveries, notifications…, or a create that needs the network): a row written straight
 * into the kind's table (`webhookDelivery` → webhook_deliveries) for workspace A and partner A1,
 * every required column filled from its type. References (`endpoint_id`) point at known victims.
 */
async function insertVictimRow(
  kind: IdKind,
  known: Partial<Record<IdKind, string[]>>,
): Promise<string | null> {
  const table = plural(snake(kind));
  const { rows: cols } = await t.admin.query<{
    column_name: string;
    data_type: string;
    is_nullable: 'YES' | 'NO';
    column_default: string | null;
    character_maximum_length: number | null;
  }>(
    `select column_name, data_type, is_nullable, column_default, character_maximum_length from information_schema.columns
      where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  if (cols.length === 0) return null;
  const id = newId(kind);
  const fixed: Record<string, unknown> = {
    id: idToUuid(id),
    workspace_id: idToUuid(a.workspaceId),
    partner_id: idToUuid(a.partners[0]),
    user_id: idToUuid(a.users.partner_admin.userId),
  };
  const names: string[] = [];
  const values: unknown[] = [];
  for (const c of cols) {
    let v: unknown;
    if (c.column_name in fixed) v = fixed[c.column_name];
    else if (c.data_type === 'uuid' && c.column_name.endsWith('_id')) {
      const ref = c.column_name.slice(0, -3);
      const refKind = ALL_KINDS.find((k) => snake(k) === ref || snake(k).endsWith(`_${ref}`));
      const refId = refKind ? known[refKind]?.[0] : undefined;
      v = refId ? idToUuid(refId) : c.is_nullable === 'YES' ? null : idToUuid(newId(kind));
    } else if (c.is_nullable === 'YES' || c.column_default !== null) continue;
    else if (c.data_type === 'ARRAY') v = '{}';
    else if (c.data_type.startsWith('json')) v = '{}';
    else if (c.data_type.startsWith('timestamp') || c.data_type === 'date') v = t.clock.now();
    else if (c.data_type === 'boolean') v = false;
    else if (/int|numeric|real|double/.test(c.data_type)) v = 1;
    else if (c.data_type === 'uuid') v = idToUuid(newId(kind));
    else v = `${c.column_name} of A`.slice(0, c.character_maximum_length ?? undefined);
    names.push(`"${c.column_name}"`);
    values.push(v);
  }
  try {
    await t.admin.query(
      `insert into "${table}" (${names.join(', ')}) values (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    );
    return id;
  } catch {
    return null;
  }
}

async function scopeOf(tenant: Tenant, partner: string | null): Promise<Exclude<Scope, { kind: 'all' }>> {
  const ws = idToUuid(tenant.workspaceId);
  const p = partner ? idToUuid(partner) : null;
  const { rows: users } = await t.admin.query<{ id: string }>(
    `select user_id::text as id from memberships where workspace_id = $1 and ($2::uuid is null or partner_id = $2)`,
    [ws, p],
  );
  const { rows: keys } = await t.admin.query<{ id: string }>(
    `select id::text from api_keys where workspace_id = $1 and ($2::uuid is null or partner_id = $2)`,
    [ws, p],
  );
  const userUuids = users.map((u) => u.id);
  const principals = [
    ...userUuids.map((u) => uuidToId('user', u)),
    ...keys.map((k) => uuidToId('apiKey', k.id)),
  ];
  return p
    ? { kind: 'partner', partnerUuid: p, userUuids, principals }
    : { kind: 'workspace', workspaceUuid: ws, userUuids, principals };
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t.pools, 'alpha');
  b = await createTenant(t.pools, 'bravo');
  const a1 = await objectsOf(a, a.partners[0], a.users.partner_admin);
  const aVendor = await objectsOf(a, null, a.users.owner);
  // The fixture's workspace key is A's vendor-level key (the one made above is as good, but the
  // fixture's is the one a real integration would hold).
  aVendor.apiKey = uuidToId(
    'apiKey',
    await one(
      `select id::text as v from api_keys where workspace_id = $1 and partner_id is null order by created_at limit 1`,
      [idToUuid(a.workspaceId)],
    ),
  );
  const victim: Partial<Record<IdKind, string[]>> = {};
  for (const kind of ALL_KINDS) {
    const named = NAMED_TARGETS[kind];
    if (!named) continue;
    victim[kind] = [a1[kind] ?? aVendor[kind], aVendor[kind]]
      .slice(0, named.length)
      .filter((v): v is string => !!v);
    expect(victim[kind], kind).toHaveLength(named.length);
  }
  const aOwner = await createSession(t.pools, a.users.owner.userId, a.workspaceId, t.clock.now());
  for (let pass = 0; pass < 3; pass++) {
    for (const kind of USED_KINDS) {
      if (victim[kind]) continue;
      const id = await discoverVictim(kind, aOwner, victim);
      if (id) victim[kind] = [id];
    }
  }
  // Idempotency records of an A1 principal, so that table has victim rows too.
  const a1Admin = await createSession(t.pools, a.users.partner_admin.userId, a.workspaceId, t.clock.now());
  const idem = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    headers: { ...authHeaders(a1Admin), 'idempotency-key': 'a1-admin-key-0001' },
    payload: { name: 'A1 self-made', scopes: ['partners.read'] },
  });
  expect(idem.statusCode).toBe(201);

  const ownB1 = await objectsOf(b, b.partners[0], b.users.partner_admin);
  const ownA2 = await objectsOf(a, a.partners[1], a.otherPartnerAdmin);
  const workspaceScope = await scopeOf(a, null);
  const partnerScope = await scopeOf(a, a.partners[0]);
  const workspaceIds = await identifiersOf(t.admin, workspaceScope);
  const partnerIds = await identifiersOf(t.admin, partnerScope);
  const fresh = (userId: string, workspaceId: string) => async () =>
    createSession(t.pools, userId, workspaceId, t.clock.now());
  const fromB = { foreign: victim, own: ownB1, scope: workspaceScope, identifiers: workspaceIds };
  attackers.partnerUserB = { ...fromB, credential: fresh(b.users.partner_admin.userId, b.workspaceId) };
  attackers.ownerB = {
    ...fromB,
    own: { ...ownB1, user: b.users.owner.userId },
    credential: fresh(b.users.owner.userId, b.workspaceId),
  };
  attackers.partnerKeyB = { ...fromB, credential: async () => b.partnerKey };
  attackers.workspaceKeyB = { ...fromB, credential: async () => b.workspaceKey };
  // A2's own workspace is not foreign to it; everything else of A is (A1's and vendor-level).
  const { workspace: _own, ...foreignToA2 } = victim;
  attackers.otherPartnerA = {
    foreign: foreignToA2,
    own: ownA2,
    scope: partnerScope,
    identifiers: partnerIds,
    credential: fresh(a.otherPartnerAdmin.userId, a.workspaceId),
  };
});
afterAll(() => t?.close());

// --- Running one case ------------------------------------------------------------------------

function build(
  c: Case,
  who: Attacker,
  cred: Session | string,
  foreignAs: 'victim' | 'nowhere',
  nowhere: Map<IdKind, string>,
) {
  const fill = (s: Slot | string): string => {
    if (typeof s === 'string') return s;
    if (s.who === 'own') return who.own[s.$slot] ?? newId(s.$slot);
    if (foreignAs === 'nowhere') {
      if (!nowhere.has(s.$slot)) nowhere.set(s.$slot, newId(s.$slot));
      return nowhere.get(s.$slot)!;
    }
    const id = who.foreign[s.$slot]?.[s.target ?? 0];
    if (!id)
      throw new Error(
        `no victim object of kind ${s.$slot}: none is made in beforeAll and none could be listed or created through the API`,
      );
    return id;
  };
  const deep = (v: unknown): unknown =>
    isSlot(v)
      ? fill(v)
      : Array.isArray(v)
        ? v.map(deep)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]))
          : v;
  const path = Object.fromEntries(Object.entries(c.variant.path).map(([k, s]) => [k, fill(s)]));
  const url = fillPath(c.op.path, path) + queryString(c.variant.query.map(([k, s]) => [k, fill(s)]));
  const payload = c.op.body ? deep(c.variant.body) : undefined;
  const options: InjectOptions = {
    method: c.op.method,
    url,
    headers: authHeaders(cred),
    ...(payload === undefined ? {} : { payload: payload as object }),
  };
  return { options, sent: url + JSON.stringify(payload ?? null) };
}

const json = (res: LightMyRequestResponse): Record<string, unknown> | null => {
  try {
    return res.json() as Record<string, unknown>;
  } catch {
    return null;
  }
};

async function runCase(c: Case): Promise<void> {
  const who = attackers[c.attacker.id];
  const cred = await who.credential();
  const nowhere = new Map<IdKind, string>();
  const req = build(c, who, cred, 'victim', nowhere);
  const allBefore = await fingerprint(t.admin);
  const victimBefore = await fingerprint(t.admin, who.scope);
  const res = await t.app.inject(req.options);
  // The same request with ids that exist nowhere: a foreign object must be indistinguishable.
  const control = c.variant.foreignIn
    ? await t.app.inject(build(c, who, cred, 'nowhere', nowhere).options)
    : null;
  const allAfter = await fingerprint(t.admin);
  const victimAfter = await fingerprint(t.admin, who.scope);
  attacked.add(c.op.key);

  const failures: string[] = [];
  const status = res.statusCode;
  const body = json(res);
  if (status >= 500) failures.push(`server error ${status}: ${res.body}`);
  if (status >= 400) {
    failures.push(...problemViolations(res).map((v) => `error response: ${v}`));
    const changed = changedTables(allBefore, allAfter);
    if (changed.length > 0) failures.push(`refused (${status}) but changed tables: ${changed.join(', ')}`);
  }
  if (c.variant.foreignIn === 'path' && ![401, 403, 404].includes(status))
    failures.push(`a foreign object in the path answered ${status}, not 401/403/404`);
  if (
    (c.variant.foreignIn === 'body' || (c.variant.foreignIn === 'query' && c.op.method !== 'GET')) &&
    status < 400
  )
    failures.push(`a foreign id in the ${c.variant.foreignIn} answered ${status}`);
  const victimChanged = changedTables(victimBefore, victimAfter);
  if (victimChanged.length > 0) failures.push(`the victim's rows changed in: ${victimChanged.join(', ')}`);
  // The victim's identifiers must not appear; an answer may echo what the attacker itself sent
  // (an error quoting the bad value, a created object with the slug it was given — which may
  // equal a victim's: that tells the attacker nothing it did not know). A foreign id that is
  // accepted is caught above, whatever the answer echoes.
  const haystack = `${res.body}\n${JSON.stringify(res.headers)}`;
  const leaked = who.identifiers.filter((id) => haystack.includes(id) && !req.sent.includes(id));
  if (leaked.length > 0)
    failures.push(`response reveals the victim's ${leaked.join(', ')}: ${res.body.slice(0, 400)}`);
  if (control) {
    const cb = json(control);
    if (control.statusCode !== status || cb?.code !== body?.code)
      failures.push(
        `existence oracle: victim's id → ${status} ${String(body?.code ?? '')}, an id that exists nowhere → ${control.statusCode} ${String(cb?.code ?? '')}`,
      );
    else if (status === 200 && c.op.isList && JSON.stringify(body?.data) !== JSON.stringify(cb?.data))
      failures.push(
        'a list filtered by the victim’s id differs from one filtered by an id that exists nowhere',
      );
  }
  expect(failures, `${c.name}\n→ ${status} ${res.body.slice(0, 300)}`).toEqual([]);
}

// --- The tests -------------------------------------------------------------------------------

describe('cross-tenant isolation (generated from the OpenAPI document)', () => {
  it('attacks exactly the operations the served document lists, each with every attacker', async () => {
    const served = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(served).toEqual(doc);
    const documented = listOperations(served).map((o) => o.key);
    const planned = plans.filter((p) => p.cases.length > 0).map((p) => p.op.key);
    expect(planned).toEqual(documented);
    for (const p of plans) {
      expect(new Set(p.cases.map((c) => c.attacker.id)).size, p.op.key).toBe(ATTACKERS.length);
    }
  });

  for (const { op, cases, problems } of plans) {
    if (problems.length > 0) {
      it(`${op.key} — cannot be attacked automatically`, () => {
        throw new Error(`${op.key}: ${problems.join('; ')}`);
      });
      continue;
    }
    for (const c of cases) it(c.name, () => runCase(c));
  }

  it('ran every planned case (none silently skipped)', () => {
    expect([...attacked].sort()).toEqual(
      plans
        .filter((p) => p.cases.length > 0)
        .map((p) => p.op.key)
        .sort(),
    );
  });
});
