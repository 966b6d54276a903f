import type pg from 'pg';
import { isEventType } from '../events/catalog.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import { type ChainRow, chainHash, GENESIS_HASH, type VerifyResult, verifyRows } from './chain.js';

export type AuditInput = {
  action: string;
  objectType: string;
  objectId: string;
  partnerId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the acting workspace; set when an action creates the workspace itself. */
  workspaceId?: string;
};

export type AuditMeta = {
  actorKind: string;
  actorId: string;
  requestId: string | null;
  ip: string | null;
  occurredAt: Date;
};

/** JSON round-trip so what is hashed is exactly what jsonb will give back (Dates → ISO strings). */
const plain = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends entries to their workspace chains inside the caller's transaction, and writes the
 * domain events of catalogued actions beside them. Called once per transaction, just before
 * COMMIT, so the head row lock that serialises a workspace's appends is held only for the last
 * moments of the transaction. Returns how many events were written.
 */
export async function appendAudit(
  client: pg.PoolClient,
  workspaceId: string,
  entries: AuditInput[],
  meta: AuditMeta,
): Promise<number> {
  let eventsWritten = 0;
  const byWorkspace = new Map<string, AuditInput[]>();
  for (const e of entries) {
    const ws = e.workspaceId ?? workspaceId;
    byWorkspace.set(ws, [...(byWorkspace.get(ws) ?? []), e]);
  }
  for (const [ws, list] of byWorkspace) {
    const wsUuid = idToUuid(ws);
    // Entries are written under their own workspace's row-level security context: the acting
    // one, or a workspace created in this very transaction. This runs last, just before COMMIT.
    await client.query("select set_config('app.workspace_id', $1, true)", [wsUuid]);
    await client.query(
      'insert into audit_heads (workspace_id, seq, hash) values ($1, 0, $2) on conflict (workspace_id) do nothing',
      [wsUuid, GENESIS_HASH],
    );
    const head = await client.query<{ seq: number; hash: string }>(
      'select seq, hash from audit_heads where workspace_id = $1 for update',
      [wsUuid],
    );
    let { seq, hash } = head.rows[0]!;
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const e of list) {
      seq += 1;
      const fields = {
        workspaceId: ws,
        seq,
        id: newId('auditEvent'),
        occurredAt: meta.occurredAt.toISOString(),
        actorKind: meta.actorKind,
        actorId: meta.actorId,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        partnerId: e.partnerId ?? null,
        before: plain(e.before),
        after: plain(e.after),
        requestId: meta.requestId,
        ip: meta.ip,
      };
      const prevHash = hash;
      hash = chainHash(prevHash, fields);
      const base = values.length;
      tuples.push(`(${Array.from({ length: 16 }, (_, i) => `$${base + i + 1}`).join(',')})`);
      values.push(
        wsUuid,
        seq,
        idToUuid(fields.id),
        fields.occurredAt,
        fields.actorKind,
        fields.actorId,
        fields.action,
        fields.objectType,
        fields.objectId,
        fields.partnerId ? idToUuid(fields.partnerId) : null,
        fields.before === null ? null : JSON.stringify(fields.before),
        fields.after === null ? null : JSON.stringify(fields.after),
        fields.requestId,
        fields.ip,
        prevHash,
        hash,
      );
    }
    await client.query(
      `insert into audit_events (workspace_id, seq, id, occurred_at, actor_kind, actor_id, action, object_type,
        object_id, partner_id, before, after, request_id, ip, prev_hash, hash) values ${tuples.join(',')}`,
      values,
    );
    await client.query('update audit_heads set seq = $2, hash = $3 where workspace_id = $1', [
      wsUuid,
      seq,
      hash,
    ]);
    eventsWritten += await insertEvents(client, wsUuid, list, meta);
  }
  return eventsWritten;
}

/**
 * The outbox half of the same write: catalogued actions become domain events. The event id is
 * the `webhook-id` receivers deduplicate on.
 */
async function insertEvents(
  client: pg.PoolClient,
  wsUuid: string,
  list: AuditInput[],
  meta: AuditMeta,
): Promise<number> {
  const published = list.filter((e) => isEventType(e.action));
  if (published.length === 0) return 0;
  const values: unknown[] = [];
  const tuples = published.map((e) => {
    const base = values.length;
    values.push(
      wsUuid,
      idToUuid(newId('event')),
      e.action,
      meta.occurredAt,
      meta.actorKind,
      meta.actorId,
      e.objectType,
      e.objectId,
      e.partnerId ? idToUuid(e.partnerId) : null,
      JSON.stringify(plain(e.after ?? e.before ?? { id: e.objectId })),
      meta.requestId,
    );
    return `(${Array.from({ length: 11 }, (_, i) => `$${base + i + 1}`).join(',')})`;
  });
  await client.query(
    `insert into events (workspace_id, id, type, occurred_at, actor_kind, actor_id, object_type, object_id, partner_id, data, request_id)
     values ${tuples.join(',')}`,
    values,
  );
  return published.length;
}

type RawRow = {
  workspace_id: string;
  seq: number;
  id: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string;
  action: string;
  object_type: string;
  object_id: string;
  partner_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
};

function toChainRow(r: RawRow): ChainRow {
  return {
    workspaceId: uuidToId('workspace', r.workspace_id),
    seq: r.seq,
    id: uuidToId('auditEvent', r.id),
    occurredAt: r.occurred_at.toISOString(),
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    partnerId: r.partner_id ? uuidToId('partner', r.partner_id) : null,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
    ip: r.ip,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * Re-computes one workspace's chain in pages of 2,000 rows (bounded memory at any size) and
 * checks the last row against the stored head, so deleting the newest entries is caught too.
 */
export async function verifyWorkspaceChain(
  query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>,
  workspaceId: string,
): Promise<VerifyResult> {
  const wsUuid = idToUuid(workspaceId);
  const state = { prev: GENESIS_HASH, seq: 0, checked: 0 };
  for (;;) {
    const { rows } = await query(
      'select * from audit_events where workspace_id = $1 and seq > $2 order by seq limit 2000',
      [wsUuid, state.seq],
    );
    if (rows.length === 0) break;
    const bad = verifyRows((rows as RawRow[]).map(toChainRow), state);
    if (bad) return bad;
  }
  const head = await query('select seq, hash from audit_heads where workspace_id = $1', [wsUuid]);
  const h = head.rows[0] as { seq: number; hash: string } | undefined;
  if (h && (h.seq !== state.seq || h.hash !== state.prev)) {
    return {
      ok: false,
      checked: state.checked,
      firstBad: { seq: state.seq + 1, id: null, reason: h.seq > state.seq ? 'missing_entry' : 'broken_link' },
    };
  }
  return { ok: true, checked: state.checked };
}
