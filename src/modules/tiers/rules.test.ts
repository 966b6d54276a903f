import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from './engine.js';
import {
  builtInMetrics,
  type CriteriaNode,
  checkTree,
  compact,
  evaluateTiers,
  holds,
  type Metric,
  type MetricValues,
  operators,
  type TierDef,
} from './rules.js';

const c = (metric: Metric, operator: '>=' | '>' | '<=' | '<' | '=', threshold: number): CriteriaNode => ({
  type: 'condition',
  metric,
  operator,
  threshold,
});
const and = (...rules: CriteriaNode[]): CriteriaNode => ({ type: 'group', op: 'and', rules });
const or = (...rules: CriteriaNode[]): CriteriaNode => ({ type: 'group', op: 'or', rules });

const program: TierDef[] = [
  { id: 'tier_r', name: 'Registered', rank: 1, criteria: null },
  {
    id: 'tier_s',
    name: 'Silver',
    rank: 2,
    criteria: or(c('revenue_won', '>=', 250_000), c('deals_won', '>=', 5)),
  },
  {
    id: 'tier_g',
    name: 'Gold',
    rank: 3,
    criteria: and(c('revenue_won', '>=', 1_000_000), c('certified_people', '>=', 3)),
  },
  {
    id: 'tier_p',
    name: 'Platinum',
    rank: 4,
    criteria: and(
      c('revenue_won', '>=', 5_000_000),
      or(c('certified_people', '>=', 10), c('customer_satisfaction', '>=', 4.5)),
    ),
  },
];

describe('explanations', () => {
  it('formats numbers compactly', () => {
    expect([compact(1_200_000), compact(1_000_000), compact(4), compact(4.25), compact(950_000)]).toEqual([
      '1.2M',
      '1M',
      '4',
      '4.3',
      '950K',
    ]);
  });

  it('names what qualifies and what the next tier needs', () => {
    const e = evaluateTiers(program, {
      revenue_won: 1_200_000,
      certified_people: 4,
      deals_won: 3,
      customer_satisfaction: null,
    });
    expect(e.tier?.name).toBe('Gold');
    expect(e.explanation).toBe(
      'Gold: revenue 1.2M ≥ 1M and certified people 4 ≥ 3. Platinum needs revenue ≥ 5M (now 1.2M) and (certified people ≥ 10 (now 4) or CSAT ≥ 4.5 (now none))',
    );
    expect(e.details.next?.conditions.map((x) => x.passed)).toEqual([false, false, false]);
    expect(e.details.tier?.conditions).toEqual([
      { metric: 'revenue_won', operator: '>=', threshold: 1_000_000, actual: 1_200_000, passed: true },
      { metric: 'certified_people', operator: '>=', threshold: 3, actual: 4, passed: true },
    ]);
  });

  it('explains an OR by the branch that holds, and the entry tier by having no criteria', () => {
    const silver = evaluateTiers(program, { revenue_won: 10, deals_won: 7, certified_people: null });
    expect(silver.explanation).toBe(
      'Silver: deals won 7 ≥ 5. Gold needs revenue ≥ 1M (now 10) and certified people ≥ 3 (now none)',
    );
    const reg = evaluateTiers(program, { revenue_won: 0, deals_won: 0 });
    expect(reg.explanation).toBe(
      'Registered: no criteria (every partner qualifies). Silver needs revenue ≥ 250K (now 0) or deals won ≥ 5 (now 0)',
    );
  });

  it('reads custom fields and says when no tier fits', () => {
    const tiers: TierDef[] = [
      { id: 'tier_x', name: 'Certified', rank: 1, criteria: c('custom:employees', '>', 50) },
    ];
    expect(evaluateTiers(tiers, { 'custom:employees': 51 }).tier?.name).toBe('Certified');
    const none = evaluateTiers(tiers, { 'custom:employees': null });
    expect(none.tier).toBeNull();
    expect(none.explanation).toBe('No tier. Certified needs employees > 50 (now none)');
  });
});

