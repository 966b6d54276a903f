import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** ISO 3166-1 alpha-2 codes, all 249, from i18n-iso-countries (never a hand-kept list). */
export const countryCodes = Object.keys(countries.getAlpha2Codes()).sort() as [string, ...string[]];

export const zCountry = z
  .string()
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(countryCodes, { message: 'must be an ISO 3166-1 alpha-2 country code such as DE or JP' }))
  .meta({ example: 'DE' });
