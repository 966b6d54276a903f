import anyAscii from 'any-ascii';

/**
 * Company-name normalisation shared by denied-party screening, duplicate-partner detection and
 * (later) deal-conflict detection. Two spellings of the same organisation should produce the same
 * `core` — whatever their case, punctuation, accents, script, legal form, a leading "The" or
 * "&" versus "and" — and the same `sorted` key when only the word order differs
 * ("Cuba, Banco Nacional de").
 *
 * Pure and synchronous: it runs for every name of a 20,000-entry list when a list is indexed.
 */
export type NormalizedName = {
  /** Folded text with every token, legal forms included: "banco nacional de cuba sa". */
  folded: string;
  /** Folded text without legal forms and a leading "the": "banco nacional de cuba". */
  core: string;
  /** The tokens of `core`. */
  tokens: string[];
  /** The tokens of `core` sorted and joined: word-order-insensitive key. */
  sorted: string;
  /** `core` without spaces: "aero caribbean" and "aerocaribbean" meet here. */
  compact: string;
  /** Legal forms that were removed, as folded tokens ("sa", "gmbh", "co ltd"). */
  legalForms: string[];
};

/*
 * Legal forms written in their own script, removed before transliteration: any-ascii spells
 * 株式会社 as "ZhuShiHuiShe" (the Chinese reading), which no Latin spelling would ever match.
 */
const NATIVE_FORMS = [
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  // NFKC runs first, so the full-width and enclosed forms （株） and ㈱ arrive as (株).
  '(株)',
  '(有)',
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '有限公司',
  '주식회사',
  '유한회사',
  '(주)',
];
const NATIVE_FORMS_RE = new RegExp(
  NATIVE_FORMS.map((f) => f.replace(/[()]/g, (c) => `\\${c}`)).join('|'),
  'gu',
);

/**
 * Legal-form designators (folded, as token sequences), removed at the end of a name — repeatedly,
 * so "Anglo-Caribbean Co., Ltd." loses both — and, for the forms written first in their
 * jurisdictions (OOO, ZAO, PT, "Joint Stock Company" …), at the start.
 */
const SUFFIX_FORMS = [
  // English-speaking jurisdictions
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'cos',
  'companies',
  'llc',
  'lc',
  'pllc',
  'ltd',
  'limited',
  'plc',
  'public limited company',
  'llp',
  'lp',
  'lllp',
  'pc',
  'pty',
  'pty ltd',
  'proprietary limited',
  'ulc',
  'pte',
  'pte ltd',
  'pvt',
  'pvt ltd',
  'private limited',
  'limited liability company',
  'limited liability partnership',
  'limited partnership',
  // German-speaking
  'gmbh',
  'gesmbh',
  'gmbh and co kg',
  'gmbh and co kgaa',
  'gmbh and co',
  'gesellschaft mit beschrankter haftung',
  'ag',
  'aktiengesellschaft',
  'kg',
  'kgaa',
  'ohg',
  'gbr',
  'ug',
  'ug haftungsbeschrankt',
  'ev',
  'eg',
  'se',
  // French, Spanish, Portuguese, Italian
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'snc',
  'sca',
  'scs',
  'societe anonyme',
  'sociedad anonima',
  'sa de cv',
  'sab de cv',
  's de rl',
  's de rl de cv',
  'sl',
  'slu',
  'sau',
  'srl',
  'srls',
  'spa',
  'sapa',
  'societa per azioni',
  'ltda',
  'limitada',
  'cia',
  'cia ltda',
  'eireli',
  // Benelux
  'bv',
  'nv',
  'bvba',
  'cvba',
  'sprl',
  'vof',
  'besloten vennootschap',
  'naamloze vennootschap',
  // Nordics and Baltics
  'ab',
  'ab publ',
  'aktiebolag',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'hf',
  'ehf',
  'ou',
  'uab',
  'sia',
  // Central and Eastern Europe
  // "Sp. z o.o." folds to "sp zoo" (the initials z, o, o join), "spol. s r.o." to "spol sro".
  'sp zoo',
  'spolka zoo',
  'sp k',
  'sro',
  'spol sro',
  'kft',
  'zrt',
  'nyrt',
  'rt',
  'doo',
  'dd',
  'ad',
  'ood',
  'eood',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'tov',
  'pat',
  'jsc',
  'pjsc',
  'ojsc',
  'cjsc',
  'joint stock company',
  'open joint stock company',
  'closed joint stock company',
  'public joint stock company',
  'limited liability company',
  // Asia, Middle East, Africa
  'kk',
  'kabushiki kaisha',
  'kabushikigaisha',
  'yk',
  'yugen kaisha',
  'gk',
  'godo kaisha',
  'bhd',
  'sdn bhd',
  'berhad',
  'tbk',
  'pt tbk',
  'fze',
  'fzco',
  'fzc',
  'fz llc',
  'wll',
  'spc',
  'saog',
  'saoc',
  'psc',
  'qsc',
  'qpsc',
  'bsc',
  'ksc',
  'kscc',
  'jsc',
  'sae',
  'pty ltd',
];

