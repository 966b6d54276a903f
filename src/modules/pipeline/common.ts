import type { Ctx } from '../../platform/access/context.js';
import { AppError, forbidden, notFound } from '../../platform/errors/index.js';
import { registrableDomain } from '../partners/index.js';
import { normalizeCompanyName } from '../vetting/index.js';

/**
 * The vendor pipeline is the vendor's own CRM data: partner actors hold `deals.read` (for their
 * registrations) but never see it. Row-level security (vendorOnlyPolicy) refuses it too; this
 * answers them clearly first — 403 on collections, 404 on objects (no existence oracle).
 */
export function requireVendor(ctx: Ctx): string {
  if (ctx.partnerId) throw forbidden('The vendor pipeline is not available to partners.');
  return ctx.requireWorkspace();
}
export function requireVendorFor(ctx: Ctx, what: string): string {
  if (ctx.partnerId) throw notFound(what);
  return ctx.requireWorkspace();
}

/** What conflict detection compares, computed on every write from the name and website. */
export function customerKeys(name: string, website: string | null | undefined) {
  const n = normalizeCompanyName(name);
  return {
    nameNorm: n.core,
    nameKey: n.sorted,
    domain: website ? registrableDomain(new URL(website).hostname) : null,
  };
}

export const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const stale = (what: string, version: number, expected: number) =>
  new AppError(
    'precondition_failed',
    `The ${what} is at version ${version}; you sent If-Match "${expected}".`,
  );

/** 412 when the caller sent If-Match for another version than the stored one. */
export function checkVersion(what: string, version: number, expected: number | undefined) {
  if (expected !== undefined && version !== expected) throw stale(what, version, expected);
}

/** 412 when a versioned update matched no row: someone else wrote it in between. */
export const changedWhileSaving = (what: string) =>
  new AppError('precondition_failed', `The ${what} changed while you were saving; read it again.`);

/** A unique-index violation on external_ref as a 409 naming the field. */
export async function guardExternalRef<T>(
  constraint: string,
  value: string | null | undefined,
  what: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const pgErr = e.cause ?? e;
    if (value && pgErr.code === '23505' && pgErr.constraint === constraint) {
      throw new AppError(
        'conflict',
        `Another ${what} of this workspace already has the external ref "${value}".`,
        {
          errors: [
            {
              in: 'body',
              field: 'externalRef',
              pointer: '/externalRef',
              message: `is already used by another ${what}`,
            },
          ],
        },
      );
    }
    throw err;
  }
}
