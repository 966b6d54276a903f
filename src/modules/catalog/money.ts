import { z } from 'zod';

/** ISO 4217 codes the runtime knows (Intl), never a hand-kept list. */
export const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const isCurrency = (code: string) => currencyCodes.has(code);

export const zCurrencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 currency code such as EUR or USD')
  .transform((v) => v.toUpperCase())
  .refine((v) => currencyCodes.has(v), 'must be an ISO 4217 currency code such as EUR or USD')
  .meta({ example: 'EUR' });

/** Digits after the decimal point for the currency (EUR 2, JPY 0, BHD 3), from Intl. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/**
 * "1234.5" in major units → 123450 minor units for EUR, done on the decimal string (never a
 * float). Null when the text is not a plain non-negative decimal with at most the currency's
 * digits, or is beyond the safe integer range.
 */
export function majorToMinor(text: string, currency: string): number | null {
  const m = /^(\d{1,16})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const fraction = m[2] ?? '';
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) return null;
  const minor =
    BigInt(m[1]!) * 10n ** BigInt(digits) +
    BigInt((fraction.slice(0, digits) || '0').padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(minor);
}
