import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { programAgreementIds } from './agreements.js';
import { requireProgram, vendorOnly } from './common.js';
import type { OnboardingTemplate, TemplateInput } from './schemas.js';
import { onboardingTemplates } from './tables.js';

type Row = typeof onboardingTemplates.$inferSelect;
type Out = z.output<typeof OnboardingTemplate>;

export const toTemplate = (r: Row): Out => ({
  id: r.id,
  programId: r.programId,
  partnerType: r.partnerType as Out['partnerType'],
  name: r.name,
  reminderDays: r.reminderDays,
  tasks: r.tasks,
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

/** Agreement tasks may name only agreements of the template's own program. */
async function checkAgreements(ctx: Ctx, programId: string, input: z.output<typeof TemplateInput>) {
  const own = new Set(await programAgreementIds(ctx, programId));
  input.tasks.forEach((task, i) => {
    if (task.agreementId && !own.has(task.agreementId)) {
      throw new AppError('validation_failed', `tasks.${i}.agreementId: is not an agreement of this program`, {
        errors: [fieldError('body', ['tasks', i, 'agreementId'], 'is not an agreement of this program')],
      });
    }
    if (task.kind !== 'agreement' && task.agreementId) {
      throw new AppError(
        'validation_failed',
        `tasks.${i}.agreementId: only agreement tasks name an agreement`,
        {
          errors: [fieldError('body', ['tasks', i, 'agreementId'], 'only agreement tasks name an agreement')],
        },
      );
    }
  });
}

export async function listTemplates(ctx: Ctx, programId: string): Promise<Out[]> {
  await requireProgram(ctx, programId);
  const rows = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(
      and(
        eq(onboardingTemplates.workspaceId, ctx.requireWorkspace()),
        eq(onboardingTemplates.programId, programId),
      ),
    )
    .orderBy(asc(onboardingTemplates.createdAt), asc(onboardingTemplates.id));
  return rows.map(toTemplate);
}

export async function createTemplate(
  ctx: Ctx,
  programId: string,
  input: z.output<typeof TemplateInput>,
): Promise<Out> {
  await requireProgram(ctx, programId);
  await checkAgreements(ctx, programId, input);
  const ws = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const row = {
    workspaceId: ws,
    id: newId('onboardingTemplate'),
    programId,
    partnerType: input.partnerType,
    name: input.name,
    tasks: input.tasks,
    reminderDays: [...new Set(input.reminderDays)].sort((a, b) => a - b),
    createdAt: now,
    updatedAt: now,
  };
  const inserted = await ctx.db.insert(onboardingTemplates).values(row).onConflictDoNothing().returning();
  if (inserted.length === 0) {
    throw new AppError(
      'conflict',
      `This program already has a template for ${input.partnerType ?? 'its default'}; change that one instead.`,
    );
  }
  ctx.audit({
    action: 'onboarding_template.created',
    objectType: 'onboardingTemplate',
    objectId: row.id,
    after: row,
  });
  return toTemplate(inserted[0]!);
}

export async function replaceTemplate(
  ctx: Ctx,
  templateId: string,
  input: z.output<typeof TemplateInput>,
): Promise<Out> {
  const ws = vendorOnly(ctx, 'onboarding template');
  const [before] = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(and(eq(onboardingTemplates.workspaceId, ws), eq(onboardingTemplates.id, templateId)))
    .for('update');
  if (!before) throw notFound('onboarding template');
  await checkAgreements(ctx, before.programId, input);
  const [after] = await ctx.db
    .update(onboardingTemplates)
    .set({
      partnerType: input.partnerType,
      name: input.name,
      tasks: input.tasks,
      reminderDays: [...new Set(input.reminderDays)].sort((a, b) => a - b),
      updatedAt: ctx.clock.now(),
      version: sql`${onboardingTemplates.version} + 1`,
    })
    .where(and(eq(onboardingTemplates.workspaceId, ws), eq(onboardingTemplates.id, templateId)))
    .returning();
  ctx.audit({
    action: 'onboarding_template.updated',
    objectType: 'onboardingTemplate',
    objectId: templateId,
    before,
    after,
  });
  return toTemplate(after!);
}

/**
 * The template for a partner: the program's template for the first of the partner's types that
 * has one, else the program default (partner type null), else none.
 */
export async function pickTemplate(ctx: Ctx, programId: string, types: string[]): Promise<Row | undefined> {
  const rows = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(
      and(
        eq(onboardingTemplates.workspaceId, ctx.requireWorkspace()),
        eq(onboardingTemplates.programId, programId),
      ),
    );
  for (const type of types) {
    const match = rows.find((r) => r.partnerType === type);
    if (match) return match;
  }
  return rows.find((r) => r.partnerType === null);
}
