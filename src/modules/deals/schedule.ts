import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { type Ctx, type Deps, withTenantTx } from '../../platform/access/context.js';
import { idToUuid, uuidToId } from '../../platform/ids/index.js';
import { mailPartner, mailUsers } from './notify.js';
import { rulesForProgram } from './program-rules.js';
import { type DealRules, defaultDealRules } from './rules.js';
import { deals } from './tables.js';
import { addActivity, type DealRow, moveDeal } from './transition.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Deals acted on per job per pass; the next pass (a minute later) takes the rest. */
const BATCH = 200;

type Job = 'reminder' | 'escalation' | 'warning' | 'expiry';
type Candidate = { workspace_id: string; id: string };

/**
 * A rule read straight from the stored jsonb for the cross-workspace candidate query, falling
 * back to its default when absent or not a number. The per-deal step re-checks with the parsed
 * rules under the row lock, so this only narrows the candidates.
 */
const ruleNumber = (path: string, fallback: number) =>
  `coalesce(case when jsonb_typeof(p.deal_rules #> '{${path}}') = 'number' then (p.deal_rules #>> '{${path}}')::numeric end, ${fallback})`;
const reminderHours = ruleNumber('review,reminderHours', defaultDealRules.review.reminderHours);
const slaHours = ruleNumber('review,slaHours', defaultDealRules.review.slaHours);
/** The warning offsets of the deal's program, as a set of ints (defaults when absent). */
const warningDays = `(select coalesce(array_agg(x::int), '{}') from jsonb_array_elements_text(
    case when jsonb_typeof(p.deal_rules -> 'expiryWarningDays') = 'array' then p.deal_rules -> 'expiryWarningDays'
         else '${JSON.stringify(defaultDealRules.expiryWarningDays)}'::jsonb end) as w(x) where x ~ '^[0-9]+$')`;

/** The longest warning offset of any program (or the default's), in days. */
const longestWarning = `greatest(${Math.max(...defaultDealRules.expiryWarningDays)}, (select coalesce(max(x::int), 0) from programs p2
    cross join lateral jsonb_array_elements_text(case when jsonb_typeof(p2.deal_rules -> 'expiryWarningDays') = 'array'
      then p2.deal_rules -> 'expiryWarningDays' else '[]'::jsonb end) as w(x) where x ~ '^[0-9]+$'))`;

/**
 * Which deals are due for each job, across workspaces (ids only, no tenant data leaves the
 * query). The current review period starts at submission, or at the last escalation.
 */
export const dueQueries: Record<Job, string> = {
  reminder: `select d.workspace_id::text, d.id::text from deals d
      left join programs p on p.workspace_id = d.workspace_id and p.id = d.program_id
     where d.state in ('submitted','under_review') and d.reminded_at is null and d.submitted_at is not null
       and (case when d.escalation_level = 0 or d.review_due_at is null then d.submitted_at
                 else d.review_due_at - make_interval(hours => ${slaHours}::int) end)
           + make_interval(hours => ${reminderHours}::int) <= $1
       and (d.review_due_at is null or d.review_due_at > $1)
     order by d.submitted_at limit $2`,
  escalation: `select d.workspace_id::text, d.id::text from deals d
     where d.state in ('submitted','under_review') and d.review_due_at <= $1
     order by d.review_due_at limit $2`,
  warning: `select d.workspace_id::text, d.id::text from deals d
      left join programs p on p.workspace_id = d.workspace_id and p.id = d.program_id
     where d.state = 'approved' and d.protection_ends_at > $1
       -- Only deals within the longest warning offset of any program: an index range, not every
       -- approved deal (measured: 1–4 s per pass at 300,000 approved deals without it).
       and d.protection_ends_at <= $1 + make_interval(days => ${longestWarning})
       and exists (select 1 from unnest(${warningDays}) as w(day)
                    where d.protection_ends_at - make_interval(days => w.day) <= $1
                      and not (w.day = any(d.expiry_warnings_sent)))
     order by d.protection_ends_at limit $2`,
  expiry: `select d.workspace_id::text, d.id::text from deals d
     where d.state = 'approved' and d.protection_ends_at <= $1
     order by d.protection_ends_at limit $2`,
};

/**
 * The deal, locked, if it is still in a state the job acts on — or null when another runner
 * holds it (it acts) or already changed it. `skip locked` is what makes concurrent runners
 * never act twice: the loser skips, and a later pass re-reads the winner's committed row.
 */
