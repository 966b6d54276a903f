import { createHash, randomFillSync } from 'node:crypto';
import pg from 'pg';
import { type Actor, actorId } from '../../platform/access/actor.js';
import { type Ctx, type Deps, withTenantTx } from '../../platform/access/context.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { queueMail } from '../../platform/mail/index.js';
import {
  type CriteriaNode,
  type EvaluationDetails,
  evaluateTiers,
  holds,
  type Metric,
  type MetricValues,
  metricsOf,
  type TierDef,
} from './rules.js';

/**
 * The recompute: one set-based aggregate per program (GROUP BY partner over the rolling window,
 * served by partner_metric_events_agg_idx), evaluation in JS, and a bulk write-back of only the
 * partners whose state or explanation changed, in batches that each commit with their audit
 * entries and events. The same code evaluates a single partner (after metric ingestion, or on
 * demand), so there is one definition of what a tier decision is.
 */

type Queryable = Pick<pg.PoolClient, 'query'>;
const DAY_MS = 86_400_000;
/**
 * Partners written per transaction. Each audit entry binds 16 parameters and a transaction's
 * entries go into one INSERT, which pg caps at 65,535 parameters: 4,000 entries fit.
 */
export const WRITE_BATCH = 4000;

export type ProgramConfig = {
  workspaceId: string;
  programId: string;
  name: string;
  windowDays: number;
  graceDays: number;
};

export type TierRow = TierDef & { uuid: string };

/** The program's tiers (rank ascending) and the config the engine needs. */
export async function loadProgram(db: Queryable, workspaceId: string, programId: string) {
  const ws = idToUuid(workspaceId);
  const { rows: programRows } = await db.query<{
    name: string;
    tier_window_days: number;
    demotion_grace_days: number;
  }>('select name, tier_window_days, demotion_grace_days from programs where workspace_id = $1 and id = $2', [
    ws,
    idToUuid(programId),
  ]);
  const p = programRows[0];
  if (!p) return null;
  const { rows } = await db.query<{
    id: string;
    name: string;
    rank: number;
    criteria: CriteriaNode | null;
    version: number;
  }>(
    'select id, name, rank, criteria, version from tiers where workspace_id = $1 and program_id = $2 order by rank',
    [ws, idToUuid(programId)],
  );
  const tiers: TierRow[] = rows.map((r) => ({
    id: uuidToId('tier', r.id),
    uuid: r.id,
    name: r.name,
    rank: r.rank,
    criteria: r.criteria,
  }));
  // What every explanation of this program depends on besides the metric values.
  const definitionHash = createHash('sha256')
    .update(JSON.stringify(rows.map((r) => [r.id, r.version, r.rank, r.name, r.criteria])))
    .digest('base64url')
    .slice(0, 12);
  const config: ProgramConfig = {
    workspaceId,
    programId,
    name: p.name,
    windowDays: p.tier_window_days,
    graceDays: p.demotion_grace_days,
  };
  return { config, tiers, definitionHash };
}

const lit = (s: string) => pg.escapeLiteral(s);

/** One SELECT-list expression per built-in metric the tiers read. */
function aggregateExpression(metric: Metric): string | null {
  const where = `filter (where e.metric = ${lit(metric)})`;
  switch (metric) {
    case 'revenue_won':
    case 'deals_won':
      return `coalesce(sum(e.value) ${where}, 0)::float8`;
    case 'customer_satisfaction':
      return `avg(e.value) ${where}::float8`;
    case 'certified_people':
      // The latest report in the window (a head count, not a sum).
      return `(array_agg(e.value order by e.occurred_at desc) ${where})[1]::float8`;
    default:
      return null;
  }
}

/** Times as epoch milliseconds: cheaper for the driver than 100,000 timestamp strings parsed into Dates. */
const epochMs = (col: string) => `(extract(epoch from ${col}) * 1000)::float8`;
const dateOf = (ms: unknown) => (ms === null ? null : new Date(ms as number));

export type AggregatePlan = {
  metrics: Metric[];
  eventMetrics: Metric[];
  customMetrics: Metric[];
  /** $1 workspace, $2 program, $3 window start (exclusive), $4 now (inclusive)[, $5 partner]. */
  aggregateSql: string;
  stateSql: string;
};

/**
 * The SQL for a program: `aggregateSql` is the bare GROUP BY (what the benchmark times alone);
 * `stateSql` joins it to every partner of the program, its custom fields and its current state.
 */
