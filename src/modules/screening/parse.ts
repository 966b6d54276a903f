import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';

/** One listed party as read from a file, before it is stored. */
export type ParsedEntry = {
  externalId: string | null;
  name: string;
  altNames: string[];
  countries: string[];
  sourceList: string;
  programs: string[];
  entityType: string;
  remarks: string | null;
};

/** A row that was skipped, with the line it starts on (1-based) in the named file. */
export type RowError = { file: string; line: number; message: string };

export type ParseResult = { entries: ParsedEntry[]; errors: RowError[] };

const MAX_NAME = 500;
const MAX_ALIASES = 200;

/**
 * Country spellings in OFAC and CSL files that ISO's English names (i18n-iso-countries) do not
 * know. Regions resolve to the country they lie in; "Kafia Kingi" (disputed) and the dissolved
 * Netherlands Antilles resolve to none.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  'korea, north': 'KP',
  'north korea': 'KP',
  'korea, south': 'KR',
  'south korea': 'KR',
  syria: 'SY',
  burma: 'MM',
  laos: 'LA',
  moldova: 'MD',
  brunei: 'BN',
  macau: 'MO',
  'west bank': 'PS',
  gaza: 'PS',
  palestinian: 'PS',
  'bahamas, the': 'BS',
  'gambia, the': 'GM',
  'congo, democratic republic of the': 'CD',
  'congo, republic of the': 'CG',
  'cote d ivoire': 'CI',
  crimea: 'UA',
  'northern mali': 'ML',
};

/** ISO 3166-1 alpha-2 for a code or an English country name, or null when unknown. */
export function resolveCountry(raw: string): string | null {
  const v = raw
    .trim()
    .replace(/^region:\s*/i, '')
    .replace(/\.$/, '');
  if (v === '') return null;
  if (/^[A-Za-z]{2}$/.test(v)) return countries.isValid(v.toUpperCase()) ? v.toUpperCase() : null;
  return COUNTRY_ALIASES[v.toLowerCase()] ?? countries.getAlpha2Code(v, 'en') ?? null;
}

/** ASCII SUB (Ctrl-Z), the end-of-file mark some exports still end with. */
const SUB = String.fromCharCode(0x1a);
const uniq = <T>(xs: T[]) => [...new Set(xs)];
const clean = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();

/**
 * Short list labels for the Consolidated Screening List's `source` column, whose values read
 * "Specially Designated Nationals (SDN) - Treasury Department": staff recognise "OFAC SDN".
 */
export function sourceLabel(source: string): string {
  const s = clean(source);
  const acronym = /\(([A-Z][A-Z0-9-]*)\)/.exec(s)?.[1];
  if (!acronym) return s;
  if (/treasury/i.test(s)) return `OFAC ${acronym}`;
  if (/industry and security/i.test(s)) return `BIS ${acronym}`;
  if (/state/i.test(s)) return `State ${acronym}`;
  return acronym;
}

/**
 * csv-parse, lenient: rows it cannot read (an unclosed quote, say) are reported with their line
 * and skipped instead of failing the whole file; a file it cannot read at all is one error.
 */
function readCsv<R>(
  text: string,
  file: string,
  errors: RowError[],
  columns: false | ((header: string[]) => string[]),
): { record: R; line: number }[] {
  try {
    const parsed = parse(text, {
      bom: true,
      columns,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) errors.push({ file, line: Number(err.lines ?? 0), message: err.message });
      },
      info: true,
    }) as unknown as { record: R; info: { lines: number } }[];
    return parsed.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (err) {
    errors.push({ file, line: 1, message: (err as Error).message });
    return [];
  }
}

function checkName(name: string): string | null {
  if (name === '') return 'the name is empty';
  if (name.length > MAX_NAME) return `the name is longer than ${MAX_NAME} characters`;
  return null;
}

/**
 * The U.S. Consolidated Screening List CSV: a header row, then one party per row. Columns are
 * found by name (order does not matter, unknown ones are ignored): `name` is required;
 * `alt_names` and `programs` are `;`-separated; the countries come from a `country` column when
 * there is one, else from the last part of each `;`-separated entry of `addresses`
 * ("Havana, CU").
 */