describe('tree validation', () => {
  it('names the bad node by its path', () => {
    const r = checkTree({
      type: 'group',
      op: 'and',
      rules: [c('revenue_won', '>=', 1), { type: 'group', op: 'or', rules: [] }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toEqual(['rules', 1, 'rules']);
    const deep = checkTree(and(and(and(and(and(and(c('deals_won', '>', 1))))))));
    expect(deep.ok).toBe(false);
  });
});

// ---- properties ----------------------------------------------------------------------------------

const metricArb = fc.oneof(
  fc.constantFrom(...builtInMetrics),
  fc.constantFrom('custom:employees', 'custom:nps') as fc.Arbitrary<Metric>,
) as fc.Arbitrary<Metric>;
const conditionArb: fc.Arbitrary<CriteriaNode> = fc.record({
  type: fc.constant('condition' as const),
  metric: metricArb,
  operator: fc.constantFrom(...operators),
  threshold: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
});
const { tree: treeArb } = fc.letrec<{ tree: CriteriaNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    conditionArb,
    fc.record({
      type: fc.constant('group' as const),
      op: fc.constantFrom('and' as const, 'or' as const),
      rules: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
    }),
  ),
}));
const valuesArb: fc.Arbitrary<MetricValues> = fc.record(
  {
    revenue_won: fc.option(fc.double({ min: -1e10, max: 1e10 }), { nil: null }),
    deals_won: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    certified_people: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    customer_satisfaction: fc.option(fc.double({ min: 0, max: 5 }), { nil: null }),
    'custom:employees': fc.option(fc.double(), { nil: null }),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  it('evaluation never throws on any valid tree', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(treeArb, { nil: null }), { minLength: 1, maxLength: 5 }),
        valuesArb,
        (trees, values) => {
          // Only trees the API would accept (depth and size limits), as checkTree returns them.
          const valid = trees.flatMap((tr) => {
            if (tr === null) return [null];
            const r = checkTree(tr);
            return r.ok ? [r.tree] : [];
          });
          const tiers = valid.map((criteria, i) => ({ id: `t${i}`, name: `T${i}`, rank: i + 1, criteria }));
          const e = evaluateTiers(tiers, values);
          expect(typeof e.explanation).toBe('string');
          expect(e.explanation.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a partner meeting tier N and not N+1 gets N (the highest tier that holds)', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 2, maxLength: 5 }), valuesArb, (trees, values) => {
        const tiers = trees.map((criteria, i) => ({ id: `t${i}`, name: `T${i}`, rank: i + 1, criteria }));
        const got = evaluateTiers(tiers, values).tier;
        const passing = tiers.filter((t) => holds(t.criteria, values));
        if (passing.length === 0) expect(got).toBeNull();
        else {
          expect(got?.rank).toBe(Math.max(...passing.map((t) => t.rank)));
          // Nothing above the chosen tier holds.
          for (const t of tiers) if (t.rank > got!.rank) expect(holds(t.criteria, values)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('decide (promotion, grace, cancellation)', () => {
  const rank = new Map<string | null, number>([
    [null, -1],
    ['r', 1],
    ['s', 2],
    ['g', 3],
  ]);
  const rankOf = (u: string | null) => rank.get(u) ?? -1;
  const now = new Date('2027-01-01T00:00:00Z');
  const base = {
    tierUuid: 'g',
    since: new Date('2026-01-01T00:00:00Z'),
    fingerprint: '',
    pendingDemotion: false,
    pendingTierUuid: null,
    pendingDueAt: null,
    warnedAt: null,
    version: 3,
  };

  it('promotes at once and starts a demotion grace period instead of demoting', () => {
    expect(decide({ ...base, tierUuid: 's' }, 'g', rankOf, now, 30).decision?.kind).toBe('promoted');
    const d = decide(base, 's', rankOf, now, 30);
    expect(d).toMatchObject({ tierUuid: 'g', pendingDemotion: true, pendingTierUuid: 's', warnedAt: now });
    expect(d.pendingDueAt?.toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(decide(base, 's', rankOf, now, 0).decision?.kind).toBe('demoted');
  });

  it('applies a due demotion to what the partner qualifies for then, and cancels on requalification', () => {
    const pending = {
      ...base,
      pendingDemotion: true,
      pendingTierUuid: 's',
      pendingDueAt: new Date('2026-12-31T00:00:00Z'),
    };
    expect(decide(pending, 'r', rankOf, now, 30)).toMatchObject({
      tierUuid: 'r',
      decision: { kind: 'demoted', toUuid: 'r' },
    });
    expect(decide(pending, 'g', rankOf, now, 30)).toMatchObject({
      tierUuid: 'g',
      pendingDemotion: false,
      decision: { kind: 'demotion_cancelled' },
    });
    const notDue = { ...pending, pendingDueAt: new Date('2027-01-15T00:00:00Z') };
    expect(decide(notDue, 'r', rankOf, now, 30)).toMatchObject({
      tierUuid: 'g',
      pendingTierUuid: 'r',
      decision: null,
    });
  });
});
