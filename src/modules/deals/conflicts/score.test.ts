import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDealRules } from '../rules.js';
import { type MatchSubject, nameSimilarity, prepareName, scoreMatch } from './score.js';

const options = {
  exclusivityPerProductLine: defaultDealRules.exclusivityPerProductLine,
  dateWindowDays: defaultDealRules.dateWindowDays,
};
const { conflict } = defaultDealRules.thresholds;

// Company-name material: distinctive words, generic ones, and words in other scripts.
const WORDS = [
  'acme',
  'globex',
  'initech',
  'umbrella',
  'stark',
  'wayne',
  'wonka',
  'cyberdyne',
  'tyrell',
  'soylent',
  'müller',
  'schröder',
  'société',
  'générale',
  'škoda',
  'nestlé',
  'ørsted',
  'łódź',
  'газпром',
  'яндекс',
  'ヤマハ',
  'delta',
  'apple',
  'shell',
  'meta',
  'ford',
  'alpha',
  'nord',
  'sun',
  'bright',
  'global',
  'systems',
  'services',
  'group',
  'holdings',
  'international',
  'technologies',
  'tech',
  'manufacturing',
  'mfg',
  'bank',
  'energy',
  'health',
  'partners',
  'capital',
  'airlines',
];
const LEGAL = [
  'Inc',
  'Inc.',
  'Incorporated',
  'LLC',
  'Ltd',
  'Ltd.',
  'Limited',
  'GmbH',
  'AG',
  'S.A.',
  'SA',
  'S.A.S.',
  'SARL',
  'K.K.',
  '株式会社',
  'plc',
  'PLC',
  'Pty Ltd',
  'B.V.',
  'N.V.',
  'AB',
  'Oy',
  'S.p.A.',
  'Corp.',
  'Corporation',
  'Co., Ltd.',
  'Sp. z o.o.',
  's.r.o.',
];
const COUNTRIES = ['DE', 'FR', 'US', 'GB', 'JP', 'SE'];
const DOMAINS = ['acme.com', 'globex.de', 'initech.co.uk', 'umbrella.fr'];
const LINES = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

const nameArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
const legalArb = fc.option(fc.constantFrom(...LEGAL), { nil: undefined });
const dateArb = fc.option(
  fc
    .integer({ min: 0, max: 900 })
    .map((d) => new Date(Date.UTC(2027, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  { nil: null },
);
const subjectArb: fc.Arbitrary<MatchSubject> = fc.record({
  customerName: fc.oneof(
    fc.tuple(nameArb, legalArb).map(([n, l]) => (l ? `${n} ${l}` : n)),
    fc.string({ maxLength: 30 }),
  ),
  domain: fc.option(fc.constantFrom(...DOMAINS), { nil: null }),
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  productLineIds: fc.subarray(LINES),
  expectedCloseDate: dateArb,
});
const trigramArb = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });

/** Case, punctuation and legal-form noise a second partner adds to the same name. */
const restyle = (name: string, style: number, legal: string | undefined): string => {
  let out = name;
  if (style % 3 === 1) out = out.toUpperCase();
  if (style % 3 === 2) out = out.toLowerCase();
  if (style % 4 === 1) out = out.replace(/ /g, ', ');
  if (style % 4 === 2) out = `${out}.`;
  if (style % 5 === 1) out = `The ${out}`;
  return legal ? `${out} ${legal}` : out;
};

describe('scoreMatch (properties)', () => {
  it('scores lie in [0, 1] and the evidence is well formed', () => {
    fc.assert(
      fc.property(subjectArb, subjectArb, trigramArb, (a, b, trigram) => {
        const r = scoreMatch(a, { ...b, trigram }, options);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.nameScore).toBeGreaterThanOrEqual(0);
        expect(r.nameScore).toBeLessThanOrEqual(1);
        for (const e of r.evidence) expect(Number.isFinite(e.value)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('is symmetric (within rounding): which partner registered first does not matter', () => {
    fc.assert(
      fc.property(subjectArb, subjectArb, trigramArb, (a, b, trigram) => {
        const ab = scoreMatch(a, { ...b, trigram }, options).score;
        const ba = scoreMatch(b, { ...a, trigram }, options).score;
        expect(Math.abs(ab - ba)).toBeLessThanOrEqual(1e-4);
        const na = nameSimilarity(prepareName(a.customerName), prepareName(b.customerName)).value;
        const nb = nameSimilarity(prepareName(b.customerName), prepareName(a.customerName)).value;
        expect(Math.abs(na - nb)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 1500 },
    );
  });

  it('identical subjects score at least the conflict threshold', () => {
    fc.assert(
      fc.property(subjectArb, (a) => {
        fc.pre(prepareName(a.customerName).norm.core !== '');
        expect(scoreMatch(a, { ...a }, options).score).toBeGreaterThanOrEqual(conflict);
      }),
      { numRuns: 1000 },
    );
  });

  it('names differing only by legal form, case, punctuation or a leading "The" are a conflict', () => {
    fc.assert(
      fc.property(
        nameArb,
        legalArb,
        legalArb,
        fc.nat(59),
        fc.nat(59),
        subjectArb,
        fc.boolean(),
        (name, legalA, legalB, styleA, styleB, facts, oneCountryUnknown) => {
          const a: MatchSubject = { ...facts, customerName: restyle(name, styleA, legalA) };
          const b: MatchSubject = {
            ...facts,
            customerName: restyle(name, styleB, legalB),
            // A partner who left the website or the country empty.
            domain: styleB % 2 === 0 ? facts.domain : null,
            country: oneCountryUnknown ? null : facts.country,
          };
          expect(scoreMatch(a, b, options).score).toBeGreaterThanOrEqual(conflict);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a fact against the match never raises the score (different country, different domain, disjoint lines, far dates)', () => {
    fc.assert(
      fc.property(subjectArb, subjectArb, trigramArb, fc.nat(3), (a, b, trigram, which) => {
        const unknown = { ...b, trigram };
        let against: MatchSubject & { trigram: number | null };
        let base: MatchSubject & { trigram: number | null };
        if (which === 0) {
          fc.pre(a.country !== null);
          base = { ...unknown, country: null };
          against = { ...unknown, country: COUNTRIES.find((c) => c !== a.country)! };
        } else if (which === 1) {
          fc.pre(a.domain !== null);
          base = { ...unknown, domain: null };
          against = { ...unknown, domain: DOMAINS.find((d) => d !== a.domain)! };
        } else if (which === 2) {
          fc.pre(a.productLineIds.length === 1);
          base = { ...unknown, productLineIds: [] };
          against = { ...unknown, productLineIds: LINES.filter((l) => !a.productLineIds.includes(l)) };
        } else {
          fc.pre(a.expectedCloseDate !== null);
          base = { ...unknown, expectedCloseDate: null };
          const far = Date.parse(a.expectedCloseDate!) + (options.dateWindowDays + 30) * 86_400_000;
          against = { ...unknown, expectedCloseDate: new Date(far).toISOString().slice(0, 10) };
        }
        expect(scoreMatch(a, against, options).score).toBeLessThanOrEqual(scoreMatch(a, base, options).score);
      }),
      { numRuns: 2000 },
    );
  });

  it('a shared registrable domain never lowers the score against an unknown one', () => {
    fc.assert(
      fc.property(subjectArb, subjectArb, trigramArb, (a, b, trigram) => {
        fc.pre(a.domain !== null);
        const same = scoreMatch(a, { ...b, domain: a.domain, trigram }, options).score;
        const unknown = scoreMatch(a, { ...b, domain: null, trigram }, options).score;
        expect(same).toBeGreaterThanOrEqual(unknown);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scoreMatch (examples)', () => {
  const s = (customerName: string, extra: Partial<MatchSubject> = {}): MatchSubject => ({
    customerName,
    domain: null,
    country: null,
    productLineIds: [],
    expectedCloseDate: null,
    ...extra,
  });

  it('a shared first word alone is no conflict', () => {
    for (const [x, y] of [
      ['Delta Air Lines', 'Delta Dental'],
      ['American Airlines', 'American Express'],
      ['General Electric', 'General Motors'],
      ['Alpha Bank', 'Alphabet'],
      ['Mars', 'Marsh'],
    ] as const) {
      expect(scoreMatch(s(x), s(y), options).score, `${x} / ${y}`).toBeLessThan(conflict);
    }
  });

  it('typos, transliterated umlauts and organisational words still match', () => {
    for (const [x, y] of [
      ['Robert Bosch GmbH', 'Robert Bosh GmbH'],
      ['Kühne + Nagel International AG', 'Kuehne + Nagel International AG'],
      ['Siemens AG', 'Siemens Group'],
      ['Cascade Health Holdings, Inc.', 'Cascade Health Group'],
      ['Kessler & Partner Steuerberatung GmbH', 'Kessler und Partner Steuerberatung'],
      ['Wärtsilä Oyj Abp', 'Wartsila'],
      ['Kowalski i Synowie Sp. z o.o.', 'Kowalski i Synowie Sp z oo'],
    ] as const) {
      expect(scoreMatch(s(x), s(y), options).score, `${x} / ${y}`).toBeGreaterThanOrEqual(conflict);
    }
  });

  it('a shared domain with another country is only "possible" (a subsidiary abroad is for a reviewer)', () => {
    const r = scoreMatch(
      s('Oracle Corporation', { domain: 'oracle.com', country: 'US' }),
      s('Oracle Financial Services Software', { domain: 'oracle.com', country: 'IN' }),
      options,
    );
    expect(r.score).toBeLessThan(conflict);
    expect(r.score).toBeGreaterThanOrEqual(defaultDealRules.thresholds.possible);
  });
});