export function parseCsl(text: string, fallbackSource: string, file = 'csl.csv'): ParseResult {
  const errors: RowError[] = [];
  const records = readCsv<Record<string, string>>(text, file, errors, (header: string[]) =>
    header.map((h) => h.trim().toLowerCase()),
  );
  if (records.length > 0 && !('name' in records[0]!.record)) {
    return { entries: [], errors: [{ file, line: 1, message: 'the header row has no "name" column' }] };
  }
  const entries: ParsedEntry[] = [];
  for (const { record: r, line } of records) {
    // The EOF control character some exports end with is a "row" of its own.
    if (Object.values(r).every((v) => clean(v.replaceAll(SUB, '')) === '')) continue;
    const name = clean(r.name);
    const problem = checkName(name);
    if (problem) {
      errors.push({ file, line, message: `Skipped: ${problem}.` });
      continue;
    }
    const fromColumn = (r.country ?? '').split(/[;|]/);
    const fromAddresses = (r.addresses ?? '').split(';').map((a) => a.split(',').pop() ?? '');
    const codes = (r.country !== undefined && clean(r.country) !== '' ? fromColumn : fromAddresses)
      .map(resolveCountry)
      .filter((c): c is string => c !== null);
    entries.push({
      externalId: clean(r.entity_number) || clean(r._id) || null,
      name,
      altNames: uniq(
        (r.alt_names ?? '')
          .split(';')
          .map(clean)
          .filter((a) => a !== '' && a !== name && a.length <= MAX_NAME),
      ).slice(0, MAX_ALIASES),
      countries: uniq(codes),
      sourceList: sourceLabel(r.source ?? '') || fallbackSource,
      programs: uniq((r.programs ?? '').split(';').map(clean).filter(Boolean)),
      entityType: clean(r.type).toLowerCase() || 'entity',
      remarks: clean(r.remarks) || null,
    });
  }
  return { entries, errors };
}

/** OFAC's legacy files: no header, `-0-` (with trailing space) for an empty field. */
function ofacRows(text: string, file: string, width: number, errors: RowError[]) {
  const rows: { fields: string[]; line: number }[] = [];
  for (const { record, line } of readCsv<string[]>(text, file, errors, false)) {
    const fields = record.map((f) => {
      const v = clean(f.replaceAll(SUB, ''));
      return v === '-0-' ? '' : v;
    });
    if (fields.every((f) => f === '')) continue;
    if (!/^\d+$/.test(fields[0] ?? '')) {
      errors.push({ file, line, message: `Skipped: "${fields[0]}" is not an entry number.` });
      continue;
    }
    if (fields.length < width) {
      errors.push({ file, line, message: `Skipped: ${fields.length} fields, expected ${width}.` });
      continue;
    }
    rows.push({ fields, line });
  }
  return rows;
}

/**
 * OFAC's legacy SDN layout: sdn.csv (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
 * Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), alt.csv (ent_num, alt_num, alt_type,
 * alt_name, alt_remarks) and add.csv (ent_num, add_num, address, city/state/postal, country,
 * add_remarks), joined on ent_num. Aliases and addresses of unknown entries are reported.
 */
export function parseOfacLegacy(files: { sdn: string; alt?: string; add?: string }): ParseResult {
  const errors: RowError[] = [];
  const byNum = new Map<string, ParsedEntry>();
  for (const { fields: f, line } of ofacRows(files.sdn, 'sdn.csv', 4, errors)) {
    const name = f[1] ?? '';
    const problem = checkName(name);
    if (problem) {
      errors.push({ file: 'sdn.csv', line, message: `Skipped: ${problem}.` });
      continue;
    }
    if (byNum.has(f[0]!)) {
      errors.push({ file: 'sdn.csv', line, message: `Skipped: entry number ${f[0]} appears twice.` });
      continue;
    }
    byNum.set(f[0]!, {
      externalId: f[0]!,
      name,
      altNames: [],
      countries: [],
      sourceList: 'OFAC SDN',
      // "IRAN] [SDGT" — the file's own separator between several programs.
      programs: uniq(
        (f[3] ?? '')
          .split(/\]\s*\[/)
          .map(clean)
          .filter(Boolean),
      ),
      entityType: (f[2] ?? '').toLowerCase() || 'entity',
      remarks: f[11] || null,
    });
  }
  const attach = (
    file: string,
    text: string | undefined,
    width: number,
    apply: (e: ParsedEntry, f: string[]) => void,
  ) => {
    if (!text) return;
    for (const { fields, line } of ofacRows(text, file, width, errors)) {
      const entry = byNum.get(fields[0]!);
      if (!entry) {
        errors.push({ file, line, message: `Skipped: no entry ${fields[0]} in sdn.csv.` });
        continue;
      }
      apply(entry, fields);
    }
  };
  attach('alt.csv', files.alt, 4, (e, f) => {
    const alias = f[3] ?? '';
    if (alias && alias !== e.name && alias.length <= MAX_NAME && e.altNames.length < MAX_ALIASES) {
      if (!e.altNames.includes(alias)) e.altNames.push(alias);
    }
  });
  attach('add.csv', files.add, 5, (e, f) => {
    const code = resolveCountry(f[4] ?? '');
    if (code && !e.countries.includes(code)) e.countries.push(code);
  });
  return { entries: [...byNum.values()], errors };
}
