import { and, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { tenantWhere } from '../../platform/access/scope.js';
import type { AuditInput } from '../../platform/audit/index.js';
import { AppError, fieldError } from '../../platform/errors/index.js';
import { transitionPartner } from '../lifecycle/service.js';
import type { BulkAction } from './schemas.js';
import { assertVendorUser, getPartner, type PartnerOut, toPartner, writePartner } from './service.js';
import { partners } from './tables.js';

type Input = z.output<typeof BulkAction>;
type ItemResult =
  | { partnerId: string; ok: true; partner: PartnerOut }
  | {
      partnerId: string;
      ok: false;
      error: { status: number; code: string; detail: string; [k: string]: unknown };
    };

/**
 * Applies one action to many partners. Each partner's change runs in its own savepoint inside
 * the request transaction (docs/decisions/0010): a partner that cannot take the change (a
 * lifecycle move not allowed from its state, a concurrent edit) is rolled back alone and
 * reported with its problem, the others commit — with their audit entries and events — when
 * the request does. Ids the caller cannot see refuse the whole request up front (400), so a
 * bulk call never succeeds on an id of another tenant.
 */
export async function bulkUpdatePartners(ctx: Ctx, input: Input) {
  if (ctx.partnerId) throw new AppError('forbidden', 'Bulk actions are for vendor staff.');
  if (input.action === 'transition') ctx.authorize('lifecycle.transition');
  if (input.action === 'setOwner' && input.ownerUserId) await assertVendorUser(ctx, input.ownerUserId);
  const ids = [...new Set(input.partnerIds)];
  const found = new Set(
    (
      await ctx.db
        .select({ id: partners.id })
        .from(partners)
        .where(
          and(
            tenantWhere(ctx, { workspaceId: partners.workspaceId, partnerId: partners.id }),
            inArray(partners.id, ids),
          ),
        )
    ).map((r) => r.id),
  );
  const missing = input.partnerIds.flatMap((id, i) => (found.has(id) ? [] : [i]));
  if (missing.length > 0) {
    throw new AppError('validation_failed', `partnerIds: ${missing.length} of the ids name no partner.`, {
      errors: missing.map((i) => fieldError('body', ['partnerIds', i], 'is not a partner of this workspace')),
    });
  }

  const results: ItemResult[] = [];
  for (const partnerId of ids) {
    // Audit entries are queued in memory until commit: keep this partner's apart so a rolled
    // back change leaves no entry behind.
    const queued: AuditInput[] = [];
    const itemCtx: Ctx = { ...ctx, audit: (e) => void queued.push(e) };
    await ctx.client.query('savepoint bulk_item');
    try {
      const partner = await applyOne(itemCtx, partnerId, input);
      await ctx.client.query('release savepoint bulk_item');
      for (const e of queued) ctx.audit(e);
      results.push({ partnerId, ok: true, partner });
    } catch (err) {
      await ctx.client.query('rollback to savepoint bulk_item');
      if (!(err instanceof AppError)) throw err;
      const { headers: _h, ...extra } = err.extra;
      results.push({
        partnerId,
        ok: false,
        error: { status: err.status, code: err.code, detail: err.detail ?? err.message, ...extra },
      });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}

async function applyOne(ctx: Ctx, partnerId: string, input: Input): Promise<PartnerOut> {
  if (input.action === 'transition') {
    await transitionPartner(ctx, partnerId, input.to!, input.reason!);
    return toPartner(await getPartner(ctx, partnerId));
  }
  const before = await getPartner(ctx, partnerId);
  let values: Partial<typeof partners.$inferInsert>;
  if (input.action === 'addTags') values = { tags: [...new Set([...before.tags, ...input.tags!])] };
  else if (input.action === 'removeTags')
    values = { tags: before.tags.filter((t) => !input.tags!.includes(t)) };
  else values = { ownerUserId: input.ownerUserId ?? null };
  const unchanged =
    'tags' in values
      ? values.tags!.length === before.tags.length && values.tags!.every((t, i) => t === before.tags[i])
      : values.ownerUserId === before.ownerUserId;
  if (unchanged) return toPartner(before);
  return writePartner(ctx, before, values, 'partner.updated');
}
