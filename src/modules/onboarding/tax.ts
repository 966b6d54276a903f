import stdnumPkg from 'stdnum';
import type { z } from 'zod';
import { AppError, fieldError } from '../../platform/errors/index.js';
import type { TaxInput } from './schemas.js';

// stdnum ships CommonJS; its named exports are reached through the default import under ESM.
const { stdnum } = stdnumPkg;

export type ValidTax = {
  form: 'w9' | 'w8bene' | 'tax_id';
  country: string;
  /** Which number it is (ssn, ein, vat, abn…) as the validator recognised it. */
  scheme: string;
  /** The number in compact form (no spaces or punctuation): what gets sealed. */
  taxId: string;
  /** Everything else of the form: not secret, returned as entered. */
  fields: Record<string, unknown>;
};

const bad = (field: string[], message: string) =>
  new AppError('validation_failed', `${field.join('.')}: ${message}`, {
    errors: [fieldError('body', field, message)],
  });

/** FATCA GIIN: six characters, five, two (country), three digits, dot-separated. */
const GIIN = /^[A-NP-Z0-9]{6}\.[A-NP-Z0-9]{5}\.[A-Z]{2}\.\d{3}$/;

/**
 * Validates a country tax number with the maintained `stdnum` validators (check digits
 * included): a named scheme when given, otherwise any number scheme of the country. A country
 * stdnum does not cover is accepted on shape alone, and the scheme says so ('unverified').
 */
export function validateCountryTaxId(
  country: string,
  value: string,
  scheme: string | undefined,
  field: string[],
): { compact: string; scheme: string } {
  const validators = stdnum[country];
  if (scheme) {
    const v = validators?.[scheme];
    if (!v) {
      const known = Object.keys(validators ?? {});
      throw bad(
        [...field.slice(0, -1), 'scheme'],
        known.length > 0
          ? `is not a tax number scheme of ${country}; use one of: ${known.join(', ')}`
          : `no tax number schemes are known for ${country}; leave scheme out`,
      );
    }
    const r = v.validate(value);
    if (!r.isValid) throw bad(field, `is not a valid ${v.name}`);
    return { compact: r.compact ?? value, scheme };
  }
  if (!validators) {
    const compact = value.replace(/[\s.\-/]/g, '').toUpperCase();
    if (!/^[A-Z0-9]{4,30}$/.test(compact)) throw bad(field, 'must be 4 to 30 letters or digits');
    return { compact, scheme: 'unverified' };
  }
  // Every number scheme of the country, company numbers preferred (a sole trader may give a
  // personal tax number, which some schemes share with companies).
  const valid = Object.entries(validators).flatMap(([key, v]) => {
    const r = v.validate(value);
    return r.isValid ? [{ key, r }] : [];
  });
  const match = valid.find((c) => c.r.isCompany) ?? valid[0];
  if (!match) {
    const names = Object.values(validators)
      .map((v) => v.name)
      .join(', ');
    throw bad(field, `is not a valid tax number of ${country} (${names})`);
  }
  return { compact: match.r.compact, scheme: match.key };
}

export function validateTax(input: z.output<typeof TaxInput>): ValidTax {
  switch (input.form) {
    case 'w9': {
      const v = stdnum.US![input.tinType]!;
      const r = v.validate(input.tin);
      if (!r.isValid) throw bad(['tin'], `is not a valid ${input.tinType.toUpperCase()}`);
      const { tin: _tin, form: _form, ...fields } = input;
      return { form: 'w9', country: 'US', scheme: input.tinType, taxId: r.compact ?? input.tin, fields };
    }
    case 'w8bene': {
      if (input.countryOfIncorporation === 'US')
        throw bad(['countryOfIncorporation'], 'W-8BEN-E is for entities outside the US; use W-9');
      const giin = input.giin?.toUpperCase();
      if (giin && !GIIN.test(giin)) throw bad(['giin'], 'must look like XXXXXX.XXXXX.XX.XXX');
      const tin = validateCountryTaxId(input.countryOfIncorporation, input.foreignTin, undefined, [
        'foreignTin',
      ]);
      const { foreignTin: _tin, form: _form, ...fields } = input;
      return {
        form: 'w8bene',
        country: input.countryOfIncorporation,
        scheme: tin.scheme,
        taxId: tin.compact,
        fields: { ...fields, ...(giin ? { giin } : {}) },
      };
    }
    case 'tax_id': {
      const tin = validateCountryTaxId(input.country, input.taxId, input.scheme, ['taxId']);
      return {
        form: 'tax_id',
        country: input.country,
        scheme: tin.scheme,
        taxId: tin.compact,
        fields: { legalName: input.legalName },
      };
    }
  }
}