async function lockDeal(ctx: Ctx, id: string): Promise<DealRow | null> {
  const [row] = await ctx.db
    .select()
    .from(deals)
    .where(and(eq(deals.workspaceId, ctx.requireWorkspace()), eq(deals.id, id)))
    .for('update', { skipLocked: true });
  return row ?? null;
}

/** Vendor owners and admins: who hears of a review nobody (or nobody left) is assigned to. */
async function ownersAndAdmins(ctx: Ctx): Promise<string[]> {
  const { rows } = await ctx.client.query<{ user_id: string }>(
    `select user_id::text from memberships where workspace_id = $1 and kind = 'vendor' and role in ('owner','admin')
      order by created_at, user_id`,
    [idToUuid(ctx.requireWorkspace())],
  );
  return rows.map((r) => uuidToId('user', r.user_id));
}

const dealRef = (row: DealRow) => ({
  id: row.id,
  partnerId: row.partnerId,
  title: row.title,
  customerName: row.customerName,
  registeredBy: row.registeredBy,
});

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const pendingReview = (row: DealRow) => row.state === 'submitted' || row.state === 'under_review';

/** When the current review period started: submission, or the last escalation. */
function periodStart(row: DealRow, rules: DealRules): Date | null {
  if (row.escalationLevel === 0 || !row.reviewDueAt) return row.submittedAt;
  return new Date(row.reviewDueAt.getTime() - rules.review.slaHours * HOUR_MS);
}

async function remind(ctx: Ctx, row: DealRow, rules: DealRules): Promise<boolean> {
  const now = ctx.clock.now();
  const start = periodStart(row, rules);
  if (!pendingReview(row) || row.remindedAt || !start) return false;
  if (start.getTime() + rules.review.reminderHours * HOUR_MS > now.getTime()) return false;
  // Past the deadline the escalation speaks instead.
  if (row.reviewDueAt && row.reviewDueAt <= now) return false;
  await ctx.db
    .update(deals)
    .set({ remindedAt: now, updatedAt: now, version: sql`${deals.version} + 1` })
    .where(and(eq(deals.workspaceId, row.workspaceId), eq(deals.id, row.id)));
  const to = row.assigneeUserId ? [row.assigneeUserId] : await ownersAndAdmins(ctx);
  const due = row.reviewDueAt ? `The review is due by ${row.reviewDueAt.toISOString()}.` : null;
  await mailUsers(ctx, to, dealRef(row), 'review_reminder', due);
  return true;
}

async function escalate(ctx: Ctx, row: DealRow, rules: DealRules): Promise<boolean> {
  const now = ctx.clock.now();
  if (!pendingReview(row) || !row.reviewDueAt || row.reviewDueAt > now) return false;
  const level = row.escalationLevel + 1;
  // Level 0 is the first approver; each escalation moves one further down the chain.
  const next = rules.review.approverUserIds[level] ?? null;
  const assignee = next?.startsWith('usr_') ? next : null;
  const dueAt = new Date(now.getTime() + rules.review.slaHours * HOUR_MS);
  await ctx.db
    .update(deals)
    .set({
      escalationLevel: level,
      assigneeUserId: assignee,
      reviewDueAt: dueAt,
      remindedAt: null,
      updatedAt: now,
      version: sql`${deals.version} + 1`,
    })
    .where(and(eq(deals.workspaceId, row.workspaceId), eq(deals.id, row.id)));
  const to = assignee ? [assignee] : await ownersAndAdmins(ctx);
  const body = assignee
    ? `The review passed its deadline (${row.reviewDueAt.toISOString()}) and was escalated to the next approver (level ${level}); due by ${dueAt.toISOString()}.`
    : `The review passed its deadline (${row.reviewDueAt.toISOString()}) and was escalated to the workspace owners and admins (level ${level}); due by ${dueAt.toISOString()}.`;
  await addActivity(ctx, row, {
    kind: 'review_escalated',
    visibility: 'internal',
    body,
    data: {
      level,
      assigneeUserId: assignee,
      previousAssigneeUserId: row.assigneeUserId,
      dueAt: dueAt.toISOString(),
    },
  });
  ctx.audit({
    action: 'deal.review_escalated',
    objectType: 'deal',
    objectId: row.id,
    partnerId: row.partnerId,
    after: { id: row.id, partnerId: row.partnerId, level, assigneeUserId: assignee },
  });
  await mailUsers(ctx, to, dealRef(row), 'review_escalated', body);
  return true;
}

