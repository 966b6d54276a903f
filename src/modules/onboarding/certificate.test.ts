import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { type CertificateFacts, renderCertificate } from './certificate.js';

const dir = mkdtempSync(join(tmpdir(), 'symbio-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const facts: CertificateFacts = {
  signatureId: 'sig_01jq3v3z8xf5sbk9m2n7r4t6wd',
  agreementTitle: 'Partner agreement',
  versionNumber: 2,
  publishedAt: new Date('2026-11-20T10:00:00Z'),
  agreementText: '# Partner agreement\n\n1. 日本語の条項も含みます。\n',
  sha256: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a',
  signerName: '山田 花子',
  signerEmail: 'hanako@kite.example',
  partnerName: 'Kite Data K.K.',
  signedAt: new Date('2026-11-24T09:30:00Z'),
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/142',
};

/** Renders page 1 at 60 dpi as greyscale PGM and counts dark pixels inside a box (or the page). */
function inkOf(pdf: Buffer, name: string, box?: { x: number; y: number; w: number; h: number }) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-gray', '-f', '1', '-l', '1', file, join(dir, name)]);
  execFileSync('/usr/bin/pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    file,
    join(dir, `${name}-view`),
  ]);
  const pgm = readFileSync(join(dir, `${name}-1.pgm`));
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  const header = pgm.toString('latin1', 0, 32).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  const b = box ?? { x: 0, y: 0, w, h };
  for (let y = b.y; y < b.y + b.h; y++)
    for (let x = b.x; x < b.x + b.w; x++) if (pixels[y * w + x]! < 128) dark++;
  return { dark, width: w, height: h };
}

describe('signature certificate', () => {
  it('renders a non-blank page on which the Japanese signer name shows, and carries metadata and the signed text', async () => {
    const pdf = await renderCertificate(facts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const withName = inkOf(pdf, 'with-name');
    expect(withName.dark).toBeGreaterThan(2000);
    // The same certificate with the name left out: the difference is the name's ink, which
    // exists only if the CJK glyphs were embedded (a dropped glyph renders as nothing).
    const withoutName = inkOf(await renderCertificate({ ...facts, signerName: ' ' }), 'without-name');
    expect(withName.dark - withoutName.dark).toBeGreaterThan(150);
    // A Latin name of the same length inks far less than four CJK ideographs at the same size.
    const latin = inkOf(await renderCertificate({ ...facts, signerName: 'Y H' }), 'latin-name');
    expect(withName.dark).toBeGreaterThan(latin.dark);

    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Signature certificate: Partner agreement v2');
    expect(doc.getSubject()).toContain('山田 花子');
    expect(doc.getKeywords()).toContain(`sha256:${facts.sha256}`);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-24T09:30:00.000Z');
    // The embedded file holds the exact signed text (extracted with poppler's pdfdetach).
    const file = join(dir, 'with-name.pdf');
    expect(execFileSync('/usr/bin/pdfdetach', ['-list', file]).toString()).toContain('agreement-v2.txt');
    execFileSync('/usr/bin/pdfdetach', ['-save', '1', '-o', join(dir, 'attached.txt'), file]);
    expect(readFileSync(join(dir, 'attached.txt'), 'utf8')).toBe(facts.agreementText);
  });
});
