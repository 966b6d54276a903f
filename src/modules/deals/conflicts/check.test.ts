import { describe, expect, it } from 'vitest';
import { fuzzyLookupText } from './check.js';

describe('fuzzyLookupText', () => {
  it('looks the whole distinctive name up when none of its words is frequent', () => {
    expect(fuzzyLookupText('maplestar freight', new Set(['transporte']))).toBe('maplestar freight');
  });
  it('leaves out the words frequent in the workspace', () => {
    expect(fuzzyLookupText('dortorzo transporte', new Set(['transporte']))).toBe('dortorzo');
  });
  it('gives no fuzzy lookup when every word is frequent', () => {
    expect(fuzzyLookupText('ocean transporte', new Set(['ocean', 'transporte']))).toBe('');
    expect(fuzzyLookupText('', new Set())).toBe('');
  });
});
