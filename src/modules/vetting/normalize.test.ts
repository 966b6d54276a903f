import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeCompanyName, sameCompanyName } from './normalize.js';

const core = (s: string) => normalizeCompanyName(s).core;

describe('foldText', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['MÜLLER & SÖHNE', 'muller and sohne'],
    ['Straße', 'strasse'],
    ['Ørsted A/S', 'orsted as'],
    ["McDonald's", 'mcdonalds'],
    ['S.A.', 'sa'],
    ['S. A.', 'sa'],
    ['I B M', 'ibm'],
    ['U.S.A. Trading', 'usa trading'],
    ['Ромашка', 'romashka'],
    ['Ｆｕｌｌｗｉｄｔｈ　Ｃｏ', 'fullwidth co'],
    ['  lots   of\tspace\n', 'lots of space'],
    ['a+b', 'a and b'],
    ['---', ''],
  ])('%j → %j', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });
});

describe('normalizeCompanyName', () => {
  it.each([
    // legal forms, many jurisdictions
    ['Acme Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme, LLC', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme S.A.R.L.', 'acme'],
    ['Acme SARL', 'acme'],
    ['Acme S.p.A.', 'acme'],
    ['Acme S.r.l.', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme N.V.', 'acme'],
    ['Acme K.K.', 'acme'],
    ['Acme Kabushiki Kaisha', 'acme'],
    ['株式会社アクメ', 'akume'],
    ['Acme Co.', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Corp', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme plc', 'acme'],
    ['Acme PLC', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme Pty. Ltd.', 'acme'],
    ['OOO Acme', 'acme'],
    ['ООО «Акме»', 'akme'],
    ['OAO Acme', 'acme'],
    ['ZAO Acme', 'acme'],
    ['JSC Acme', 'acme'],
    ['PJSC Acme', 'acme'],
    ['Public Joint Stock Company Acme', 'acme'],
    ['Acme LLP', 'acme'],
    ['Acme LP', 'acme'],
    ['Acme SE', 'acme'],
    ['Acme Oy', 'acme'],
    ['Acme Oyj', 'acme'],
    ['Acme AB', 'acme'],
    ['Acme AB (publ)', 'acme'],
    ['Acme AS', 'acme'],
    ['Acme A/S', 'acme'],
    ['Acme ApS', 'acme'],
    ['Acme Sp. z o.o.', 'acme'],
    ['Acme s.r.o.', 'acme'],
    ['Acme spol. s r.o.', 'acme'],
    ['Acme Kft.', 'acme'],
    ['Acme S.A. de C.V.', 'acme'],
    ['Acme Ltda.', 'acme'],
    ['Acme Sdn. Bhd.', 'acme'],
    ['Acme Pte. Ltd.', 'acme'],
    ['PT Acme Tbk', 'acme'],
    ['Acme FZCO', 'acme'],
    // articles, conjunctions, abbreviations
    ['The Acme Company', 'acme'],
    ['Smith & Jones', 'smith and jones'],
    ['Smith and Jones', 'smith and jones'],
    ['Smith & Co.', 'smith'],
    ['Acme Intl', 'acme international'],
    ['ACME BROS.', 'acme brothers'],
    // what must stay
    ['The', 'the'],
    ['Limited', 'limited'],
    ['Company Store', 'company store'],
    ['Banco Nacional de Cuba', 'banco nacional de cuba'],
    ['Inc Magazine Holdings', 'inc magazine holdings'],
  ])('%j → %j', (raw, expected) => {
    expect(core(raw)).toBe(expected);
  });

  it('records the legal forms it removed', () => {
    expect(normalizeCompanyName('Anglo-Caribbean Co., Ltd.').legalForms).toEqual(['co', 'ltd']);
    expect(normalizeCompanyName('OOO Romashka').legalForms).toEqual(['ooo']);
  });

  it('gives word order, spacing and suffix variants the same keys', () => {
    const a = normalizeCompanyName('Banco Nacional de Cuba S.A.');
    const b = normalizeCompanyName('Cuba, Banco Nacional de');
    expect(a.core).toBe('banco nacional de cuba');
    expect(a.sorted).toBe(b.sorted);
    expect(a.sorted).toBe('banco cuba de nacional');
    expect(normalizeCompanyName('Aero-Caribbean').compact).toBe(
      normalizeCompanyName('AEROCARIBBEAN').compact,
    );
  });

  it.each([
    ['Banco Nacional de Cuba S.A.', 'BANCO NACIONAL DE CUBA', true],
    ['Cuba, Banco Nacional de', 'banco nacional de cuba', true],
    ['The Kite Data K.K.', 'KITE DATA', true],
    ['Nordlicht Systems GmbH', 'nordlicht-systems', true],
    ['Banco Nacional de Costa Rica', 'Banco Nacional de Cuba', false],
    ['Delta Dental', 'Delta Air Lines', false],
    ['Ltd', 'Limited', false],
  ])('sameCompanyName(%j, %j) = %s', (a, b, same) => {
    expect(sameCompanyName(a, b)).toBe(same);
  });
});

// ---- properties ---------------------------------------------------------------------------------

const word = fc.stringMatching(/^[A-Za-z][a-z]{3,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 });
const suffix = fc.constantFrom(
  '',
  ' Inc.',
  ' GmbH',
  ' S.A.',
  ' Ltd',
  ', LLC',
  ' Co., Ltd.',
  ' K.K.',
  ' Sp. z o.o.',
  ' AG',
);
const punct = fc.constantFrom(' ', '  ', ' - ', ', ', ' / ', '. ');
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('normalizeCompanyName properties', () => {
  it('is idempotent on its core', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = core(s);
        expect(core(once)).toBe(once);
      }),
    );
  });

  it('always yields lower-case ASCII words separated by single spaces', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalizeCompanyName(s);
        expect(n.folded).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
        expect(n.core).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
        expect(n.tokens.join(' ')).toBe(n.core);
        expect(n.compact).toBe(n.tokens.join(''));
      }),
    );
  });

  it('ignores case, punctuation between words and a legal suffix', () => {
    fc.assert(
      fc.property(words, punct, suffix, fc.boolean(), (ws, sep, sfx, upper) => {
        const plain = ws.join(' ');
        const decorated = `${ws.join(sep)}${sfx}`;
        const cased = upper ? decorated.toUpperCase() : decorated.toLowerCase();
        // A generated word may itself be a legal form ("Corp"); compare like with like.
        expect(core(cased)).toBe(core(plain));
      }),
    );
  });

  it('gives every permutation of the words the same sorted key', () => {
    fc.assert(
      fc.property(
        words.chain((ws) =>
          fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length, maxLength: ws.length })),
        ),
        ([ws, shuffled]) => {
          const a = normalizeCompanyName(`${ws.join(' ')}`);
          const b = normalizeCompanyName(`${shuffled.join(' ')}`);
          // Legal forms are removed only at the edges, so compare names without any.
          fc.pre(
            a.legalForms.length === 0 &&
              b.legalForms.length === 0 &&
              a.tokens[0] !== 'the' &&
              b.tokens[0] !== 'the',
          );
          expect(a.sorted).toBe(b.sorted);
        },
      ),
    );
  });

  it('treats accented and unaccented spellings alike', () => {
    const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç' };
    fc.assert(
      fc.property(words, (ws) => {
        const plain = ws.join(' ');
        const accented = plain.replace(/[aeiounc]/g, (ch) => accents[ch] ?? ch);
        expect(core(accented)).toBe(core(plain));
      }),
    );
  });

  it('never throws and never empties a non-empty name to nothing', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalizeCompanyName(s);
        if (n.folded !== '') expect(n.core).not.toBe('');
      }),
    );
  });
});