export function planAggregate(tiers: readonly TierDef[], onePartner: boolean): AggregatePlan {
  const metrics = [...tiers.reduce((s, t) => metricsOf(t.criteria, s), new Set<Metric>())].sort();
  const eventMetrics = metrics.filter((m) => !m.startsWith('custom:'));
  const customMetrics = metrics.filter((m) => m.startsWith('custom:'));
  const partnerFilter = onePartner ? ' and e.partner_id = $5' : '';
  const aggregateSql = `select e.partner_id${eventMetrics.map((m, i) => `, ${aggregateExpression(m)} as m${i}`).join('')}
  from partner_metric_events e
  join partners p on p.workspace_id = e.workspace_id and p.id = e.partner_id and p.program_id = $2
 where e.workspace_id = $1 and e.occurred_at > $3 and e.occurred_at <= $4
   and e.metric = any(array[${eventMetrics.map(lit).join(',') || "''"}])${partnerFilter}
 group by e.partner_id`;
  const customCols = customMetrics
    .map((m, i) => {
      const key = lit(m.slice(7));
      return `, case when jsonb_typeof(p.custom_fields -> ${key}) = 'number' then (p.custom_fields ->> ${key})::float8 end as c${i}`;
    })
    .join('');
  const stateSql = `with agg as (${aggregateSql})
select p.id${customCols}${eventMetrics.map((_, i) => `, a.m${i}`).join('')},
       pt.tier_id, ${epochMs('pt.since')}, pt.fingerprint, pt.pending_demotion, pt.pending_tier_id,
       ${epochMs('pt.pending_due_at')}, ${epochMs('pt.warned_at')}, pt.version, pt.program_id = p.program_id as same_program
  from partners p
  left join agg a on a.partner_id = p.id
  left join partner_tiers pt on pt.workspace_id = p.workspace_id and pt.partner_id = p.id
 where p.workspace_id = $1 and p.program_id = $2 and p.status <> 'offboarded'${onePartner ? ' and p.id = $5' : ''}`;
  return { metrics, eventMetrics, customMetrics, aggregateSql, stateSql };
}

export function windowParams(config: ProgramConfig, now: Date, partnerId?: string): unknown[] {
  const params: unknown[] = [
    idToUuid(config.workspaceId),
    idToUuid(config.programId),
    new Date(now.getTime() - config.windowDays * DAY_MS),
    now,
  ];
  if (partnerId) params.push(idToUuid(partnerId));
  return params;
}

/** A partner's stored state, as the state query returns it (uuids raw: ids are converted only for changes). */
type StoredState = {
  tierUuid: string | null;
  since: Date;
  fingerprint: string;
  pendingDemotion: boolean;
  pendingTierUuid: string | null;
  pendingDueAt: Date | null;
  warnedAt: Date | null;
  version: number;
};

export type DecisionKind = 'placed' | 'promoted' | 'demoted' | 'demotion_pending' | 'demotion_cancelled';

export type NextState = {
  tierUuid: string | null;
  since: Date;
  pendingDemotion: boolean;
  pendingTierUuid: string | null;
  pendingDueAt: Date | null;
  warnedAt: Date | null;
  decision: { kind: DecisionKind; fromUuid: string | null; toUuid: string | null; dueAt: Date | null } | null;
};

/**
 * The state machine of one partner. Promotions (and the first placement) apply at once; a
 * demotion first becomes pending for the grace period (with a warning), applies when it is due
 * (to whatever the partner qualifies for then), and is cancelled if the partner qualifies again.
 */
