import type pg from 'pg';
import { quoteLiteral } from '../db/inline.js';
import { isEventType } from '../events/catalog.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import { type ChainRow, chainBodyAroundSeq, GENESIS_HASH, type VerifyResult, verifyRows } from './chain.js';

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
 * COMMIT. One statement per workspace (`audit_append`, migration 0013): the entries go over
 * canonicalised and split around their `seq`, the database takes the numbers under the head row
 * lock that serialises a workspace's appends and hashes the chain, so that lock is held for one
 * statement and the COMMIT. With `thenCommit` the last append carries the COMMIT too (the
 * transaction is over when this returns), after `withStatements` (the transaction's deferred
 * writes, inlined). Returns how many events were written.
 */
export async function appendAudit(
  client: pg.PoolClient,
  workspaceId: string,
  entries: AuditInput[],
  meta: AuditMeta,
  options: { thenCommit?: boolean; withStatements?: string[] } = {},
): Promise<number> {
  let eventsWritten = 0;
  const byWorkspace = new Map<string, AuditInput[]>();
  for (const e of entries) {
    const ws = e.workspaceId ?? workspaceId;
    byWorkspace.set(ws, [...(byWorkspace.get(ws) ?? []), e]);
  }
  let left = byWorkspace.size;
  let withStatements = options.withStatements ?? [];
  if (withStatements.length > 0 && byWorkspace.size > 1) {
    // Each append switches the row-level security context to its workspace: the caller's
    // deferred writes go first, under the context they were queued in.
    await client.query(withStatements.join(';\n'));
    withStatements = [];
  }
  for (const [ws, list] of byWorkspace) {
    // Entries are written under their own workspace's row-level security context (the function
    // sets it): the acting one, or a workspace created in this very transaction.
    const chained = list.map((e) => {
      const fields = {
        workspaceId: ws,
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
      // What audit_append reads: the canonical body around `seq`, and the row's columns.
      return {
        ...fields,
        ...chainBodyAroundSeq(fields),
        id: idToUuid(fields.id),
        partnerId: fields.partnerId ? idToUuid(fields.partnerId) : null,
      };
    });
    const events = eventRows(list, meta);
    const args = [idToUuid(ws), JSON.stringify(chained), JSON.stringify(events)];
    if (options.thenCommit && --left === 0) {
      // The last append and the COMMIT in one message (simple protocol, escaped literals): the
      // head lock is released without a trip back through the application. Should the append
      // fail, the server skips the COMMIT and the caller's error path rolls back.
      const [a, b, c] = args.map(quoteLiteral);
      await client.query(
        [...withStatements, `select audit_append(${a}::uuid, ${b}::jsonb, ${c}::jsonb)`, 'commit'].join(
          ';\n',
        ),
      );
    } else {
      await client.query('select audit_append($1, $2::jsonb, $3::jsonb)', args);
    }
    eventsWritten += events.length;
  }
  return eventsWritten;
}

/**
 * The outbox half of the same write: catalogued actions become domain events. The event id is
 * the `webhook-id` receivers deduplicate on.
 */
function eventRows(list: AuditInput[], meta: AuditMeta) {
  return list
    .filter((e) => isEventType(e.action))
    .map((e) => ({
      id: idToUuid(newId('event')),
      type: e.action,
      occurredAt: meta.occurredAt.toISOString(),
      actorKind: meta.actorKind,
      actorId: meta.actorId,
      objectType: e.objectType,
      objectId: e.objectId,
      partnerId: e.partnerId ? idToUuid(e.partnerId) : null,
      data: plain(e.after ?? e.before ?? { id: e.objectId }),
      requestId: meta.requestId,
    }));
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
