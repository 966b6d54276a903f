import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { users } from '../../platform/auth/tables.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { currentVersion, toVersion, versionById } from './agreements.js';
import { renderCertificate } from './certificate.js';
import { lockTask, setTaskStatus } from './checklist.js';
import { loadPartner, sha256Hex } from './common.js';
import type { Signature, SignatureVerification, SignInput, TaskAgreement } from './schemas.js';
import { agreementVersions, signatures } from './tables.js';

type SignatureRow = typeof signatures.$inferSelect;

const certificateUrl = (s: { partnerId: string; id: string }) =>
  `/api/v1/partners/${s.partnerId}/onboarding/signatures/${s.id}/certificate.pdf`;

async function toSignature(ctx: Ctx, s: SignatureRow): Promise<z.output<typeof Signature>> {
  const version = await versionById(ctx, s.agreementVersionId);
  return {
    id: s.id,
    partnerId: s.partnerId,
    taskId: s.taskId,
    agreementId: s.agreementId,
    agreementVersionId: s.agreementVersionId,
    versionNumber: version?.versionNumber ?? 0,
    agreementTitle: version?.title ?? '',
    sha256: s.sha256,
    signerName: s.signerName,
    signerEmail: s.signerEmail,
    userId: s.userId,
    signedAt: s.signedAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    certificateSha256: s.certificateSha256,
    certificateUrl: certificateUrl(s),
  };
}

async function agreementTask(ctx: Ctx, partnerId: string, taskId: string, forUpdate: boolean) {
  const task = await lockTask(ctx, partnerId, taskId, forUpdate);
  if (task.kind !== 'agreement') throw notFound('agreement of this task');
  if (!task.agreementId) {
    throw new AppError(
      'conflict',
      'This task names no agreement yet; ask the vendor to publish one or waive the task.',
    );
  }
  return { ...task, agreementId: task.agreementId };
}

/** The exact text the partner is asked to sign (the agreement's current version) and its SHA-256. */
export async function getTaskAgreement(
  ctx: Ctx,
  partnerId: string,
  taskId: string,
): Promise<z.output<typeof TaskAgreement>> {
  const task = await agreementTask(ctx, partnerId, taskId, false);
  const version = await currentVersion(ctx, task.agreementId);
  if (!version) throw notFound('agreement version');
  const [signed] = await ctx.db
    .select({ id: signatures.id })
    .from(signatures)
    .where(
      and(
        eq(signatures.workspaceId, ctx.requireWorkspace()),
        eq(signatures.partnerId, partnerId),
        eq(signatures.agreementVersionId, version.id),
      ),
    )
    .limit(1);
  return { ...toVersion(version), signed: !!signed };
}

/**
 * Records an e-signature. Only a user of the partner signs (a vendor user or an API key cannot
 * sign for it); the version must be the agreement's current one and the SHA-256 the signer
 * confirms must be that version's, so what was shown is provably what was signed. The
 * certificate PDF is rendered once, here, and stored with the signature.
 */
