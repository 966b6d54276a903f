import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from './render-errors.js';

describe('error codes', () => {
  it('docs/errors.md is exactly what the code renders (run `npm run docs:generate`)', () => {
    expect(readFileSync('docs/errors.md', 'utf8')).toBe(renderErrorsDoc());
  });
});
