import countries from 'i18n-iso-countries';
import type { Formatters } from './format';

/** ISO 3166-1 alpha-2 codes from the same package the API validates with (never a hand-kept list). */
export const countryCodes: string[] = Object.keys(countries.getAlpha2Codes()).sort();

/** Select options named in the UI language, sorted by that name. */
export function countryOptions(fmt: Formatters): { value: string; label: string }[] {
  const collator = new Intl.Collator(fmt.locale);
  return countryCodes
    .map((code) => ({ value: code, label: fmt.country(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