export async function signAgreement(
  ctx: Ctx,
  partnerId: string,
  taskId: string,
  input: z.output<typeof SignInput>,
  request: { ip: string | null; userAgent: string | null },
): Promise<z.output<typeof Signature>> {
  const partner = await loadPartner(ctx, partnerId);
  if (ctx.actor.kind !== 'user' || ctx.partnerId !== partnerId) {
    throw forbidden('Only a user of the partner organisation can sign its agreement.');
  }
  const task = await agreementTask(ctx, partnerId, taskId, true);
  const version = await versionById(ctx, input.agreementVersionId);
  if (!version || version.agreementId !== task.agreementId) {
    throw new AppError('validation_failed', 'agreementVersionId: is not a version of this task’s agreement', {
      errors: [fieldError('body', ['agreementVersionId'], 'is not a version of this task’s agreement')],
    });
  }
  const current = await currentVersion(ctx, task.agreementId);
  if (current?.id !== version.id) {
    throw new AppError(
      'conflict',
      `Version ${current?.versionNumber} replaced the one you read; read and sign it.`,
    );
  }
  // The stored hash is re-derived from the stored text, not trusted: the text is what counts.
  const sha256 = sha256Hex(Buffer.from(version.body, 'utf8'));
  if (input.sha256 !== sha256 || sha256 !== version.sha256) {
    throw new AppError('validation_failed', 'sha256: does not match the text of this version', {
      errors: [fieldError('body', ['sha256'], 'does not match the text of this version')],
    });
  }
  // The task row lock serialises signers of this task: a second signature of the same version
  // (a double click, a retry) is refused rather than recorded twice.
  const [already] = await ctx.db
    .select({ id: signatures.id })
    .from(signatures)
    .where(
      and(
        eq(signatures.workspaceId, ctx.requireWorkspace()),
        eq(signatures.partnerId, partnerId),
        eq(signatures.agreementVersionId, version.id),
      ),
    )
    .limit(1);
  if (already)
    throw new AppError('conflict', `This partner already signed version ${version.versionNumber}.`);
  const [user] = await ctx.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!user) throw notFound('user');
  const id = newId('signature');
  const signedAt = ctx.clock.now();
  const certificate = await renderCertificate({
    signatureId: id,
    agreementTitle: version.title,
    versionNumber: version.versionNumber,
    publishedAt: version.publishedAt,
    agreementText: version.body,
    sha256,
    signerName: input.signerName,
    signerEmail: user.email,
    partnerName: partner.name,
    signedAt,
    ip: request.ip,
    userAgent: request.userAgent,
  });
  const row: SignatureRow = {
    workspaceId: ctx.requireWorkspace(),
    id,
    partnerId,
    taskId: task.id,
    agreementId: task.agreementId,
    agreementVersionId: version.id,
    sha256,
    signerName: input.signerName,
    signerEmail: user.email,
    userId: ctx.actor.userId,
    signedAt,
    ip: request.ip,
    userAgent: request.userAgent,
    certificate,
    certificateSha256: sha256Hex(certificate),
    createdAt: signedAt,
  };
  await ctx.db.insert(signatures).values(row);
  ctx.audit({
    action: 'agreement.signed',
    objectType: 'signature',
    objectId: id,
    partnerId,
    after: { id, agreementVersionId: version.id, sha256 },
  });
  await setTaskStatus(ctx, task, 'done', null);
  return toSignature(ctx, row);
}

export async function listSignatures(ctx: Ctx, partnerId: string) {
  await loadPartner(ctx, partnerId);
  const rows = await ctx.db
    .select()
    .from(signatures)
    .where(and(eq(signatures.workspaceId, ctx.requireWorkspace()), eq(signatures.partnerId, partnerId)))
    .orderBy(desc(signatures.signedAt));
  return Promise.all(rows.map((r) => toSignature(ctx, r)));
}

async function loadSignature(ctx: Ctx, partnerId: string, signatureId: string): Promise<SignatureRow> {
  await loadPartner(ctx, partnerId);
  const [row] = await ctx.db
    .select()
    .from(signatures)
    .where(
      and(
        eq(signatures.workspaceId, ctx.requireWorkspace()),
        eq(signatures.partnerId, partnerId),
        eq(signatures.id, signatureId),
      ),
    );
  if (!row) throw notFound('signature');
  return row;
}

export async function signatureCertificate(ctx: Ctx, partnerId: string, signatureId: string) {
  const row = await loadSignature(ctx, partnerId, signatureId);
  return { bytes: row.certificate, filename: `signature-${row.id}.pdf` };
}

/**
 * Checks a signature still proves what was signed: the signed version's stored text hashes to
 * the SHA-256 recorded at signing, and the stored certificate to its recorded hash. Later
 * versions of the agreement do not matter here.
 */
export async function verifySignature(
  ctx: Ctx,
  partnerId: string,
  signatureId: string,
): Promise<z.output<typeof SignatureVerification>> {
  const row = await loadSignature(ctx, partnerId, signatureId);
  const [version] = await ctx.db
    .select({ body: agreementVersions.body })
    .from(agreementVersions)
    .where(
      and(
        eq(agreementVersions.workspaceId, row.workspaceId),
        eq(agreementVersions.id, row.agreementVersionId),
      ),
    );
  const recomputed = version ? sha256Hex(Buffer.from(version.body, 'utf8')) : '';
  const textMatches = recomputed === row.sha256;
  const certificateSha256Matches = sha256Hex(row.certificate) === row.certificateSha256;
  return {
    signatureId: row.id,
    agreementVersionId: row.agreementVersionId,
    storedSha256: row.sha256,
    recomputedSha256: recomputed,
    textMatches,
    certificateSha256Matches,
    valid: textMatches && certificateSha256Matches,
  };
}
