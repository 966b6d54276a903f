import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { lockTask, setTaskStatus } from './checklist.js';
import { loadPartner, sha256Hex } from './common.js';
import { DEFAULT_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES } from './schemas.js';
import { type DocumentType, documents, documentTypes } from './tables.js';

/**
 * Raw uploads: Fastify hands these content types to the route as a Buffer (the JSON-only app
 * refuses them otherwise), up to the largest size a task may allow; each task's own limit is
 * checked in `uploadDocument`.
 */
export function registerUploadParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    [...documentTypes],
    { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES },
    (_req, body, done) => done(null, body),
  );
}

const MAGIC: [DocumentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** What the bytes are, by their signature — the Content-Type header is only a claim. */
export function sniffType(bytes: Buffer): DocumentType | null {
  for (const [type, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

const typeLabel: Record<DocumentType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

export async function uploadDocument(
  ctx: Ctx,
  partnerId: string,
  taskId: string,
  body: unknown,
  contentType: string | undefined,
) {
  const task = await lockTask(ctx, partnerId, taskId);
  if (task.kind !== 'document')
    throw new AppError('conflict', `A ${task.kind} task takes no document upload.`);
  if (!Buffer.isBuffer(body)) {
    throw new AppError(
      'unsupported_media_type',
      'Send the file as the raw body: application/pdf, image/png or image/jpeg.',
      {
        errors: [fieldError('header', ['content-type'], 'must be application/pdf, image/png or image/jpeg')],
      },
    );
  }
  const allowed = task.config.allowedTypes ?? [...documentTypes];
  const maxBytes = task.config.maxBytes ?? DEFAULT_DOCUMENT_BYTES;
  if (body.length === 0)
    throw new AppError('validation_failed', 'The file is empty.', {
      errors: [fieldError('body', [], 'is empty')],
    });
  if (body.length > maxBytes) {
    throw new AppError(
      'payload_too_large',
      `This task accepts files up to ${maxBytes} bytes; this one has ${body.length}.`,
    );
  }
  const sniffed = sniffType(body);
  const declared = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!sniffed || sniffed !== declared) {
    throw new AppError(
      'validation_failed',
      sniffed
        ? `The file is a ${typeLabel[sniffed]} but was sent as ${declared}.`
        : 'The file is not a PDF, PNG or JPEG (its content says otherwise, whatever its name or header).',
      { errors: [fieldError('body', [], 'content does not match an allowed file type')] },
    );
  }
  if (!allowed.includes(sniffed)) {
    throw new AppError(
      'validation_failed',
      `This task accepts ${allowed.map((t) => typeLabel[t]).join(', ')} only.`,
      {
        errors: [fieldError('header', ['content-type'], `must be one of ${allowed.join(', ')}`)],
      },
    );
  }
  const now = ctx.clock.now();
  const row = {
    workspaceId: ctx.requireWorkspace(),
    id: newId('document'),
    partnerId,
    taskId,
    contentType: sniffed,
    size: body.length,
    sha256: sha256Hex(body),
    content: body,
    uploadedBy: actorId(ctx.actor),
    uploadedAt: now,
  };
  await ctx.db.insert(documents).values(row);
  const { content: _content, ...meta } = row;
  ctx.audit({
    action: 'onboarding.document_uploaded',
    objectType: 'document',
    objectId: row.id,
    partnerId,
    after: meta,
  });
  await setTaskStatus(ctx, task, 'done', null);
  return {
    id: row.id,
    taskId,
    contentType: sniffed,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: now.toISOString(),
  };
}

export async function downloadDocument(ctx: Ctx, partnerId: string, documentId: string) {
  await loadPartner(ctx, partnerId);
  const [row] = await ctx.db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.workspaceId, ctx.requireWorkspace()),
        eq(documents.partnerId, partnerId),
        eq(documents.id, documentId),
      ),
    );
  if (!row) throw notFound('document');
  const ext = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' }[
    row.contentType as DocumentType
  ];
  return { bytes: row.content, contentType: row.contentType, filename: `${row.id}.${ext ?? 'bin'}` };
}
