import type { Ctx } from '../../platform/access/context.js';
import { duplicatesRule } from './rules/duplicates.js';
import { emailRules } from './rules/email.js';
import { requiredFieldsRule } from './rules/required-fields.js';
import { restrictedCountryRule } from './rules/restricted-country.js';
import { screeningRule } from './rules/screening.js';
import { type ApplicationFacts, decide, type VettingResult, VettingSettings } from './settings.js';

export * from './normalize.js';
export * from './settings.js';

export type VetOptions = {
  /**
   * The applicant's own partner record when it already exists (re-vetting after a request for
   * more information): duplicate detection must not find the applicant itself.
   */
  applicantPartnerId?: string | null;
};

/**
 * Runs every vetting rule of the program on an application and decides. Every rule runs, even
 * after one rejects, so staff see the whole picture. Rules that read the database (screening,
 * duplicates) run inside the caller's transaction, which must be a vendor-side one (a system or
 * staff actor of the workspace): a partner actor would see only its own organisation.
 */
export async function vetApplication(
  ctx: Ctx,
  rawSettings: unknown,
  facts: ApplicationFacts,
  options: VetOptions = {},
): Promise<VettingResult> {
  const settings = VettingSettings.parse(rawSettings ?? {});
  const reasons = [
    requiredFieldsRule(settings, facts),
    restrictedCountryRule(settings, facts),
    await screeningRule(ctx, settings, facts),
    await duplicatesRule(ctx, settings, facts, options.applicantPartnerId ?? null),
    ...emailRules(settings, facts),
  ];
  return { decision: decide(reasons, settings), reasons };
}
