import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/access/context.js';
import { forbidden, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { validateBank } from './bank.js';
import { completeTasksOfKind } from './checklist.js';
import { loadPartner } from './common.js';
import type { BankDetails, BankInput, TaxDetails, TaxInput } from './schemas.js';
import { maskTail, seal } from './sealing.js';
import { bankAccounts, taxDetails } from './tables.js';
import { validateTax } from './tax.js';

type TaxRow = typeof taxDetails.$inferSelect;
type BankRow = typeof bankAccounts.$inferSelect;

const toTax = (r: TaxRow): z.output<typeof TaxDetails> => ({
  id: r.id,
  partnerId: r.partnerId,
  form: r.form as 'w9',
  country: r.country,
  scheme: r.scheme,
  taxIdMasked: r.taxIdMasked,
  fields: r.fields,
  updatedAt: r.updatedAt.toISOString(),
});
const toBank = (r: BankRow): z.output<typeof BankDetails> => ({
  id: r.id,
  partnerId: r.partnerId,
  kind: r.kind as 'iban',
  holderName: r.holderName,
  country: r.country,
  masked: r.masked,
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * Payment and tax details are the partner's own statements: its users give them. Vendor staff
 * read them (masked) and waive the task if they collect them another way.
 */
function partnerOnly(ctx: Ctx, partnerId: string) {
  if (ctx.partnerId !== partnerId)
    throw forbidden('Only the partner organisation itself gives its tax and bank details.');
}

export async function putTax(ctx: Ctx, partnerId: string, input: z.output<typeof TaxInput>) {
  await loadPartner(ctx, partnerId);
  partnerOnly(ctx, partnerId);
  const valid = validateTax(input);
  const { keyId, sealed } = seal(ctx.config, valid.taxId);
  const ws = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const values = {
    form: valid.form,
    country: valid.country,
    scheme: valid.scheme,
    fields: valid.fields,
    taxIdSealed: sealed,
    taxIdMasked: maskTail(valid.taxId),
    keyId,
    updatedAt: now,
  };
  const [row] = await ctx.db
    .insert(taxDetails)
    .values({ workspaceId: ws, id: newId('taxDetail'), partnerId, createdAt: now, ...values })
    .onConflictDoUpdate({
      target: [taxDetails.workspaceId, taxDetails.partnerId],
      set: { ...values, version: sql`${taxDetails.version} + 1` },
    })
    .returning();
  // The audit entry carries only the masked number: the audit log is not encrypted.
  ctx.audit({
    action: 'onboarding.tax_details_saved',
    objectType: 'taxDetail',
    objectId: row!.id,
    partnerId,
    after: toTax(row!),
  });
  await completeTasksOfKind(ctx, partnerId, 'tax');
  return toTax(row!);
}

export async function getTax(ctx: Ctx, partnerId: string) {
  await loadPartner(ctx, partnerId);
  const [row] = await ctx.db
    .select()
    .from(taxDetails)
    .where(and(eq(taxDetails.workspaceId, ctx.requireWorkspace()), eq(taxDetails.partnerId, partnerId)));
  if (!row) throw notFound('tax details');
  return toTax(row);
}

export async function putBank(ctx: Ctx, partnerId: string, input: z.output<typeof BankInput>) {
  await loadPartner(ctx, partnerId);
  partnerOnly(ctx, partnerId);
  const valid = validateBank(input);
  const { keyId, sealed } = seal(ctx.config, JSON.stringify(valid.secret));
  const ws = ctx.requireWorkspace();
  const now = ctx.clock.now();
  const values = {
    kind: valid.kind,
    holderName: valid.holderName,
    country: valid.country,
    sealed,
    keyId,
    masked: valid.masked,
    updatedAt: now,
  };
  const [row] = await ctx.db
    .insert(bankAccounts)
    .values({ workspaceId: ws, id: newId('bankAccount'), partnerId, createdAt: now, ...values })
    .onConflictDoUpdate({
      target: [bankAccounts.workspaceId, bankAccounts.partnerId],
      set: { ...values, version: sql`${bankAccounts.version} + 1` },
    })
    .returning();
  ctx.audit({
    action: 'onboarding.bank_details_saved',
    objectType: 'bankAccount',
    objectId: row!.id,
    partnerId,
    after: toBank(row!),
  });
  await completeTasksOfKind(ctx, partnerId, 'bank');
  return toBank(row!);
}

export async function getBank(ctx: Ctx, partnerId: string) {
  await loadPartner(ctx, partnerId);
  const [row] = await ctx.db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.workspaceId, ctx.requireWorkspace()), eq(bankAccounts.partnerId, partnerId)));
  if (!row) throw notFound('bank details');
  return toBank(row);
}
