import { z } from 'zod';
import { zCountry } from '../../platform/geo/countries.js';

/** Fields of an application a program may require (beyond the always-required ones). */
export const requirableFields = [
  'legalName',
  'website',
  'phone',
  'address',
  'employeeCount',
  'annualRevenue',
  'description',
  'industries',
  'operatingCountries',
] as const;

/**
 * A program's vetting rules (stored in programs.vetting). Every rule returns pass, review or
 * reject with its reasons; the application's decision is the worst outcome of all rules, and
 * "approve" only when `autoApprove` is on and every rule passed.
 */
export const VettingSettings = z
  .strictObject({
    requiredFields: z.array(z.enum(requirableFields)).max(requirableFields.length).default([]),
    restrictedCountries: z.array(zCountry).max(249).default([]),
    screening: z
      .strictObject({
        enabled: z.boolean().default(true),
        /** A match scoring at least this (0–1) sends the application to manual review. */
        reviewThreshold: z.number().min(0.5).max(1).default(0.88),
      })
      .prefault({}),
    duplicates: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
    email: z
      .strictObject({
        /** A free-mail address (gmail.com, …) is sent to review (or rejected when 'reject'). */
        freeMail: z.enum(['allow', 'review', 'reject']).default('review'),
        /** The e-mail's registrable domain differs from the website's. */
        domainMismatch: z.enum(['allow', 'review']).default('review'),
      })
      .prefault({}),
    /** Approve at once when every rule passes; otherwise a passing application waits for a reviewer. */
    autoApprove: z.boolean().default(true),
  })
  .meta({ id: 'VettingSettings' });
export type VettingSettings = z.output<typeof VettingSettings>;

/** What vetting looks at: the applicant's answers, as the application form collected them. */
export type ApplicationFacts = {
  companyName: string;
  legalName?: string | null;
  website?: string | null;
  /** ISO 3166-1 alpha-2 of the headquarters. */
  country: string;
  operatingCountries?: string[];
  partnerTypes: string[];
  contactName: string;
  email: string;
  phone?: string | null;
  address?: string | null;
  employeeCount?: number | null;
  annualRevenue?: number | null;
  description?: string | null;
  industries?: string[];
};

export type RuleOutcome = 'pass' | 'review' | 'reject';
export type VettingDecision = 'approve' | 'reject' | 'manual_review';

/** One rule's verdict with the evidence staff see. `details` is rule-specific JSON. */
export type VettingReason = {
  rule: 'required_fields' | 'restricted_country' | 'screening' | 'duplicate' | 'email';
  outcome: RuleOutcome;
  message: string;
  details?: Record<string, unknown>;
};

export type VettingResult = { decision: VettingDecision; reasons: VettingReason[] };

/** Worst outcome wins; all-pass approves only with autoApprove. */
export function decide(reasons: VettingReason[], settings: VettingSettings): VettingDecision {
  if (reasons.some((r) => r.outcome === 'reject')) return 'reject';
  if (reasons.some((r) => r.outcome === 'review')) return 'manual_review';
  return settings.autoApprove ? 'approve' : 'manual_review';
}