export function decide(
  current: StoredState | null,
  qualifiedUuid: string | null,
  rankOf: (uuid: string | null) => number,
  now: Date,
  graceDays: number,
): NextState {
  const keep = {
    pendingDemotion: false,
    pendingTierUuid: null,
    pendingDueAt: null,
    warnedAt: null,
  };
  if (!current) {
    return {
      tierUuid: qualifiedUuid,
      since: now,
      ...keep,
      decision: qualifiedUuid ? { kind: 'placed', fromUuid: null, toUuid: qualifiedUuid, dueAt: null } : null,
    };
  }
  const cur = current.tierUuid;
  const [qRank, cRank] = [rankOf(qualifiedUuid), rankOf(cur)];
  if (qRank > cRank) {
    return {
      tierUuid: qualifiedUuid,
      since: now,
      ...keep,
      decision: { kind: 'promoted', fromUuid: cur, toUuid: qualifiedUuid, dueAt: null },
    };
  }
  if (qRank === cRank) {
    return {
      tierUuid: cur,
      since: current.since,
      ...keep,
      decision: current.pendingDemotion
        ? { kind: 'demotion_cancelled', fromUuid: cur, toUuid: cur, dueAt: null }
        : null,
    };
  }
  // Qualifies for less than it holds.
  if (current.pendingDemotion && current.pendingDueAt && current.pendingDueAt.getTime() <= now.getTime()) {
    return {
      tierUuid: qualifiedUuid,
      since: now,
      ...keep,
      decision: { kind: 'demoted', fromUuid: cur, toUuid: qualifiedUuid, dueAt: null },
    };
  }
  if (current.pendingDemotion) {
    // Still in grace: the target follows what the partner qualifies for; the due date stays.
    return {
      tierUuid: cur,
      since: current.since,
      pendingDemotion: true,
      pendingTierUuid: qualifiedUuid,
      pendingDueAt: current.pendingDueAt,
      warnedAt: current.warnedAt,
      decision: null,
    };
  }
  if (graceDays === 0) {
    return {
      tierUuid: qualifiedUuid,
      since: now,
      ...keep,
      decision: { kind: 'demoted', fromUuid: cur, toUuid: qualifiedUuid, dueAt: null },
    };
  }
  const dueAt = new Date(now.getTime() + graceDays * DAY_MS);
  return {
    tierUuid: cur,
    since: current.since,
    pendingDemotion: true,
    pendingTierUuid: qualifiedUuid,
    pendingDueAt: dueAt,
    warnedAt: now,
    decision: { kind: 'demotion_pending', fromUuid: cur, toUuid: qualifiedUuid, dueAt },
  };
}

type Change = {
  partnerUuid: string;
  /** Version read; the write applies only if nobody changed the row since (0 = no row yet). */
  readVersion: number;
  next: NextState;
  explanation: string;
  details: EvaluationDetails;
  fingerprint: string;
};

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Evaluates every row of the state query. Rows whose fingerprint, tier and pending demotion are
 * unchanged cost one tree walk and a string comparison; only changes build explanations.
 */
export function evaluateRows(
  rows: unknown[][],
  plan: AggregatePlan,
  tiers: readonly TierRow[],
  definitionHash: string,
  config: ProgramConfig,
  now: Date,
): Change[] {
  const nCustom = plan.customMetrics.length;
  const nEvent = plan.eventMetrics.length;
  const rank = new Map<string | null, number>([[null, -1]]);
  for (const t of tiers) rank.set(t.uuid, t.rank);
  const rankOf = (u: string | null) => rank.get(u) ?? -1;
  const changes: Change[] = [];
  const values: MetricValues = {};
  for (const row of rows) {
    let fp = definitionHash;
    for (let i = 0; i < nCustom; i++) {
      const v = row[1 + i] as number | null;
      values[plan.customMetrics[i]!] = v;
      fp += `|${v ?? ''}`;
    }
    for (let i = 0; i < nEvent; i++) {
      const m = plan.eventMetrics[i]!;
      let v = row[1 + nCustom + i] as number | null;
      // A partner with no events at all: sums are 0, averages and latest values absent.
      if (v === null && (m === 'revenue_won' || m === 'deals_won')) v = 0;
      values[m] = v;
      fp += `|${v ?? ''}`;
    }
    let qualified: TierRow | null = null;
    for (let i = tiers.length - 1; i >= 0; i--) {
      if (holds(tiers[i]!.criteria, values)) {
        qualified = tiers[i]!;
        break;
      }
    }
    const base = 1 + nCustom + nEvent;
    const stored: StoredState | null =
      // A state row of another program (the partner moved) counts as none, but its version
      // still guards the write that replaces it.
      row[base + 7] === null || row[base + 8] !== true
        ? null
        : {
            tierUuid: row[base] as string | null,
            since: dateOf(row[base + 1])!,
            fingerprint: row[base + 2] as string,
            pendingDemotion: row[base + 3] as boolean,
            pendingTierUuid: row[base + 4] as string | null,
            pendingDueAt: dateOf(row[base + 5]),
            warnedAt: dateOf(row[base + 6]),
            version: row[base + 7] as number,
          };
    const next = decide(stored, qualified?.uuid ?? null, rankOf, now, config.graceDays);
    if (
      stored &&
      !next.decision &&
      stored.fingerprint === fp &&
      stored.tierUuid === next.tierUuid &&
      stored.pendingDemotion === next.pendingDemotion &&
      stored.pendingTierUuid === next.pendingTierUuid &&
      sameTime(stored.pendingDueAt, next.pendingDueAt)
    )
      continue;
    const evaluation = evaluateTiers(tiers, { ...values });
    changes.push({
      partnerUuid: row[0] as string,
      readVersion: (row[base + 7] as number | null) ?? 0,
      next,
      explanation: evaluation.explanation,
      details: evaluation.details,
      fingerprint: fp,
    });
  }
  return changes;
}

