import { describe, expect, it } from 'vitest';
import { trigramLookup } from './check.js';

describe('trigramLookup', () => {
  it('compares the whole distinctive name when none of its words is frequent', () => {
    expect(trigramLookup('maplestar freight', new Set(['transporte']))).toEqual({
      text: 'maplestar freight',
      byWord: false,
    });
  });
  it('looks up only the rare words, by word similarity, when some are frequent', () => {
    expect(trigramLookup('dortorzo transporte', new Set(['transporte']))).toEqual({
      text: 'dortorzo',
      byWord: true,
    });
  });
  it('does not look a name up by trigrams when every word is frequent', () => {
    expect(trigramLookup('ocean transporte', new Set(['ocean', 'transporte']))).toEqual({
      text: '',
      byWord: false,
    });
    expect(trigramLookup('', new Set())).toEqual({ text: '', byWord: false });
  });
});
