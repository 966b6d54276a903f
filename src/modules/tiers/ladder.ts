const cond = (metric: string, operator: '>=' | '>', threshold: number) => ({
  type: 'condition' as const,
  metric,
  operator,
  threshold,
});

/**
 * The classic four-step ladder (Registered, Silver, Gold, Platinum) mixing revenue, deals,
 * certified people and satisfaction with AND/OR: the demo program's tiers and the benchmark's.
 */
export const classicTierLadder = [
  {
    name: 'Registered',
    rank: 1,
    criteria: null,
    discountPct: 5,
    rebatePct: 0,
    mdfEligible: false,
    leadPriority: 4,
  },
  {
    name: 'Silver',
    rank: 2,
    criteria: {
      type: 'group',
      op: 'or',
      rules: [cond('revenue_won', '>=', 250_000), cond('deals_won', '>=', 5)],
    },
    discountPct: 10,
    rebatePct: 1,
    mdfEligible: false,
    leadPriority: 3,
  },
  {
    name: 'Gold',
    rank: 3,
    criteria: {
      type: 'group',
      op: 'and',
      rules: [cond('revenue_won', '>=', 1_000_000), cond('certified_people', '>=', 3)],
    },
    discountPct: 20,
    rebatePct: 2,
    mdfEligible: true,
    leadPriority: 2,
  },
  {
    name: 'Platinum',
    rank: 4,
    criteria: {
      type: 'group',
      op: 'and',
      rules: [
        cond('revenue_won', '>=', 5_000_000),
        {
          type: 'group',
          op: 'or',
          rules: [cond('certified_people', '>=', 10), cond('customer_satisfaction', '>=', 4.5)],
        },
      ],
    },
    discountPct: 30,
    rebatePct: 3,
    mdfEligible: true,
    leadPriority: 1,
  },
];
