// node-postgres's own value serialiser (arrays, dates, buffers, JSON), which @types/pg does not
// declare: inlined literals must be what a bound parameter would have been.
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): string | Buffer | null;
}
