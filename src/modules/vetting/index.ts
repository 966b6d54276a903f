import type { Ctx } from '../../platform/access/context.js';
import {
  type ApplicationFacts,
  decide,
  type VettingReason,
  type VettingResult,
  VettingSettings,
} from './settings.js';

export * from './settings.js';

/**
 * Runs every vetting rule of the program on an application and decides. Rules that read the
 * database (screening, duplicates) run inside the caller's transaction.
 *
 * Contract for the applications module; the vetting helper fills in the remaining rules
 * (screening, duplicates, e-mail) behind this same signature.
 */
export async function vetApplication(
  _ctx: Ctx,
  rawSettings: unknown,
  facts: ApplicationFacts,
): Promise<VettingResult> {
  const settings = VettingSettings.parse(rawSettings ?? {});
  const reasons: VettingReason[] = [];
  const missing = settings.requiredFields.filter((f) => {
    const v = facts[f];
    return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
  reasons.push(
    missing.length > 0
      ? {
          rule: 'required_fields',
          outcome: 'review',
          message: `Missing required fields: ${missing.join(', ')}.`,
          details: { missing },
        }
      : { rule: 'required_fields', outcome: 'pass', message: 'Every required field is filled in.' },
  );
  const restricted = settings.restrictedCountries.includes(facts.country);
  reasons.push(
    restricted
      ? {
          rule: 'restricted_country',
          outcome: 'reject',
          message: `Headquarters country ${facts.country} is restricted for this program.`,
          details: { country: facts.country },
        }
      : { rule: 'restricted_country', outcome: 'pass', message: `Country ${facts.country} is allowed.` },
  );
  return { decision: decide(reasons, settings), reasons };
}
