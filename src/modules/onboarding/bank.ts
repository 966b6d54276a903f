import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import type { z } from 'zod';
import { AppError, fieldError } from '../../platform/errors/index.js';
import type { BankInput } from './schemas.js';
import { maskGrouped, maskTail } from './sealing.js';

export type ValidBank = {
  kind: 'iban' | 'account';
  holderName: string;
  country: string;
  /** What gets sealed: the numbers, exactly as validated. */
  secret: Record<string, string>;
  /** What responses show. */
  masked: Record<string, string | null>;
};

const bad = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, {
    errors: [fieldError('body', [field], message)],
  });

/** ABA routing numbers carry a weighted check digit (3-7-1). */
function validAba(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const d = [...n].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

function normalBic(bic: string | undefined): string | null {
  if (!bic) return null;
  const b = bic.replace(/\s/g, '').toUpperCase();
  if (!isValidBIC(b)) throw bad('bic', 'is not a valid BIC/SWIFT code');
  return b;
}

/** IBANs are checked with ibantools (country length, BBAN format and mod-97 check digits). */
export function validateBank(input: z.output<typeof BankInput>): ValidBank {
  const bic = normalBic(input.bic);
  if (input.kind === 'iban') {
    const iban = electronicFormatIBAN(input.iban) ?? '';
    if (!isValidIBAN(iban)) throw bad('iban', 'is not a valid IBAN');
    return {
      kind: 'iban',
      holderName: input.holderName,
      country: iban.slice(0, 2),
      secret: { iban, ...(bic ? { bic } : {}) },
      // Country and check digits, then the last four: enough to recognise, too little to use.
      masked: { iban: maskGrouped(iban, 4, 4), bic },
    };
  }
  const account = input.accountNumber.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{4,34}$/.test(account)) throw bad('accountNumber', 'must be 4 to 34 letters or digits');
  const routing = input.routingNumber.replace(/[\s-]/g, '');
  if (input.country === 'US' ? !validAba(routing) : !/^[0-9A-Z]{3,20}$/i.test(routing)) {
    throw bad('routingNumber', input.country === 'US' ? 'is not a valid ABA routing number' : 'is not valid');
  }
  return {
    kind: 'account',
    holderName: input.holderName,
    country: input.country,
    secret: { accountNumber: account, routingNumber: routing, ...(bic ? { bic } : {}) },
    masked: { accountNumber: maskTail(account), routingNumber: routing, bic },
  };
}
