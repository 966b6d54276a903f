import { z } from 'zod';

/**
 * Rules of engagement of a program (programs.deal_rules). Every field has a default, so a program
 * created before a rule existed, or a partner in no program, gets the same sensible rules:
 * first to register wins, 90 days of protection from approval, warnings 14 and 3 days before
 * expiry, two extensions of up to 30 days each, a 48-hour review SLA.
 */
/** A valid score: a number in [0, 1]. */
const inUnit = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;

export const DealRules = z
  .object({
    /** The earliest active registration of a customer wins; later ones are conflicts pointing at it. */
    firstToRegister: z.boolean().default(true),
    protectionDays: z.number().int().min(1).max(730).default(90),
    /** Days before the protection ends when the partner is warned (each once). */
    expiryWarningDays: z.array(z.number().int().min(1).max(365)).max(5).default([14, 3]),
    extensions: z
      .object({
        maxCount: z.number().int().min(0).max(10).default(2),
        maxDays: z.number().int().min(1).max(365).default(30),
        /** false: a request within the limits is granted at once. */
        requireApproval: z.boolean().default(true),
      })
      .prefault({}),
    /**
     * Exclusivity per product line: two partners may hold the same customer for different product
     * lines (registrations on disjoint lines do not conflict, and a conflict may be split by line).
     */
    exclusivityPerProductLine: z.boolean().default(true),
    autoApproval: z
      .object({
        enabled: z.boolean().default(false),
        /** Amounts at or under this limit (minor units of `currency`); null = any amount. */
        maxAmountMinor: z.number().int().min(0).nullable().default(null),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .default('USD'),
        /** Tier ids whose partners qualify; empty = every tier (and partners without one). */
        tierIds: z.array(z.string()).default([]),
      })
      .prefault({}),
    /** An open vendor opportunity for the same customer wins over a partner registration. */
    vendorPipelinePrecedence: z.boolean().default(true),
    thresholds: z
      .object({
        /** Score from which two registrations are the same deal. */
        conflict: z.number().min(0).max(1).default(0.85),
        /** Score from which a match is shown to the reviewer as a possible conflict. */
        possible: z.number().min(0).max(1).default(0.6),
      })
      .prefault({})
      // Compared only when both are valid scores: a threshold out of range is its own error.
      .refine((t) => !(inUnit(t.possible) && inUnit(t.conflict)) || t.possible <= t.conflict, {
        message: 'possible must not exceed conflict',
        path: ['possible'],
      }),
    /** Only registrations whose expected close dates lie within this many days count as the same deal. */
    dateWindowDays: z.number().int().min(1).max(3650).default(365),
    review: z
      .object({
        slaHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 30)
          .default(48),
        /** Hours after submission when the assignee is reminded (once each). */
        reminderHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 30)
          .default(24),
        /** Approvers in escalation order (user ids); empty = the workspace's owners and admins. */
        approverUserIds: z.array(z.string()).max(10).default([]),
      })
      .prefault({}),
  })
  .strict();
export type DealRules = z.infer<typeof DealRules>;

export const defaultDealRules: DealRules = DealRules.parse({});

/** Stored rules may predate a field: parsing fills in its default. Unreadable rules fall back whole. */
export function readDealRules(stored: unknown): DealRules {
  const parsed = DealRules.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultDealRules;
}
