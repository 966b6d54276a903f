import { z } from 'zod';

/**
 * Tier criteria: a tree of conditions on metrics, combined with AND/OR groups. Pure code (no
 * database): the recompute evaluates 100,000 partners with it, so it only walks the tree.
 */
export const builtInMetrics = [
  'revenue_won',
  'deals_won',
  'certified_people',
  'customer_satisfaction',
] as const;
export type BuiltInMetric = (typeof builtInMetrics)[number];
/** A built-in metric, or `custom:<key>` for a numeric custom field of the partner. */
export type Metric = BuiltInMetric | `custom:${string}`;
export const operators = ['>=', '>', '<=', '<', '='] as const;
export type Operator = (typeof operators)[number];

export type Condition = { type: 'condition'; metric: Metric; operator: Operator; threshold: number };
export type Group = { type: 'group'; op: 'and' | 'or'; rules: CriteriaNode[] };
export type CriteriaNode = Condition | Group;

export const CUSTOM_KEY = /^[a-z][a-z0-9_]{0,62}$/;
const MAX_DEPTH = 5;
const MAX_CONDITIONS = 50;

export const zMetric = z
  .string()
  .refine(
    (m) =>
      (builtInMetrics as readonly string[]).includes(m) ||
      (m.startsWith('custom:') && CUSTOM_KEY.test(m.slice(7))),
    { message: `must be one of ${builtInMetrics.join(', ')} or custom:<key> (a custom field key)` },
  )
  .meta({
    description: `One of ${builtInMetrics.join(', ')}, or \`custom:<key>\` for a numeric custom field.`,
  });

export const ConditionSchema = z
  .strictObject({
    type: z.literal('condition'),
    metric: zMetric,
    operator: z.enum(operators),
    threshold: z.number().finite().min(-1e15).max(1e15),
  })
  .meta({ id: 'TierCondition' });

/*
 * The tree is validated in two steps: a shallow shape here (OpenAPI cannot describe unbounded
 * recursion usefully), then `checkTree`, which walks it and names the bad node by its path
 * (e.g. body.criteria.rules.1.rules.0.threshold).
 */
export const CriteriaSchema = z.unknown().meta({
  id: 'TierCriteria',
  description:
    'Rule tree: a condition `{type:"condition", metric, operator, threshold}` or a group `{type:"group", op:"and"|"or", rules:[…]}` (nested up to 5 levels, 50 conditions). Null = every partner qualifies.',
  example: {
    type: 'group',
    op: 'and',
    rules: [
      { type: 'condition', metric: 'revenue_won', operator: '>=', threshold: 1000000 },
      { type: 'condition', metric: 'certified_people', operator: '>=', threshold: 3 },
    ],
  },
});

export type TreeIssue = { path: (string | number)[]; message: string };

/** Validates an untrusted tree; returns the typed tree or the first problems with their paths. */
export function checkTree(
  input: unknown,
): { ok: true; tree: CriteriaNode } | { ok: false; issues: TreeIssue[] } {
  const issues: TreeIssue[] = [];
  let conditions = 0;
  const walk = (node: unknown, path: (string | number)[], depth: number): CriteriaNode | null => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      issues.push({ path, message: 'must be a condition or a group object' });
      return null;
    }
    const type = (node as { type?: unknown }).type;
    if (type === 'condition') {
      conditions++;
      const r = ConditionSchema.safeParse(node);
      if (!r.success) {
        for (const i of r.error.issues)
          issues.push({ path: [...path, ...(i.path as (string | number)[])], message: i.message });
        return null;
      }
      return r.data as Condition;
    }
    if (type !== 'group') {
      issues.push({ path: [...path, 'type'], message: 'must be "condition" or "group"' });
      return null;
    }
    if (depth >= MAX_DEPTH) {
      issues.push({ path, message: `groups nest at most ${MAX_DEPTH} levels deep` });
      return null;
    }
    const g = node as Record<string, unknown>;
    const extra = Object.keys(g).filter((k) => !['type', 'op', 'rules'].includes(k));
    if (extra.length) issues.push({ path: [...path, extra[0]!], message: 'is not a field of a group' });
    if (g.op !== 'and' && g.op !== 'or')
      issues.push({ path: [...path, 'op'], message: 'must be "and" or "or"' });
    if (!Array.isArray(g.rules) || g.rules.length === 0) {
      issues.push({ path: [...path, 'rules'], message: 'must be a non-empty list of conditions or groups' });
      return null;
    }
    const rules = g.rules.map((child, i) => walk(child, [...path, 'rules', i], depth + 1));
    return { type: 'group', op: g.op as 'and' | 'or', rules: rules as CriteriaNode[] };
  };
  const tree = walk(input, [], 0);
  if (conditions > MAX_CONDITIONS) issues.push({ path: [], message: `at most ${MAX_CONDITIONS} conditions` });
  if (issues.length || !tree) return { ok: false, issues: issues.slice(0, 10) };
  return { ok: true, tree };
}

/** Every metric a tree reads (to aggregate only what the program's tiers need). */
export function metricsOf(node: CriteriaNode | null, into = new Set<Metric>()): Set<Metric> {
  if (!node) return into;
  if (node.type === 'condition') into.add(node.metric);
  else for (const r of node.rules) metricsOf(r, into);
  return into;
}

/** A partner's metric values; null = nothing reported in the window (no average, no custom value). */
export type MetricValues = Partial<Record<Metric, number | null>>;

export type ConditionResult = {
  metric: Metric;
  operator: Operator;
  threshold: number;
  actual: number | null;
  passed: boolean;
};

