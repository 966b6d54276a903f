import type { ApplicationFacts, VettingReason, VettingSettings } from '../settings.js';

/** A headquarters in a restricted country rejects the application outright. */
export function restrictedCountryRule(settings: VettingSettings, facts: ApplicationFacts): VettingReason {
  return settings.restrictedCountries.includes(facts.country)
    ? {
        rule: 'restricted_country',
        outcome: 'reject',
        message: `Headquarters country ${facts.country} is restricted for this program.`,
        details: { country: facts.country },
      }
    : { rule: 'restricted_country', outcome: 'pass', message: `Country ${facts.country} is allowed.` };
}
