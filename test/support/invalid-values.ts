/**
 * fast-check arbitraries of values a JSON schema (from the OpenAPI document) certainly refuses.
 * Each generator is derived from one keyword, and only where that keyword alone makes the value
 * invalid — so a generated body differs from a valid example in exactly one known place, and the
 * error must name that place. Schemas whose runtime validator transforms first (zod `.trim()`)
 * are handled by only ever generating strings without whitespace.
 */
import fc from 'fast-check';
import { type IdKind, idPrefixes, newId } from '../../src/platform/ids/index.js';
import { idKindOf, type JsonSchema, nonNullBranch, typeTags } from './openapi-walk.js';

export type Invalid = { value: unknown; why: string };

/** Characters that survive trimming and need no escaping anywhere. */
const SAFE = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.');
const safeString = (c: { minLength?: number; maxLength?: number } = {}) => fc.string({ unit: SAFE, ...c });
const tag =
  (why: string) =>
  (value: unknown): Invalid => ({ value, why });

const KINDS = Object.keys(idPrefixes) as IdKind[];

/** Strings refused by a string schema's own constraints (enum, pattern, length, format). */
function invalidStrings(s: JsonSchema): fc.Arbitrary<Invalid>[] {
  const out: fc.Arbitrary<Invalid>[] = [];
  if (s.enum) {
    const allowed = new Set(s.enum);
    out.push(
      safeString({ maxLength: 24 })
        .filter((v) => !allowed.has(v))
        .map(tag('not one of the enum values')),
    );
  }
  const kind = idKindOf(s);
  if (kind) {
    const prefix = idPrefixes[kind];
    const other = KINDS.find((k) => k !== kind)!;
    out.push(
      fc
        .constantFrom(
          `${prefix}_notanid`,
          `${prefix}_`,
          newId(other),
          newId(kind).toUpperCase(),
          `${newId(kind)}x`,
          '00000000-0000-7000-8000-000000000000',
        )
        .map(tag('a malformed id')),
    );
  } else if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern, 'u');
    out.push(
      safeString({ maxLength: 30 })
        .filter((v) => !re.test(v))
        .map(tag(`not matching ${s.pattern}`)),
    );
  }
  if (typeof s.maxLength === 'number') {
    out.push(
      safeString({ minLength: s.maxLength + 1, maxLength: s.maxLength + 40 }).map(
        tag(`longer than ${s.maxLength}`),
      ),
    );
  }
  if (typeof s.minLength === 'number' && s.minLength > 0) {
    out.push(safeString({ maxLength: s.minLength - 1 }).map(tag(`shorter than ${s.minLength}`)));
  }
  const formats: Record<string, string[]> = {
    email: ['not-an-email', 'a@', '@example.com', 'two@@example.com'],
    uri: ['not a url', '://no-scheme.example'],
    'date-time': ['yesterday', '2026-13-45T25:61:00Z', '2026-01-01'],
    date: ['tomorrow', '2026-02-30x'],
    uuid: ['not-a-uuid'],
  };
  if (s.format && formats[s.format])
    out.push(fc.constantFrom(...formats[s.format]!).map(tag(`not a ${s.format}`)));
  return out;
}

/** Numbers refused by a number schema's range or integer-ness. */
function invalidNumbers(s: JsonSchema): fc.Arbitrary<Invalid>[] {
  const out: fc.Arbitrary<Invalid>[] = [];
  if (typeof s.minimum === 'number') {
    out.push(fc.integer({ min: -1_000_000, max: Math.ceil(s.minimum) - 1 }).map(tag(`below ${s.minimum}`)));
  }
  if (typeof s.maximum === 'number') {
    out.push(
      fc
        .integer({ min: Math.floor(s.maximum) + 1, max: Math.floor(s.maximum) + 1_000_000 })
        .map(tag(`above ${s.maximum}`)),
    );
  }
  if (s.type === 'integer') out.push(fc.constantFrom(1.5, 2.25, -0.5).map(tag('not an integer')));
  return out;
}

/** Values of a JSON type the schema does not admit at all. */
function wrongTypes(schema: JsonSchema): fc.Arbitrary<Invalid>[] {
  const admitted = typeTags(schema);
  const byType: Record<string, fc.Arbitrary<unknown>> = {
    string: safeString({ maxLength: 12 }),
    number: fc.integer({ min: -1000, max: 1000 }),
    boolean: fc.boolean(),
    object: fc.dictionary(safeString({ minLength: 1, maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
    array: fc.array(fc.integer(), { maxLength: 3 }),
    null: fc.constant(null),
  };
  return Object.entries(byType)
    .filter(([type]) => !admitted.has(type))
    .map(([type, arb]) => arb.map(tag(`a ${type} where ${[...admitted].join('|')} is expected`)));
}

/**
 * Every arbitrary of certainly-invalid JSON values for a schema (none for a schema that admits
 * anything). `valid` is a valid value of the same schema, used to build too-long arrays.
 */
export function invalidJsonValues(schema: JsonSchema, valid?: unknown): fc.Arbitrary<Invalid>[] {
  const out = wrongTypes(schema);
  const s = nonNullBranch(schema);
  const types = typeTags(s);
  if (types.has('string') && !types.has('number')) out.push(...invalidStrings(s));
  if (types.has('number') && !types.has('string')) out.push(...invalidNumbers(s));
  if (types.has('array') && types.size === 1) {
    if (typeof s.minItems === 'number' && s.minItems > 0)
      out.push(fc.constant([]).map(tag(`fewer than ${s.minItems} items`)));
    const item = Array.isArray(valid) && valid.length > 0 ? valid[0] : undefined;
    if (typeof s.maxItems === 'number' && item !== undefined) {
      out.push(
        fc
          .constant(Array.from({ length: s.maxItems + 1 }, () => item))
          .map(tag(`more than ${s.maxItems} items`)),
      );
    }
    if (s.items) {
      for (const bad of invalidJsonValues(s.items))
        out.push(bad.map((b) => ({ value: [b.value], why: `item: ${b.why}` })));
    }
  }
  return out;
}

/**
 * Certainly-invalid query-string values for a parameter schema (query values are always
 * strings; numbers are coerced by the server).
 */
export function invalidQueryValues(schema: JsonSchema): fc.Arbitrary<Invalid>[] {
  const s = nonNullBranch(schema);
  const types = typeTags(s);
  if (types.has('string')) return invalidStrings(s);
  if (types.has('number')) {
    return [
      safeString({ minLength: 1, maxLength: 8 })
        .filter((v) => Number.isNaN(Number(v)))
        .map(tag('not a number')),
      ...invalidNumbers(s).map((a) => a.map((i) => ({ value: String(i.value), why: i.why }))),
    ];
  }
  return [];
}
