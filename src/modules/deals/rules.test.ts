import { describe, expect, it } from 'vitest';
import { DealRules } from './rules.js';

describe('DealRules thresholds', () => {
  it('an out-of-range threshold is the only error named (not also "possible must not exceed conflict")', () => {
    const r = DealRules.safeParse({ thresholds: { conflict: -1, possible: 0.6 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['thresholds.conflict']);
  });
  it('possible above conflict is refused on possible', () => {
    const r = DealRules.safeParse({ thresholds: { conflict: 0.5, possible: 0.6 } });
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['thresholds.possible', 'possible must not exceed conflict'],
    ]);
  });
});
