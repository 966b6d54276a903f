import type { ApplicationFacts, VettingReason, VettingSettings } from '../settings.js';

/** The program's required fields must be filled in; a gap goes to a person, not to rejection. */
export function requiredFieldsRule(settings: VettingSettings, facts: ApplicationFacts): VettingReason {
  const missing = settings.requiredFields.filter((f) => {
    const v = facts[f];
    return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
  return missing.length > 0
    ? {
        rule: 'required_fields',
        outcome: 'review',
        message: `Missing required fields: ${missing.join(', ')}.`,
        details: { missing },
      }
    : { rule: 'required_fields', outcome: 'pass', message: 'Every required field is filled in.' };
}