/** Forms that stand before the name in their jurisdictions. */
const PREFIX_FORMS = [
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'tov',
  'pat',
  'jsc',
  'pjsc',
  'ojsc',
  'cjsc',
  'pt',
  'cv',
  'joint stock company',
  'open joint stock company',
  'closed joint stock company',
  'public joint stock company',
  'limited liability company',
  'obshchestvo s ogranichennoi otvetstvennostiu',
];

type Form = { tokens: string[]; text: string };
const byLengthDesc = (forms: string[]): Form[] =>
  [...new Set(forms)]
    .map((text) => ({ text, tokens: text.split(' ') }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
/**
 * The forms by the token they end (suffixes) or start (prefixes) with, longest first as above:
 * only those can match a name, and a name is normalised for every conflict candidate scored.
 */
function byEdgeToken(forms: Form[], edge: (f: Form) => string): Map<string, Form[]> {
  const map = new Map<string, Form[]>();
  for (const f of forms) map.set(edge(f), [...(map.get(edge(f)) ?? []), f]);
  return map;
}
const SUFFIXES = byEdgeToken(byLengthDesc(SUFFIX_FORMS), (f) => f.tokens[f.tokens.length - 1]!);
const PREFIXES = byEdgeToken(byLengthDesc(PREFIX_FORMS), (f) => f.tokens[0]!);

/** Common abbreviations written out, so "Intl" and "International" are one token. */
const SYNONYMS: Record<string, string> = {
  intl: 'international',
  natl: 'national',
  mfg: 'manufacturing',
  bros: 'brothers',
  svcs: 'services',
  hldgs: 'holdings',
  centre: 'center',
  assn: 'association',
};

/**
 * Case, accents, script and punctuation folded to lower-case ASCII words separated by single
 * spaces. Dotted and spaced initials are joined ("S.A." → "sa", "A/S" → "as", "I B M" → "ibm"),
 * "&" and "+" become "and", apostrophes vanish ("McDonald's" → "mcdonalds").
 */
export function foldText(raw: string): string {
  const text = anyAscii(raw.normalize('NFKC').replace(NATIVE_FORMS_RE, ' '))
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[&+]/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (text === '') return '';
  // Runs of single letters are initials: "s a" (from "S.A." or "S. A.") → "sa".
  const out: string[] = [];
  let initials = '';
  for (const token of text.split(' ')) {
    if (token.length === 1 && /[a-z]/.test(token)) {
      initials += token;
      continue;
    }
    if (initials) out.push(initials);
    initials = '';
    out.push(token);
  }
  if (initials) out.push(initials);
  return out.join(' ');
}

function endsWith(tokens: string[], form: Form): boolean {
  if (form.tokens.length >= tokens.length) return false;
  const start = tokens.length - form.tokens.length;
  return form.tokens.every((t, i) => tokens[start + i] === t);
}

function startsWith(tokens: string[], form: Form): boolean {
  if (form.tokens.length >= tokens.length) return false;
  return form.tokens.every((t, i) => tokens[i] === t);
}

/**
 * Normalises an organisation's name (see NormalizedName). A name made only of a legal form or of
 * "the" keeps it: removing everything would make every such name equal.
 */
export function normalizeCompanyName(raw: string): NormalizedName {
  const folded = foldText(raw);
  let tokens = folded === '' ? [] : folded.split(' ').map((t) => SYNONYMS[t] ?? t);
  const legalForms: string[] = [];
  // Suffixes, repeatedly ("co ltd", "gmbh and co kg"), then a dangling "and" ("Smith & Co.").
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of SUFFIXES.get(tokens[tokens.length - 1]!) ?? []) {
      if (endsWith(tokens, form)) {
        tokens = tokens.slice(0, tokens.length - form.tokens.length);
        legalForms.unshift(form.text);
        changed = true;
        break;
      }
    }
    if (tokens.length > 1 && tokens[tokens.length - 1] === 'and') {
      tokens = tokens.slice(0, -1);
      changed = true;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of PREFIXES.get(tokens[0]!) ?? []) {
      if (startsWith(tokens, form)) {
        tokens = tokens.slice(form.tokens.length);
        legalForms.push(form.text);
        changed = true;
        break;
      }
    }
  }
  if (tokens.length > 1 && tokens[0] === 'the') tokens = tokens.slice(1);
  const core = tokens.join(' ');
  return {
    folded,
    core,
    tokens,
    sorted: [...tokens].sort().join(' '),
    compact: tokens.join(''),
    legalForms,
  };
}

/** Whether two names are the same organisation's name up to normalisation (word order included). */
export function sameCompanyName(a: string, b: string): boolean {
  const na = normalizeCompanyName(a);
  const nb = normalizeCompanyName(b);
  return na.core !== '' && (na.sorted === nb.sorted || na.compact === nb.compact);
}
