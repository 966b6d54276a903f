import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition, sniffDealFile, wellFormed } from './files.js';

const allowed = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/csv',
  'text/plain',
]);

describe('deal file sniffing', () => {
  it('never throws and only ever answers an allowed type or null, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string({ maxLength: 40 }), (bytes, name) => {
        const type = sniffDealFile(Buffer.from(bytes), name, 'application/octet-stream');
        expect(type === null || allowed.has(type)).toBe(true);
      }),
    );
  });

  it('takes any NUL-free UTF-8 text as text, CSV by name or declared type', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 200 })
          .filter((s) => !s.includes('\u0000') && !s.startsWith('%PDF-') && !s.startsWith('PK\u0003\u0004')),
        (s) => {
          const bytes = Buffer.from(s, 'utf8');
          // Strings that happen to start like an image signature are not text here.
          if (bytes[0] === 0xff || bytes[0] === 0x89) return;
          expect(sniffDealFile(bytes, 'notes.txt', 'text/plain')).toBe('text/plain');
          expect(sniffDealFile(bytes, 'lines.csv', 'application/octet-stream')).toBe('text/csv');
        },
      ),
    );
  });

  it('builds an attachment header that carries any name safely', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100, unit: 'binary' }), (name) => {
        const header = contentDisposition(name);
        expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
        expect(header.slice(header.indexOf('"') + 1, header.lastIndexOf('"'))).not.toMatch(/["\\]/);
        expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(wellFormed(name));
      }),
    );
  });
});
