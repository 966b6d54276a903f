import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { requireProgram, sha256Hex, vendorOnly } from './common.js';
import type { Agreement, AgreementVersion, CreateAgreement, PublishAgreementVersion } from './schemas.js';
import { agreements, agreementVersions } from './tables.js';

type VersionRow = typeof agreementVersions.$inferSelect;
type AgreementOut = z.output<typeof Agreement>;

export const toVersionSummary = (v: VersionRow) => ({
  id: v.id,
  agreementId: v.agreementId,
  versionNumber: v.versionNumber,
  title: v.title,
  sha256: v.sha256,
  publishedAt: v.publishedAt.toISOString(),
  publishedBy: v.publishedBy,
});
export const toVersion = (v: VersionRow): z.output<typeof AgreementVersion> => ({
  ...toVersionSummary(v),
  body: v.body,
});

async function versionsOf(ctx: Ctx, ids: string[]): Promise<Map<string, VersionRow[]>> {
  const out = new Map<string, VersionRow[]>();
  if (ids.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(agreementVersions)
    .where(
      and(
        eq(agreementVersions.workspaceId, ctx.requireWorkspace()),
        inArray(agreementVersions.agreementId, ids),
      ),
    )
    .orderBy(desc(agreementVersions.versionNumber));
  for (const r of rows) out.set(r.agreementId, [...(out.get(r.agreementId) ?? []), r]);
  return out;
}

function toAgreement(a: typeof agreements.$inferSelect, versions: VersionRow[]): AgreementOut {
  return {
    id: a.id,
    programId: a.programId,
    title: a.title,
    createdAt: a.createdAt.toISOString(),
    currentVersion: toVersionSummary(versions[0]!),
    versions: versions.map(toVersionSummary),
  };
}

export async function listAgreements(ctx: Ctx, programId: string): Promise<AgreementOut[]> {
  await requireProgram(ctx, programId);
  const rows = await ctx.db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ctx.requireWorkspace()), eq(agreements.programId, programId)))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  const versions = await versionsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAgreement(r, versions.get(r.id) ?? []));
}

export async function getAgreement(ctx: Ctx, agreementId: string): Promise<AgreementOut> {
  const ws = vendorOnly(ctx, 'agreement');
  const [row] = await ctx.db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ws), eq(agreements.id, agreementId)));
  if (!row) throw notFound('agreement');
  return toAgreement(row, (await versionsOf(ctx, [row.id])).get(row.id) ?? []);
}

export async function createAgreement(
  ctx: Ctx,
  programId: string,
  input: z.output<typeof CreateAgreement>,
): Promise<AgreementOut> {
  await requireProgram(ctx, programId);
  const ws = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const id = newId('agreement');
  await ctx.db
    .insert(agreements)
    .values({ workspaceId: ws, id, programId, title: input.title, createdAt: now, updatedAt: now });
  const version = await insertVersion(ctx, id, 1, input.title, input.body);
  ctx.audit({
    action: 'agreement.created',
    objectType: 'agreement',
    objectId: id,
    after: { id, programId, title: input.title, versionId: version.id, sha256: version.sha256 },
  });
  return getAgreement(ctx, id);
}

async function insertVersion(
  ctx: Ctx,
  agreementId: string,
  versionNumber: number,
  title: string,
  body: string,
) {
  const row: VersionRow = {
    workspaceId: ctx.requireWorkspace(),
    id: newId('agreementVersion'),
    agreementId,
    versionNumber,
    title,
    body,
    sha256: sha256Hex(Buffer.from(body, 'utf8')),
    publishedAt: ctx.clock.now(),
    publishedBy: actorId(ctx.actor),
  };
  await ctx.db.insert(agreementVersions).values(row);
  return row;
}

/**
 * Publishes the text as the next version, unless it is byte-identical to the current one (then
 * the current version is returned and `created` is false). Earlier versions, and the signatures
 * that point at them, are never touched.
 */
export async function publishVersion(
  ctx: Ctx,
  agreementId: string,
  input: z.output<typeof PublishAgreementVersion>,
): Promise<{ created: boolean; version: z.output<typeof AgreementVersion> }> {
  const ws = vendorOnly(ctx, 'agreement');
  // Lock the agreement so two publishers cannot both take the same next number.
  const [agreement] = await ctx.db
    .select()
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ws), eq(agreements.id, agreementId)))
    .for('update');
  if (!agreement) throw notFound('agreement');
  const current = await currentVersion(ctx, agreementId);
  const title = input.title ?? current?.title ?? agreement.title;
  if (current && current.body === input.body && current.title === title) {
    return { created: false, version: toVersion(current) };
  }
  const version = await insertVersion(ctx, agreementId, (current?.versionNumber ?? 0) + 1, title, input.body);
  if (title !== agreement.title) {
    await ctx.db
      .update(agreements)
      .set({ title, updatedAt: ctx.clock.now() })
      .where(and(eq(agreements.workspaceId, ws), eq(agreements.id, agreementId)));
  }
  ctx.audit({
    action: 'agreement.version_published',
    objectType: 'agreement',
    objectId: agreementId,
    before: current ? { versionId: current.id, sha256: current.sha256 } : null,
    after: { versionId: version.id, versionNumber: version.versionNumber, sha256: version.sha256 },
  });
  return { created: true, version: toVersion(version) };
}

export async function currentVersion(ctx: Ctx, agreementId: string): Promise<VersionRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(agreementVersions)
    .where(
      and(
        eq(agreementVersions.workspaceId, ctx.requireWorkspace()),
        eq(agreementVersions.agreementId, agreementId),
      ),
    )
    .orderBy(desc(agreementVersions.versionNumber))
    .limit(1);
  return row;
}

/** Any version by id, workspace-wide (callers decide whether the actor may see it). */
export async function versionById(ctx: Ctx, versionId: string): Promise<VersionRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(agreementVersions)
    .where(
      and(eq(agreementVersions.workspaceId, ctx.requireWorkspace()), eq(agreementVersions.id, versionId)),
    );
  return row;
}

export async function getVersion(ctx: Ctx, versionId: string) {
  vendorOnly(ctx, 'agreement version');
  const row = await versionById(ctx, versionId);
  if (!row) throw notFound('agreement version');
  return toVersion(row);
}

export async function agreementTitle(ctx: Ctx, agreementId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ title: agreements.title })
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ctx.requireWorkspace()), eq(agreements.id, agreementId)));
  return row?.title ?? '';
}

export async function programAgreementIds(ctx: Ctx, programId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.workspaceId, ctx.requireWorkspace()), eq(agreements.programId, programId)))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  return rows.map((r) => r.id);
}
