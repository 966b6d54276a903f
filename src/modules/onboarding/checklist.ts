import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { transitionPartner } from '../lifecycle/service.js';
import { programAgreementIds } from './agreements.js';
import { loadPartner, type PartnerRow } from './common.js';
import type { Onboarding, OnboardingTask } from './schemas.js';
import {
  checklists,
  documents,
  onboardingTasks,
  type TaskKind,
  type TaskStatus,
  type TemplateTask,
} from './tables.js';
import { pickTemplate } from './templates.js';

type TaskRow = typeof onboardingTasks.$inferSelect;
type ChecklistRow = typeof checklists.$inferSelect;

export const DEFAULT_REMINDER_DAYS = [3, 7, 14];
export const ACTIVATION_REASON = 'Every required onboarding task is done.';

const task = (
  kind: TaskKind,
  title: string,
  description: string,
  agreementId: string | null = null,
): TemplateTask => ({
  kind,
  title,
  description,
  required: true,
  agreementId,
  config: {},
});

/** Without a template: sign each of the program's agreements, then tax and bank details. */
async function defaultTasks(ctx: Ctx, programId: string | null): Promise<TemplateTask[]> {
  const agreementIds = programId ? await programAgreementIds(ctx, programId) : [];
  return [
    ...agreementIds.map((id) =>
      task('agreement', 'Sign the partner agreement', 'Read the agreement and sign it electronically.', id),
    ),
    task('tax', 'Tax details', 'W-9 (US), W-8BEN-E (non-US entities) or your country tax number.'),
    task('bank', 'Bank details', 'The account partner payouts go to.'),
  ];
}

export async function openChecklist(ctx: Ctx, partnerId: string): Promise<ChecklistRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(checklists)
    .where(
      and(
        eq(checklists.workspaceId, ctx.requireWorkspace()),
        eq(checklists.partnerId, partnerId),
        isNull(checklists.completedAt),
      ),
    );
  return row;
}

/**
 * Starts the partner's checklist (called when it enters `onboarding`): from the program's
 * template for its type, else the program default, else the default checklist. A partner that
 * already has an open checklist keeps it.
 */