/**
 * `n` UUIDv7 strings (48-bit millisecond time, version 7, RFC 4122 variant, 74 random bits) —
 * the same layout as the TypeIDs of newId(), whose ids they become. A first placement makes
 * 100,000 decision ids, and newId() followed by idToUuid() (base32 out and back in) cost ~5 µs
 * each there; only the few that go into audit entries are turned into TypeIDs.
 */
function uuidv7s(n: number): string[] {
  const bytes = randomFillSync(Buffer.alloc(16 * n));
  const ms = Date.now(); // wall time, as newId() stamps it
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = 16 * i;
    bytes.writeUIntBE(ms, o, 6);
    bytes[o + 6] = (bytes[o + 6]! & 0x0f) | 0x70;
    bytes[o + 8] = (bytes[o + 8]! & 0x3f) | 0x80;
    const h = bytes.toString('hex', o, o + 16);
    out[i] = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return out;
}

const auditAction: Record<Exclude<DecisionKind, 'placed'>, string> = {
  promoted: 'tier.changed',
  demoted: 'tier.changed',
  demotion_pending: 'tier.demotion_pending',
  demotion_cancelled: 'tier.demotion_cancelled',
};

/**
 * Writes one batch of changes in the caller's transaction: the state rows (insert or update,
 * each only if its version is still the one read), then decisions, audit entries/events and
 * warning mails for exactly the rows that were written.
 */
