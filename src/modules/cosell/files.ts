import { createHash } from 'node:crypto';
import { and, eq, or, type SQL } from 'drizzle-orm';
import { errorCodes, type FastifyInstance } from 'fastify';
import { actorId } from '../../platform/access/actor.js';
import type { Ctx } from '../../platform/access/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors/index.js';
import { keyset, pageFrom } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids/index.js';
import { addActivity } from '../deals/index.js';
import { dealFiles } from '../deals/tables.js';
import { loadDeal, resolveTarget } from './common.js';
import type { UploadFileInput, Visibility } from './schemas.js';
import { BY_PARTNER } from './timeline.js';

export const DEAL_FILE_MAX_BYTES = 25 * 1024 * 1024;

const OOXML = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/**
 * Content types a deal file may be sent as, besides PDF/PNG/JPEG whose raw-body parsers the
 * onboarding module registers, and text/csv whose parser the pipeline module registers.
 * `application/octet-stream` is accepted and decided by sniffing.
 */
export const dealFileExtraTypes = [...Object.values(OOXML), 'text/plain', 'application/octet-stream'];
/** text/csv's parser is the pipeline import's (it hands the body over as a string). */
const declarable = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/csv', ...dealFileExtraTypes]);

/** Raw-body parsers for the extra deal file types (one call at app start, beside the onboarding one). */
export function registerDealFileParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    dealFileExtraTypes,
    { parseAs: 'buffer', bodyLimit: DEAL_FILE_MAX_BYTES },
    (req, body, done) => {
      // Only the upload route takes these types; every other (JSON) route keeps answering 415.
      const route = (req.routeOptions.config as { route?: { operationId?: string } } | undefined)?.route;
      if (route?.operationId !== UPLOAD_OPERATION) {
        done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(req.headers['content-type']), undefined);
        return;
      }
      done(null, body);
    },
  );
}

export const UPLOAD_OPERATION = 'uploadDealFile';

const startsWith = (b: Buffer, magic: number[]) =>
  b.length >= magic.length && magic.every((x, i) => b[i] === x);

/**
 * What the bytes are — the Content-Type header and the name are only claims. PDF, PNG and JPEG
 * by signature; Office Open XML as a zip holding `[Content_Types].xml`, the part folder telling
 * Word/Excel/PowerPoint apart; CSV and plain text as NUL-free valid UTF-8.
 */
export function sniffDealFile(bytes: Buffer, filename: string, declared: string): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const latin = bytes.toString('latin1');
    if (!latin.includes('[Content_Types].xml')) return null;
    if (latin.includes('word/')) return OOXML.docx;
    if (latin.includes('xl/')) return OOXML.xlsx;
    if (latin.includes('ppt/')) return OOXML.pptx;
    return null;
  }
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return declared === 'text/csv' || /\.csv$/i.test(filename) ? 'text/csv' : 'text/plain';
}

type FileRow = typeof dealFiles.$inferSelect;

