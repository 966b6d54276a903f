import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered, and again after the memory was emptied', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (s: string) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: emptied, then holds c
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not remember a key whose computation throws', () => {
    let n = 0;
    const flaky = boundedMemo(4, (s: string) => {
      n++;
      if (n === 1) throw new Error('once');
      return s;
    });
    expect(() => flaky('x')).toThrow('once');
    expect(flaky('x')).toBe('x');
    expect(n).toBe(2);
  });
});