export async function startOnboarding(ctx: Ctx, partnerId: string): Promise<string> {
  const partner = await loadPartner(ctx, partnerId);
  const existing = await openChecklist(ctx, partnerId);
  if (existing) return existing.id;
  const template = partner.programId ? await pickTemplate(ctx, partner.programId, partner.types) : undefined;
  let tasks = template?.tasks ?? (await defaultTasks(ctx, partner.programId));
  // A template's agreement task without a named agreement means "the program's agreement".
  if (partner.programId && tasks.some((t) => t.kind === 'agreement' && !t.agreementId)) {
    const [first] = await programAgreementIds(ctx, partner.programId);
    tasks = tasks.map((t) =>
      t.kind === 'agreement' && !t.agreementId ? { ...t, agreementId: first ?? null } : t,
    );
  }
  const ws = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const id = newId('checklist');
  await ctx.db.insert(checklists).values({
    workspaceId: ws,
    id,
    partnerId,
    programId: partner.programId,
    templateId: template?.id ?? null,
    name: template?.name ?? 'Onboarding',
    reminderDays: template?.reminderDays ?? DEFAULT_REMINDER_DAYS,
    startedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  if (tasks.length > 0) {
    await ctx.db.insert(onboardingTasks).values(
      tasks.map((t, position) => ({
        workspaceId: ws,
        id: newId('onboardingTask'),
        partnerId,
        checklistId: id,
        position,
        kind: t.kind,
        title: t.title,
        description: t.description,
        required: t.required,
        agreementId: t.agreementId,
        config: t.config,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  ctx.audit({
    action: 'onboarding.started',
    objectType: 'checklist',
    objectId: id,
    partnerId,
    after: { id, partnerId, templateId: template?.id ?? null, tasks: tasks.map((t) => t.kind) },
  });
  return id;
}

const days = (from: Date | null, to: Date | null) =>
  from && to ? Math.round(((to.getTime() - from.getTime()) / 86_400_000) * 100) / 100 : null;

function milestones(p: PartnerRow, checklist: ChecklistRow | undefined) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    appliedAt: iso(p.appliedAt),
    onboardingStartedAt: iso(checklist?.startedAt ?? null),
    activatedAt: iso(p.activatedAt),
    firstDealRegisteredAt: iso(p.firstDealRegisteredAt),
    firstDealWonAt: iso(p.firstDealWonAt),
    daysApplicationToActivation: days(p.appliedAt, p.activatedAt),
    daysActivationToFirstDeal: days(p.activatedAt, p.firstDealRegisteredAt),
    daysFirstDealToFirstWin: days(p.firstDealRegisteredAt, p.firstDealWonAt),
    daysApplicationToFirstWin: days(p.appliedAt, p.firstDealWonAt),
  };
}

export function toTask(
  r: TaskRow,
  docs: (typeof documents.$inferSelect)[] = [],
): z.output<typeof OnboardingTask> {
  return {
    id: r.id,
    checklistId: r.checklistId,
    kind: r.kind,
    title: r.title,
    description: r.description,
    required: r.required,
    agreementId: r.agreementId,
    config: r.config,
    status: r.status,
    statusChangedAt: r.statusChangedAt?.toISOString() ?? null,
    statusChangedBy: r.statusChangedBy,
    statusReason: r.statusReason,
    documents: docs.map((d) => ({
      id: d.id,
      taskId: d.taskId,
      contentType: d.contentType as 'application/pdf',
      size: d.size,
      sha256: d.sha256,
      uploadedAt: d.uploadedAt.toISOString(),
    })),
    version: r.version,
  };
}

const isClosed = (s: TaskStatus) => s === 'done' || s === 'waived';

/** The partner's onboarding: its latest checklist (open, else the last completed), tasks, milestones. */
export async function getOnboarding(ctx: Ctx, partnerId: string): Promise<z.output<typeof Onboarding>> {
  const partner = await loadPartner(ctx, partnerId);
  const ws = ctx.requireWorkspace();
  const [checklist] = await ctx.db
    .select()
    .from(checklists)
    .where(and(eq(checklists.workspaceId, ws), eq(checklists.partnerId, partnerId)))
    .orderBy(sql`${checklists.completedAt} is null desc`, desc(checklists.startedAt))
    .limit(1);
  const tasks = checklist
    ? await ctx.db
        .select()
        .from(onboardingTasks)
        .where(and(eq(onboardingTasks.workspaceId, ws), eq(onboardingTasks.checklistId, checklist.id)))
        .orderBy(asc(onboardingTasks.position))
    : [];
  const docs =
    tasks.length > 0
      ? await ctx.db
          .select()
          .from(documents)
          .where(
            and(
              eq(documents.workspaceId, ws),
              inArray(
                documents.taskId,
                tasks.map((t) => t.id),
              ),
            ),
          )
          .orderBy(asc(documents.uploadedAt))
      : [];
  const required = tasks.filter((t) => t.required);
  return {
    partnerId,
    partnerStatus: partner.status,
    checklist: checklist
      ? {
          id: checklist.id,
          name: checklist.name,
          templateId: checklist.templateId,
          startedAt: checklist.startedAt.toISOString(),
          completedAt: checklist.completedAt?.toISOString() ?? null,
          reminderDays: checklist.reminderDays,
          progress: {
            required: required.length,
            requiredDone: required.filter((t) => isClosed(t.status)).length,
            total: tasks.length,
          },
        }
      : null,
    tasks: tasks.map((t) =>
      toTask(
        t,
        docs.filter((d) => d.taskId === t.id),
      ),
    ),
    milestones: milestones(partner, checklist),
  };
}

/** A task of the partner's checklist, locked for the change about to be made (unless only read). */
export async function lockTask(
  ctx: Ctx,
  partnerId: string,
  taskId: string,
  forUpdate = true,
): Promise<TaskRow> {
  await loadPartner(ctx, partnerId);
  const query = ctx.db
    .select()
    .from(onboardingTasks)
    .where(
      and(
        eq(onboardingTasks.workspaceId, ctx.requireWorkspace()),
        eq(onboardingTasks.partnerId, partnerId),
        eq(onboardingTasks.id, taskId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('onboarding task');
  return row;
}

async function checklistOf(ctx: Ctx, checklistId: string): Promise<ChecklistRow> {
  const [row] = await ctx.db
    .select()
    .from(checklists)
    .where(and(eq(checklists.workspaceId, ctx.requireWorkspace()), eq(checklists.id, checklistId)))
    .for('update');
  if (!row) throw notFound('checklist');
  return row;
}

/**
 * Changes a task's status, records who/when/why, emits onboarding.task_completed for done and
 * waived, and completes the checklist (activating the partner) when that was the last one.
 */
export async function setTaskStatus(
  ctx: Ctx,
  row: TaskRow,
  status: TaskStatus,
  reason: string | null,
): Promise<TaskRow> {
  const checklist = await checklistOf(ctx, row.checklistId);
  if (checklist.completedAt && status === 'todo') {
    throw new AppError(
      'conflict',
      'This checklist is already complete; a completed onboarding is not reopened.',
    );
  }
  if (row.status === status) return row;
  const now = ctx.clock.now();
  const [after] = await ctx.db
    .update(onboardingTasks)
    .set({
      status,
      statusChangedAt: now,
      statusChangedBy: actorId(ctx.actor),
      statusReason: reason,
      updatedAt: now,
      version: sql`${onboardingTasks.version} + 1`,
    })
    .where(and(eq(onboardingTasks.workspaceId, row.workspaceId), eq(onboardingTasks.id, row.id)))
    .returning();
  ctx.audit({
    action: isClosed(status) ? 'onboarding.task_completed' : 'onboarding.task_reopened',
    objectType: 'onboardingTask',
    objectId: row.id,
    partnerId: row.partnerId,
    before: { status: row.status },
    after: { id: row.id, kind: row.kind, status, ...(reason ? { reason } : {}) },
  });
  if (isClosed(status) && !checklist.completedAt) await completeIfDone(ctx, checklist);
  return after!;
}

async function completeIfDone(ctx: Ctx, checklist: ChecklistRow): Promise<void> {
  const tasks = await ctx.db
    .select({ required: onboardingTasks.required, status: onboardingTasks.status })
    .from(onboardingTasks)
    .where(
      and(
        eq(onboardingTasks.workspaceId, checklist.workspaceId),
        eq(onboardingTasks.checklistId, checklist.id),
      ),
    );
  if (tasks.some((t) => t.required && !isClosed(t.status))) return;
  const now = ctx.clock.now();
  await ctx.db
    .update(checklists)
    .set({ completedAt: now, updatedAt: now, version: sql`${checklists.version} + 1` })
    .where(and(eq(checklists.workspaceId, checklist.workspaceId), eq(checklists.id, checklist.id)));
  ctx.audit({
    action: 'onboarding.completed',
    objectType: 'checklist',
    objectId: checklist.id,
    partnerId: checklist.partnerId,
    after: { id: checklist.id, partnerId: checklist.partnerId },
  });
  const partner = await loadPartner(ctx, checklist.partnerId);
  // Staff may have moved the partner on already (or paused it): only an onboarding partner activates.
  if (partner.status === 'onboarding') {
    await transitionPartner(ctx, checklist.partnerId, 'active', ACTIVATION_REASON);
  }
}

/** Marks every open task of a kind in the partner's open checklist done (tax, bank details given). */
export async function completeTasksOfKind(ctx: Ctx, partnerId: string, kind: TaskKind): Promise<number> {
  const checklist = await openChecklist(ctx, partnerId);
  if (!checklist) return 0;
  const rows = await ctx.db
    .select()
    .from(onboardingTasks)
    .where(
      and(
        eq(onboardingTasks.workspaceId, checklist.workspaceId),
        eq(onboardingTasks.checklistId, checklist.id),
        eq(onboardingTasks.kind, kind),
        eq(onboardingTasks.status, 'todo'),
      ),
    )
    .orderBy(asc(onboardingTasks.position))
    .for('update');
  for (const row of rows) await setTaskStatus(ctx, row, 'done', null);
  return rows.length;
}

/**
 * The hook for the enablement module: a partner finished a course, so its open course tasks
 * with that course key are done. Returns how many tasks it completed.
 */
export async function completeCourseTask(ctx: Ctx, partnerId: string, courseKey: string): Promise<number> {
  const checklist = await openChecklist(ctx, partnerId);
  if (!checklist) return 0;
  const rows = await ctx.db
    .select()
    .from(onboardingTasks)
    .where(
      and(
        eq(onboardingTasks.workspaceId, checklist.workspaceId),
        eq(onboardingTasks.checklistId, checklist.id),
        eq(onboardingTasks.kind, 'course'),
        eq(onboardingTasks.status, 'todo'),
        sql`${onboardingTasks.config}->>'courseKey' = ${courseKey}`,
      ),
    )
    .for('update');
  for (const row of rows) await setTaskStatus(ctx, row, 'done', `Course ${courseKey} completed.`);
  return rows.length;
}

/** Partner users complete custom tasks themselves; other kinds complete by doing them. */
export async function completeCustomTask(ctx: Ctx, partnerId: string, taskId: string) {
  const row = await lockTask(ctx, partnerId, taskId);
  if (row.kind !== 'custom') {
    throw new AppError(
      'conflict',
      `A ${row.kind} task completes when it is done (sign, give details, upload, finish the course), not by ticking it.`,
    );
  }
  return toTask(await setTaskStatus(ctx, row, 'done', null));
}

/** Staff: waive, reopen, or mark done (courses before the enablement module exists) with a reason. */
export async function staffSetStatus(
  ctx: Ctx,
  partnerId: string,
  taskId: string,
  status: TaskStatus,
  reason: string,
) {
  const row = await lockTask(ctx, partnerId, taskId);
  return toTask(await setTaskStatus(ctx, row, status, reason));
}

/** Staff start (or find) the checklist of a partner already in onboarding. */
export async function startForPartner(ctx: Ctx, partnerId: string) {
  const partner = await loadPartner(ctx, partnerId);
  if (partner.status !== 'onboarding') {
    throw new AppError('conflict', `The partner is ${partner.status}; checklists start in onboarding.`);
  }
  await startOnboarding(ctx, partnerId);
  return getOnboarding(ctx, partnerId);
}