function toFile(row: Omit<FileRow, 'content'>, ctx: Ctx) {
  return {
    id: row.id,
    dealId: row.dealId,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    visibility: row.visibility as Visibility,
    partnerId: row.partnerId,
    // Staff see who; a partner sees uploaders only on its own side (its people or the vendor's).
    uploadedBy: !ctx.partnerId || row.visibility === 'side' ? row.uploadedBy : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function uploadDealFile(
  ctx: Ctx,
  dealId: string,
  q: UploadFileInput,
  body: unknown,
  contentType: string | undefined,
) {
  const deal = await loadDeal(ctx, dealId);
  const target = await resolveTarget(ctx, deal, q.visibility, q.partnerId, { in: 'query' });
  const filename = q.filename;
  if (!filename) {
    throw new AppError(
      'validation_failed',
      'filename: is required (the name the file is shown and downloaded with)',
      {
        errors: [fieldError('query', ['filename'], 'is required')],
      },
    );
  }
  const declared = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (typeof body === 'string' && declared === 'text/csv') body = Buffer.from(body, 'utf8');
  if (!Buffer.isBuffer(body) || !declarable.has(declared)) {
    throw new AppError(
      'unsupported_media_type',
      'Send the file as the raw body: PDF, PNG, JPEG, Word/Excel/PowerPoint (OOXML), CSV or plain text.',
      { errors: [fieldError('header', ['content-type'], `must be one of ${[...declarable].join(', ')}`)] },
    );
  }
  if (body.length === 0) {
    throw new AppError('validation_failed', 'The file is empty.', {
      errors: [fieldError('body', [], 'is empty')],
    });
  }
  if (body.length > DEAL_FILE_MAX_BYTES) {
    throw new AppError(
      'payload_too_large',
      `Deal files may be up to ${DEAL_FILE_MAX_BYTES} bytes; this one has ${body.length}.`,
    );
  }
  const sniffed = sniffDealFile(body, filename, declared);
  const family = (t: string) => (t.startsWith('text/') ? 'text' : t);
  if (!sniffed || (declared !== 'application/octet-stream' && family(sniffed) !== family(declared))) {
    throw new AppError(
      'validation_failed',
      sniffed
        ? `The file is ${sniffed} but was sent as ${declared}.`
        : 'The file is not a PDF, PNG, JPEG, Office document, CSV or text file (its content says otherwise).',
      { errors: [fieldError('body', [], 'content does not match an allowed file type')] },
    );
  }
  const now = ctx.clock.now();
  const row = {
    workspaceId: ctx.requireWorkspace(),
    id: newId('dealFile'),
    dealId: deal.id,
    partnerId: target.partnerId,
    visibility: target.visibility,
    filename,
    contentType: sniffed,
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    content: body,
    uploadedBy: actorId(ctx.actor),
    createdAt: now,
  };
  await ctx.db.insert(dealFiles).values(row);
  const { content: _content, ...meta } = row;
  await addActivity(ctx, deal, {
    kind: 'file',
    body: filename,
    visibility: target.visibility,
    partnerId: target.partnerId,
    data: {
      fileId: row.id,
      filename,
      size: row.size,
      ...(ctx.partnerId ? { [BY_PARTNER]: ctx.partnerId } : {}),
    },
  });
  ctx.audit({
    action: 'deal.file_added',
    objectType: 'deal',
    objectId: deal.id,
    partnerId: target.partnerId,
    after: {
      id: row.id,
      dealId: deal.id,
      filename: row.filename,
      contentType: row.contentType,
      size: row.size,
      visibility: row.visibility,
    },
  });
  return toFile(meta, ctx);
}

function visibleFiles(ctx: Ctx): SQL | undefined {
  if (!ctx.partnerId) return undefined;
  return or(
    and(eq(dealFiles.visibility, 'side'), eq(dealFiles.partnerId, ctx.partnerId)),
    eq(dealFiles.visibility, 'participants'),
  );
}

const metaColumns = {
  workspaceId: dealFiles.workspaceId,
  id: dealFiles.id,
  dealId: dealFiles.dealId,
  partnerId: dealFiles.partnerId,
  visibility: dealFiles.visibility,
  filename: dealFiles.filename,
  contentType: dealFiles.contentType,
  size: dealFiles.size,
  sha256: dealFiles.sha256,
  uploadedBy: dealFiles.uploadedBy,
  createdAt: dealFiles.createdAt,
};

export async function listDealFiles(ctx: Ctx, dealId: string, q: { limit: number; cursor?: string }) {
  await loadDeal(ctx, dealId);
  const ks = keyset({
    sort: '-created_at',
    columns: { created_at: dealFiles.createdAt },
    id: dealFiles.id,
    cursor: q.cursor,
  });
  const rows = await ctx.db
    .select(metaColumns)
    .from(dealFiles)
    .where(
      and(
        eq(dealFiles.workspaceId, ctx.requireWorkspace()),
        eq(dealFiles.dealId, dealId),
        visibleFiles(ctx),
        ks.where,
      ),
    )
    .orderBy(...ks.orderBy)
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, '-created_at', 'createdAt');
  return { data: page.data.map((r) => toFile(r, ctx)), nextCursor: page.nextCursor };
}

async function fileRow(ctx: Ctx, dealId: string, fileId: string, withContent: boolean) {
  await loadDeal(ctx, dealId);
  const where = and(
    eq(dealFiles.workspaceId, ctx.requireWorkspace()),
    eq(dealFiles.dealId, dealId),
    eq(dealFiles.id, fileId),
    visibleFiles(ctx),
  );
  const [row] = withContent
    ? await ctx.db.select().from(dealFiles).where(where)
    : await ctx.db.select(metaColumns).from(dealFiles).where(where);
  if (!row) throw notFound('file');
  return row as FileRow;
}

export async function downloadDealFile(ctx: Ctx, dealId: string, fileId: string) {
  const row = await fileRow(ctx, dealId, fileId, true);
  return { bytes: row.content, contentType: row.contentType, filename: row.filename };
}

/** The uploader or staff with cosell.write delete a file; a partner never deletes the vendor's. */
export async function deleteDealFile(ctx: Ctx, dealId: string, fileId: string) {
  const row = await fileRow(ctx, dealId, fileId, false);
  if (ctx.partnerId && row.uploadedBy !== actorId(ctx.actor)) {
    throw new AppError('forbidden', 'Only the person who uploaded a file (or vendor staff) may delete it.');
  }
  await ctx.db
    .delete(dealFiles)
    .where(and(eq(dealFiles.workspaceId, ctx.requireWorkspace()), eq(dealFiles.id, fileId)));
  const deal = await loadDeal(ctx, dealId);
  await addActivity(ctx, deal, {
    kind: 'file',
    body: row.filename,
    visibility: row.visibility as Visibility,
    partnerId: row.partnerId,
    data: {
      fileId,
      filename: row.filename,
      deleted: true,
      ...(ctx.partnerId ? { [BY_PARTNER]: ctx.partnerId } : {}),
    },
  });
  ctx.audit({
    action: 'deal.file_deleted',
    objectType: 'deal',
    objectId: dealId,
    partnerId: row.partnerId,
    before: { id: fileId, dealId, filename: row.filename },
  });
}

/** Lone UTF-16 surrogates replaced by U+FFFD (String#toWellFormed, which ES2022 typings lack). */
export const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** RFC 6266 attachment header: an ASCII fallback name plus the exact UTF-8 name. */
export function contentDisposition(name: string): string {
  // Lone surrogates would make encodeURIComponent throw; they become U+FFFD.
  const filename = wellFormed(name);
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
