import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import PDFDocument from 'pdfkit';

/**
 * The signature certificate: one A4 page drawn with pdfkit (it subsets the Noto Sans JP TTF
 * correctly, so Japanese and other CJK signer names render; pdf-lib's subsetting drops CJK
 * glyphs — STACK-NOTES), then finished with pdf-lib: document metadata taken from the signature
 * (no wall-clock time, so the same signature always yields the same metadata) and the exact
 * signed text embedded as a file attachment, so the certificate carries what was signed.
 */
export type CertificateFacts = {
  signatureId: string;
  agreementTitle: string;
  versionNumber: number;
  publishedAt: Date;
  agreementText: string;
  sha256: string;
  signerName: string;
  signerEmail: string;
  partnerName: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
};

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Loaded once per process (5.5 MB each); pdfkit embeds only the glyphs a certificate uses. */
function loadFonts() {
  fonts ??= {
    regular: readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
    ),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf')),
  };
  return fonts;
}

export const attachmentName = (versionNumber: number) => `agreement-v${versionNumber}.txt`;

function drawPage(f: CertificateFacts): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { CreationDate: f.signedAt, ModDate: f.signedAt, Title: 'Certificate of electronic signature' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(20).fillColor('#1a1b1e').text('Certificate of electronic signature');
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#495057')
    .text('Issued by Symbio. The signed text is attached to this PDF; its SHA-256 is given below.');
  doc.moveDown(1.2);

  const rows: [string, string][] = [
    ['Agreement', f.agreementTitle],
    ['Version', `${f.versionNumber} (published ${f.publishedAt.toISOString()})`],
    ['SHA-256 of the signed text', f.sha256],
    ['Signed by', f.signerName],
    ['E-mail', f.signerEmail],
    ['On behalf of', f.partnerName],
    ['Signed at (UTC)', f.signedAt.toISOString()],
    ['IP address', f.ip ?? '—'],
    ['User agent', f.userAgent ?? '—'],
    ['Signature id', f.signatureId],
    ['Attached text', attachmentName(f.versionNumber)],
  ];
  const labelWidth = 150;
  const x = doc.page.margins.left;
  const valueWidth = doc.page.width - doc.page.margins.right - x - labelWidth;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#495057')
      .text(label, x, y, { width: labelWidth - 10 });
    const labelBottom = doc.y;
    const big = label === 'Signed by';
    doc
      .font(big ? 'bold' : 'regular')
      .fontSize(big ? 16 : 10)
      .fillColor('#1a1b1e')
      .text(value, x + labelWidth, y, { width: valueWidth });
    doc.y = Math.max(doc.y, labelBottom) + 8;
  }
  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#495057')
    .text(
      `The signer confirmed consent to sign electronically after being shown the full text of version ${f.versionNumber}. ` +
        'To verify: extract the attached file and compute its SHA-256; it must equal the value above.',
      x,
      doc.y,
      { width: doc.page.width - doc.page.margins.left - doc.page.margins.right },
    );
  doc.end();
  return done;
}

export async function renderCertificate(f: CertificateFacts): Promise<Buffer> {
  const page = await drawPage(f);
  const pdf = await PdfLibDocument.load(page, { updateMetadata: false });
  pdf.setTitle(`Signature certificate: ${f.agreementTitle} v${f.versionNumber}`);
  pdf.setSubject(`Electronic signature ${f.signatureId} by ${f.signerName} <${f.signerEmail}>`);
  pdf.setKeywords(['signature', f.signatureId, `sha256:${f.sha256}`, `version:${f.versionNumber}`]);
  pdf.setAuthor('Symbio');
  pdf.setCreator('Symbio');
  pdf.setProducer('Symbio (pdfkit, pdf-lib)');
  pdf.setCreationDate(f.signedAt);
  pdf.setModificationDate(f.signedAt);
  await pdf.attach(Buffer.from(f.agreementText, 'utf8'), attachmentName(f.versionNumber), {
    mimeType: 'text/plain; charset=utf-8',
    description: `Exact text of ${f.agreementTitle}, version ${f.versionNumber} (SHA-256 ${f.sha256})`,
    creationDate: f.publishedAt,
    modificationDate: f.publishedAt,
  });
  return Buffer.from(await pdf.save());
}