/**
 * The warning offsets (days before the end) that are due and not yet sent, nearest first: the
 * caller announces the first and records all of them, so a runner that was down past several
 * sends one warning, not a burst. None once the protection has ended (expiry speaks then).
 */
export function dueWarningDays(
  endsAt: Date,
  now: Date,
  warningDays: readonly number[],
  sent: readonly number[],
): number[] {
  if (endsAt.getTime() <= now.getTime()) return [];
  return [...new Set(warningDays)]
    .filter((d) => endsAt.getTime() - d * DAY_MS <= now.getTime() && !sent.includes(d))
    .sort((x, y) => x - y);
}

async function warn(ctx: Ctx, row: DealRow, rules: DealRules): Promise<boolean> {
  const now = ctx.clock.now();
  const ends = row.protectionEndsAt;
  if (row.state !== 'approved' || !ends || ends <= now) return false;
  const due = dueWarningDays(ends, now, rules.expiryWarningDays, row.expiryWarningsSent);
  if (due.length === 0) return false;
  // One warning, the nearest; the others that fell due together are recorded as sent with it.
  const daysLeft = due[0]!;
  await ctx.db
    .update(deals)
    .set({
      expiryWarningsSent: [...row.expiryWarningsSent, ...due].sort((x, y) => y - x),
      updatedAt: now,
      version: sql`${deals.version} + 1`,
    })
    .where(and(eq(deals.workspaceId, row.workspaceId), eq(deals.id, row.id)));
  ctx.audit({
    action: 'deal.expiring',
    objectType: 'deal',
    objectId: row.id,
    partnerId: row.partnerId,
    after: { id: row.id, partnerId: row.partnerId, daysLeft, protectionEndsAt: ends.toISOString() },
  });
  const text = `Protection ends on ${isoDate(ends)}; ask for an extension if the deal is still active.`;
  await addActivity(ctx, row, {
    kind: 'expiring',
    body: text,
    data: { daysLeft, protectionEndsAt: ends.toISOString() },
  });
  await mailPartner(ctx, dealRef(row), 'expiring', text);
  return true;
}

async function expire(ctx: Ctx, row: DealRow): Promise<boolean> {
  const now = ctx.clock.now();
  const ends = row.protectionEndsAt;
  if (row.state !== 'approved' || !ends || ends > now) return false;
  await moveDeal(ctx, row, 'expired', {
    reason: `Protection ended on ${isoDate(ends)} without a win or an extension.`,
    data: { protectionEndsAt: ends.toISOString() },
  });
  return true;
}

const actions: Record<Job, (ctx: Ctx, row: DealRow, rules: DealRules) => Promise<boolean>> = {
  escalation: escalate,
  reminder: remind,
  expiry: (ctx, row) => expire(ctx, row),
  warning: warn,
};

export type DealScheduleResult = Record<Job, number> & { failed: number; errors: string[] };

/**
 * The scheduled step of runBackgroundWork: review reminders, SLA escalations, protection expiry
 * and its warnings. Candidates are found across workspaces on the system pool; each deal is then
 * handled in its own tenant transaction as the system actor, under a row lock taken with
 * `skip locked` and a re-check of the due condition, so any number of runners may run this at
 * once and each effect (state change, timeline, audit + event, mail) happens exactly once. A
 * failing deal is logged through the result and retried next pass; the others still run.
 */
export async function runDealSchedule(deps: Deps): Promise<DealScheduleResult> {
  const result: DealScheduleResult = {
    escalation: 0,
    reminder: 0,
    expiry: 0,
    warning: 0,
    failed: 0,
    errors: [],
  };
  // Escalation before reminders (a new period starts), expiry before warnings (too late to warn).
  for (const job of ['escalation', 'reminder', 'expiry', 'warning'] as const) {
    const { rows } = await deps.pools.system.query<Candidate>(dueQueries[job], [deps.clock.now(), BATCH]);
    for (const c of rows) {
      const workspaceId = uuidToId('workspace', c.workspace_id);
      const actor: Actor = { kind: 'system', workspaceId, job: `deals.${job}` };
      try {
        const acted = await withTenantTx(deps, actor, async (ctx) => {
          const row = await lockDeal(ctx, uuidToId('deal', c.id));
          if (!row) return false;
          return actions[job](ctx, row, await rulesForProgram(ctx, row.programId));
        });
        if (acted) result[job]++;
      } catch (err) {
        result.failed++;
        if (result.errors.length < 10)
          result.errors.push(`${job} ${uuidToId('deal', c.id)}: ${(err as Error).message}`);
      }
    }
  }
  return result;
}
