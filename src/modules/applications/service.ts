import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx, Deps } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import { publicBaseUrl } from '../../platform/auth/service.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { queueMail } from '../../platform/mail/index.js';
import { transitionPartner } from '../lifecycle/service.js';
import { getProgram } from '../programs/index.js';
import type { DecisionInput, ListApplicationsInput } from './schemas.js';
import { type ApplicationEvent, type ApplicationStatus, applications } from './tables.js';
import { statusToken } from './tokens.js';

export type ApplicationRow = typeof applications.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The API shape. A partner user reading its own organisation's application sees what the
 * applicant may see: no vetting reasons (screening and duplicate findings are staff-only).
 */
export function toApplication(row: ApplicationRow, forPartner = false) {
  return {
    id: row.id,
    programId: row.programId,
    partnerId: row.partnerId,
    userId: row.userId,
    status: row.status,
    companyName: row.companyName,
    country: row.country,
    contactName: row.contactName,
    email: row.email,
    locale: row.locale,
    facts: row.facts as Record<string, unknown>,
    decision: forPartner ? null : (row.decision as 'approve' | 'reject' | 'manual_review' | null),
    reasons: forPartner ? [] : row.reasons,
    applicantReason: row.applicantReason,
    history: forPartner ? [] : row.history,
    verifiedAt: iso(row.verifiedAt),
    reviewedAt: iso(row.reviewedAt),
    decidedAt: iso(row.decidedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const scope = (ctx: Ctx) =>
  tenantWhere(ctx, { workspaceId: applications.workspaceId, partnerId: applications.partnerId });

/** Vendor staff need applications.review; partner users see only their own (the wall does the rest). */
function requireReader(ctx: Ctx) {
  if (!ctx.partnerId) ctx.authorize('applications.review');
}

export async function listApplications(ctx: Ctx, q: ListApplicationsInput) {
  requireReader(ctx);
  const ks = keyset({
    sort: q.sort,
    columns: {
      created_at: applications.createdAt,
      updated_at: applications.updatedAt,
      company_name: applications.companyName,
    },
    id: applications.id,
    cursor: q.cursor,
  });
  const conditions: (SQL | undefined)[] = [scope(ctx), ks.where];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(applications.companyName, like), ilike(applications.email, like)));
  }
  if (q['filter[status]']) conditions.push(eq(applications.status, q['filter[status]']));
  if (q['filter[decision]']) conditions.push(eq(applications.decision, q['filter[decision]']));
  if (q['filter[programId]']) conditions.push(eq(applications.programId, q['filter[programId]']));
  if (q['filter[country]']) conditions.push(eq(applications.country, q['filter[country]']));
  const rows = await ctx.db
    .select()
    .from(applications)
    .where(and(...conditions))
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const sortKey = (
    { created_at: 'createdAt', updated_at: 'updatedAt', company_name: 'companyName' } as const
  )[ks.sortColumnKey as 'created_at'];
  const page = pageFrom(rows, q.limit, q.sort, sortKey);
  return { data: page.data.map((r) => toApplication(r, !!ctx.partnerId)), nextCursor: page.nextCursor };
}

export async function getApplication(ctx: Ctx, id: string) {
  requireReader(ctx);
  return toApplication(await applicationRow(ctx, id), !!ctx.partnerId);
}

export async function applicationRow(ctx: Ctx, id: string, lock = false): Promise<ApplicationRow> {
  const query = ctx.db
    .select()
    .from(applications)
    .where(and(scope(ctx), eq(applications.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('application');
  return row;
}

/** Writes the changed columns, bumps the version and appends one history entry. */
export async function saveApplication(
  ctx: Ctx,
  id: string,
  set: Partial<typeof applications.$inferInsert>,
  event: Omit<ApplicationEvent, 'at' | 'by'>,
): Promise<ApplicationRow> {
  const entry: ApplicationEvent = { at: ctx.clock.now().toISOString(), by: actorId(ctx.actor), ...event };
  const [row] = await ctx.db
    .update(applications)
    .set({
      ...set,
      updatedAt: ctx.clock.now(),
      version: sql`${applications.version} + 1`,
      history: sql`${applications.history} || ${JSON.stringify([entry])}::jsonb`,
    })
    .where(and(scope(ctx), eq(applications.id, id)))
    .returning();
  return row!;
}

export const statusUrl = (deps: Pick<Deps, 'config'>, applicationId: string) =>
  `${publicBaseUrl(deps)}/apply/status#token=${encodeURIComponent(statusToken(deps, applicationId))}`;

/** Tells the applicant about a final decision, in the language they applied in. */
export async function mailDecision(
  ctx: Ctx,
  row: ApplicationRow,
  programName: string,
  outcome: 'approved' | 'rejected',
  reason: string | null,
) {
  await queueMail(ctx.client, ctx, {
    workspaceId: ctx.requireWorkspace(),
    to: row.email,
    template: 'application_decided',
    locale: row.locale,
    data: {
      name: row.contactName,
      programName,
      outcome,
      reason,
      url: outcome === 'approved' ? `${publicBaseUrl(ctx)}/login` : statusUrl(ctx, row.id),
    },
  });
}

/**
 * A reviewer's decision on a verified application waiting in the queue (or waiting for the
 * applicant's answer). Approve moves the partner to onboarding, reject offboards it with the
 * reason, request_info asks the applicant; the applicant is told the reason every time.
 */
export async function decideApplication(ctx: Ctx, id: string, input: DecisionInput) {
  const row = await applicationRow(ctx, id, true);
  if (row.status !== 'submitted' && row.status !== 'info_requested') {
    throw new AppError(
      'conflict',
      row.status === 'pending_verification'
        ? 'The applicant has not confirmed the e-mail address yet; the application does not count.'
        : `The application is already ${row.status}.`,
      { status: row.status },
    );
  }
  const program = await getProgram(ctx, row.programId);
  const now = ctx.clock.now();
  const status: ApplicationStatus =
    input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'info_requested';
  const saved = await saveApplication(
    ctx,
    id,
    {
      status,
      applicantReason: input.reason,
      reviewedBy: actorId(ctx.actor),
      reviewedAt: now,
      ...(status === 'info_requested' ? {} : { decidedAt: now }),
    },
    { action: input.decision, reason: input.reason },
  );
  if (row.partnerId && input.decision === 'approve') {
    await transitionPartner(ctx, row.partnerId, 'onboarding', `Application approved: ${input.reason}`);
  }
  if (row.partnerId && input.decision === 'reject') {
    await transitionPartner(ctx, row.partnerId, 'offboarded', `Application rejected: ${input.reason}`);
  }
  if (input.decision === 'request_info') {
    await queueMail(ctx.client, ctx, {
      workspaceId: ctx.requireWorkspace(),
      to: row.email,
      template: 'application_info_requested',
      locale: row.locale,
      data: {
        name: row.contactName,
        programName: program.name,
        reason: input.reason,
        respondUrl: statusUrl(ctx, row.id),
      },
    });
  } else {
    await mailDecision(ctx, saved, program.name, status as 'approved' | 'rejected', input.reason);
  }
  ctx.audit({
    action: 'application.decided',
    objectType: 'application',
    objectId: id,
    partnerId: row.partnerId,
    before: { status: row.status },
    after: { id, decision: input.decision, reasons: [input.reason], by: 'reviewer' },
  });
  return toApplication(saved);
}