function compare(actual: number, op: Operator, threshold: number): boolean {
  switch (op) {
    case '>=':
      return actual >= threshold;
    case '>':
      return actual > threshold;
    case '<=':
      return actual <= threshold;
    case '<':
      return actual < threshold;
    case '=':
      // Metric values are sums of decimals: equal within a cent-sized tolerance.
      return Math.abs(actual - threshold) < 1e-9 * Math.max(1, Math.abs(threshold));
  }
}

/** Does the tree hold? Missing values fail every comparison (an unreported CSAT is no 0). */
export function holds(node: CriteriaNode | null, values: MetricValues): boolean {
  if (!node) return true;
  if (node.type === 'condition') {
    const v = values[node.metric];
    return v !== null && v !== undefined && Number.isFinite(v) && compare(v, node.operator, node.threshold);
  }
  return node.op === 'and'
    ? node.rules.every((r) => holds(r, values))
    : node.rules.some((r) => holds(r, values));
}

export function conditionResults(
  node: CriteriaNode | null,
  values: MetricValues,
  out: ConditionResult[] = [],
) {
  if (!node) return out;
  if (node.type === 'condition') {
    const v = values[node.metric];
    const actual = v === undefined || v === null || !Number.isFinite(v) ? null : v;
    out.push({
      metric: node.metric,
      operator: node.operator,
      threshold: node.threshold,
      actual,
      passed: actual !== null && compare(actual, node.operator, node.threshold),
    });
  } else for (const r of node.rules) conditionResults(r, values, out);
  return out;
}

// ---- explanation text --------------------------------------------------------------------------

const units = ['K', 'M', 'B', 'T'];
/**
 * 1200000 → "1.2M", 950000 → "950K", 4 → "4", 4.25 → "4.3": short enough for a sentence. Same
 * output as Intl's compact notation for English, hand-rolled because Intl took ~10 µs a call and
 * a first recompute formats a few numbers for each of 100,000 partners.
 */
export function compact(n: number): string {
  let a = Math.abs(n);
  let unit = -1;
  while (unit < units.length - 1 && a >= 999.95) {
    a /= 1000;
    unit++;
  }
  return `${n < 0 ? '-' : ''}${Math.round(a * 10) / 10}${unit >= 0 ? units[unit] : ''}`;
}

const metricLabels: Record<BuiltInMetric, string> = {
  revenue_won: 'revenue',
  deals_won: 'deals won',
  certified_people: 'certified people',
  customer_satisfaction: 'CSAT',
};
export const metricLabel = (m: Metric) =>
  m.startsWith('custom:') ? m.slice(7) : metricLabels[m as BuiltInMetric];
const opText: Record<Operator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const shown = (v: number | null) => (v === null ? 'none' : compact(v));

/** Why a tree holds: the conditions that carry it ("revenue 1.2M ≥ 1M and certified people 4 ≥ 3"). */
function why(node: CriteriaNode, values: MetricValues, nested = false): string {
  if (node.type === 'condition') {
    const v = values[node.metric] ?? null;
    return `${metricLabel(node.metric)} ${shown(v)} ${opText[node.operator]} ${compact(node.threshold)}`;
  }
  // For OR, the branches that hold; for AND, all of them.
  const parts = (node.op === 'or' ? node.rules.filter((r) => holds(r, values)) : node.rules).map((r) =>
    why(r, values, true),
  );
  const text = parts.join(node.op === 'or' ? ' or ' : ' and ');
  return nested && parts.length > 1 ? `(${text})` : text;
}

/** What is missing ("revenue ≥ 5M (now 1.2M)"): failing AND members; every OR branch. */
function needs(node: CriteriaNode, values: MetricValues, nested = false): string {
  if (node.type === 'condition') {
    const v = values[node.metric] ?? null;
    return `${metricLabel(node.metric)} ${opText[node.operator]} ${compact(node.threshold)} (now ${shown(v)})`;
  }
  const parts = (node.op === 'and' ? node.rules.filter((r) => !holds(r, values)) : node.rules).map((r) =>
    needs(r, values, true),
  );
  const text = parts.join(node.op === 'or' ? ' or ' : ' and ');
  return nested && parts.length > 1 ? `(${text})` : text;
}

export type TierDef = { id: string; name: string; rank: number; criteria: CriteriaNode | null };

export type EvaluationDetails = {
  tier: { id: string; name: string; conditions: ConditionResult[] } | null;
  /** The next tier up (its criteria tree is in the tiers table; each partner's row keeps only results). */
  next: { id: string; name: string; conditions: ConditionResult[] } | null;
  values: MetricValues;
};

export type Evaluation = {
  /** The highest-ranked tier whose criteria hold, or null. */
  tier: TierDef | null;
  next: TierDef | null;
  explanation: string;
  details: EvaluationDetails;
};

/**
 * The partner's tier and why. `ordered` must be sorted by rank ascending. The explanation names
 * what qualifies the partner and what the next tier up still needs.
 */
export function evaluateTiers(ordered: readonly TierDef[], values: MetricValues): Evaluation {
  let index = -1;
  for (let i = ordered.length - 1; i >= 0; i--) {
    if (holds(ordered[i]!.criteria, values)) {
      index = i;
      break;
    }
  }
  const tier = index >= 0 ? ordered[index]! : null;
  const next = ordered[index + 1] ?? null;
  const head = tier
    ? `${tier.name}: ${tier.criteria ? why(tier.criteria, values) : 'no criteria (every partner qualifies)'}`
    : 'No tier';
  const tail = next?.criteria ? `. ${next.name} needs ${needs(next.criteria, values)}` : '';
  return {
    tier,
    next,
    explanation: `${head}${tail}`,
    details: {
      tier: tier
        ? { id: tier.id, name: tier.name, conditions: conditionResults(tier.criteria, values) }
        : null,
      next: next
        ? { id: next.id, name: next.name, conditions: conditionResults(next.criteria, values) }
        : null,
      values,
    },
  };
}