export async function writeChanges(
  ctx: Ctx,
  config: ProgramConfig,
  tiers: readonly TierRow[],
  changes: Change[],
  now: Date,
): Promise<number> {
  if (changes.length === 0) return 0;
  const ws = idToUuid(config.workspaceId);
  const program = idToUuid(config.programId);
  const nameOf = new Map(tiers.map((t) => [t.uuid, t.name]));
  const name = (u: string | null) => (u ? (nameOf.get(u) ?? null) : null);
  const ids = uuidv7s(changes.length);
  // One round trip: the state rows (insert, or update only if the version is still the one
  // read), then the decisions of exactly the rows written, which take their details from the
  // written state row (the JSON is sent and parsed once). The batch travels as ONE json document
  // rather than parallel arrays: pg's array-literal encoding escapes every quote of every
  // details JSON in JS (measured ~65 ms per 4,000 rows, 1.6 s of a 100,000-partner first
  // placement), and the server then unescapes it again before parsing the JSON.
  const batch = changes.map((c, i) => {
    const d = c.next.decision;
    return {
      partner_id: c.partnerUuid,
      tier_id: c.next.tierUuid,
      since: c.next.since,
      explanation: c.explanation,
      details: c.details,
      fingerprint: c.fingerprint,
      pending_demotion: c.next.pendingDemotion,
      pending_tier_id: c.next.pendingTierUuid,
      pending_due_at: c.next.pendingDueAt,
      warned_at: c.next.warnedAt,
      read_version: c.readVersion,
      decision_id: d ? ids[i] : null,
      kind: d ? d.kind : null,
      from_id: d ? d.fromUuid : null,
      to_id: d ? d.toUuid : null,
      from_name: d ? name(d.fromUuid) : null,
      to_name: d ? name(d.toUuid) : null,
      due_at: d ? d.dueAt : null,
    };
  });
  const { rows: written } = await ctx.client.query<{ partner_id: string }>(
    `with u as (
       select * from json_to_recordset($5::json)
         as u(partner_id uuid, tier_id uuid, since timestamptz, explanation text, details jsonb, fingerprint text,
              pending_demotion boolean, pending_tier_id uuid, pending_due_at timestamptz, warned_at timestamptz,
              read_version int, decision_id uuid, kind text, from_id uuid, to_id uuid, from_name text, to_name text,
              due_at timestamptz)
     ), w as (
       insert into partner_tiers as pt (workspace_id, partner_id, program_id, tier_id, since, evaluated_at, explanation,
          details, fingerprint, pending_demotion, pending_tier_id, pending_due_at, warned_at, updated_at, version)
       select $1, u.partner_id, $2, u.tier_id, u.since, $3, u.explanation, u.details, u.fingerprint,
              u.pending_demotion, u.pending_tier_id, u.pending_due_at, u.warned_at, $3, u.read_version + 1
         from u
       on conflict (workspace_id, partner_id) do update set
          program_id = excluded.program_id, tier_id = excluded.tier_id, since = excluded.since,
          evaluated_at = excluded.evaluated_at, explanation = excluded.explanation, details = excluded.details,
          fingerprint = excluded.fingerprint, pending_demotion = excluded.pending_demotion,
          pending_tier_id = excluded.pending_tier_id, pending_due_at = excluded.pending_due_at,
          warned_at = excluded.warned_at, updated_at = excluded.updated_at, version = excluded.version
        where pt.version = excluded.version - 1
       returning pt.partner_id, pt.details
     ), d as (
       insert into tier_decisions (workspace_id, id, partner_id, program_id, kind, from_tier_id, to_tier_id,
          from_tier_name, to_tier_name, explanation, details, due_at, actor_id, decided_at)
       select $1, u.decision_id, u.partner_id, $2, u.kind, u.from_id, u.to_id, u.from_name, u.to_name, u.explanation,
              w.details, u.due_at, $4, $3
         from w join u on u.partner_id = w.partner_id
        where u.kind is not null
     )
     select partner_id from w`,
    [ws, program, now, actorId(ctx.actor), JSON.stringify(batch)],
  );
  const writtenSet = new Set(written.map((r) => r.partner_id));
  const decidedIdx = changes.flatMap((c, i) => (c.next.decision && writtenSet.has(c.partnerUuid) ? [i] : []));
  if (decidedIdx.length === 0) return written.length;
  const decided = decidedIdx.map((i) => changes[i]!);
  const warnings: { partnerUuid: string; from: string | null; to: string | null; dueAt: Date }[] = [];
  // A first placement is no promotion or demotion: it is in tier_decisions like every decision,
  // but goes into the audit log as one summary entry per batch, without a tier.changed event
  // (a program's first recompute places every partner at once; measured at 10,000 partners, a
  // chained audit entry and event per placement cost ~40 % of the whole write-back).
  const placed = decided.filter((c) => c.next.decision!.kind === 'placed');
  if (placed.length > 0) {
    const counts: Record<string, number> = {};
    for (const c of placed) {
      const n = name(c.next.decision!.toUuid) ?? 'none';
      counts[n] = (counts[n] ?? 0) + 1;
    }
    ctx.audit({
      action: 'tier.placed',
      objectType: 'program',
      objectId: config.programId,
      after: { programId: config.programId, partners: placed.length, byTier: counts },
    });
  }
  for (const [i, c] of decided.entries()) {
    const d = c.next.decision!;
    if (d.kind === 'placed') continue;
    const partnerId = uuidToId('partner', c.partnerUuid);
    ctx.audit({
      action: auditAction[d.kind as Exclude<DecisionKind, 'placed'>],
      objectType: 'partner',
      objectId: partnerId,
      partnerId,
      after: {
        partnerId,
        programId: config.programId,
        decisionId: uuidToId('tierDecision', ids[decidedIdx[i]!]!),
        kind: d.kind,
        from: name(d.fromUuid),
        to: name(d.toUuid),
        ...(d.dueAt ? { dueAt: d.dueAt.toISOString() } : {}),
        explanation: c.explanation,
      },
    });
    if (d.kind === 'demotion_pending')
      warnings.push({
        partnerUuid: c.partnerUuid,
        from: name(d.fromUuid),
        to: name(d.toUuid),
        dueAt: d.dueAt!,
      });
  }
  if (warnings.length) await queueWarnings(ctx, config, warnings, decided);
  return written.length;
}

/** The demotion warning to every partner admin of each partner, in the admin's language. */
async function queueWarnings(
  ctx: Ctx,
  config: ProgramConfig,
  warnings: { partnerUuid: string; from: string | null; to: string | null; dueAt: Date }[],
  changes: Change[],
) {
  const { rows } = await ctx.client.query<{
    partner_id: string;
    email: string;
    name: string;
    locale: string;
    partner_name: string;
  }>(
    `select m.partner_id, u.email, u.name, u.locale, p.name as partner_name
       from memberships m
       join users u on u.id = m.user_id
       join partners p on p.workspace_id = m.workspace_id and p.id = m.partner_id
      where m.workspace_id = $1 and m.role = 'partner_admin' and m.partner_id = any($2::uuid[])`,
    [idToUuid(config.workspaceId), warnings.map((w) => w.partnerUuid)],
  );
  const byPartner = new Map(warnings.map((w) => [w.partnerUuid, w]));
  const explanation = new Map(changes.map((c) => [c.partnerUuid, c.explanation]));
  for (const r of rows) {
    const w = byPartner.get(r.partner_id)!;
    await queueMail(
      ctx.client,
      { config: ctx.config, clock: ctx.clock },
      {
        workspaceId: config.workspaceId,
        to: r.email,
        template: 'tier_demotion_warning',
        locale: r.locale,
        data: {
          name: r.name,
          partnerName: r.partner_name,
          programName: config.name,
          fromTier: w.from ?? '—',
          toTier: w.to,
          dueAt: w.dueAt.toISOString(),
          explanation: explanation.get(r.partner_id) ?? '',
          url: `${ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`}/tier`,
        },
      },
    );
  }
}

export type RecomputeResult = { partners: number; changed: number; decisions: number };

/** Evaluates one partner inside the caller's transaction (after ingestion, or on demand). */
export async function recomputePartner(ctx: Ctx, programId: string, partnerId: string) {
  const loaded = await loadProgram(ctx.client, ctx.requireWorkspace(), programId);
  if (!loaded || loaded.tiers.length === 0) return { partners: 0, changed: 0 };
  const now = ctx.clock.now();
  const plan = planAggregate(loaded.tiers, true);
  const { rows } = await ctx.client.query<unknown[]>({
    text: plan.stateSql,
    values: windowParams(loaded.config, now, partnerId),
    rowMode: 'array',
  });
  const changes = evaluateRows(rows, plan, loaded.tiers, loaded.definitionHash, loaded.config, now);
  const changed = await writeChanges(ctx, loaded.config, loaded.tiers, changes, now);
  return { partners: rows.length, changed };
}

/**
 * Recomputes every partner of a program. The state query runs once (one snapshot); the
 * write-back commits in batches of WRITE_BATCH as `actor`, each with its own audit entries, so a
 * 100,000-partner program never holds one giant transaction. Call it holding the program's lease.
 */
export async function recomputeProgram(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  programId: string,
): Promise<RecomputeResult> {
  const now = deps.clock.now();
  const read = await withTenantTx(
    deps,
    actor,
    async (ctx) => {
      const loaded = await loadProgram(ctx.client, workspaceId, programId);
      if (!loaded || loaded.tiers.length === 0) return null;
      const plan = planAggregate(loaded.tiers, false);
      // A read of every partner: a nested loop is never the right plan for it, and right after a
      // first placement wrote 100,000 state rows their statistics still say "empty", which made
      // the planner loop over partner_tiers per partner (measured: 11 s instead of 0.15 s at
      // 10,000 partners). Hash and merge joins only, for this read-only transaction — and memory
      // enough that the aggregate's sort and the hash joins over 100,000 rows stay off disk
      // (at 100,000 partners the default 4 MB spilled both to disk; 64 MB cut the query ~25 %).
      await ctx.client.query("set local enable_nestloop = off; set local work_mem = '64MB'");
      const { rows } = await ctx.client.query<unknown[]>({
        text: plan.stateSql,
        values: windowParams(loaded.config, now),
        rowMode: 'array',
      });
      const changes = evaluateRows(rows, plan, loaded.tiers, loaded.definitionHash, loaded.config, now);
      return { loaded, changes, partners: rows.length };
    },
    { readOnly: true },
  );
  if (!read) return { partners: 0, changed: 0, decisions: 0 };
  const { loaded, changes } = read;
  let changed = 0;
  for (let i = 0; i < changes.length; i += WRITE_BATCH) {
    const batch = changes.slice(i, i + WRITE_BATCH);
    changed += await withTenantTx(deps, actor, async (ctx) => {
      // The batch statement joins the rows it wrote back to its input; with thousands of rows a
      // nested loop there is quadratic, and a CTE's row count is invisible to the planner.
      // No waiting for the WAL flush at each batch's commit: a crash can lose only the last
      // batches, whole (state, decisions and audit entries together), and the next run recomputes
      // exactly those partners. The flush wait was up to half of each batch's time when measured.
      await ctx.client.query('set local enable_nestloop = off; set local synchronous_commit = off');
      return writeChanges(ctx, loaded.config, loaded.tiers, batch, now);
    });
  }
  return { partners: read.partners, changed, decisions: changes.filter((c) => c.next.decision).length };
}
