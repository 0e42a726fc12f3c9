// Hostile inputs, built at test time (never committed as binaries): the unit tests, the CLI tests, the
// bad-input e2e matrix and the bench all make them here. Each is small; what it declares is not.
import { Zip, ZipDeflate } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A valid PNG header declaring `width` × `height` RGB pixels, with one tiny (wrong-sized) data chunk: 65 bytes. */
export function pngDeclaring(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const idat = new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]); // an empty zlib stream
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array()),
  ];
  return concat(parts);
}

/** 23 bytes: a JPEG's start, an APP0 header, and the end marker, with no frame at all. */
export const corruptJpeg = (): Uint8Array =>
  new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
    0x00,
  ]);

/**
 * A little-endian TIFF of `pages` image directories of `width` × `height` (no pixel data: only what a
 * reader sees before decoding). `loop`: the last directory points back at the first, so the pages never end.
 */
export function tiffPages(pages: number, { width = 1700, height = 2200, loop = false } = {}): Uint8Array {
  const IFD = 2 + 2 * 12 + 4;
  const out = new Uint8Array(8 + pages * IFD);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, 8, true);
  for (let p = 0; p < pages; p++) {
    const at = 8 + p * IFD;
    view.setUint16(at, 2, true);
    [
      [256, width],
      [257, height],
    ].forEach(([tag, value], e) => {
      const entry = at + 2 + e * 12;
      view.setUint16(entry, tag!, true);
      view.setUint16(entry + 2, 4, true); // LONG
      view.setUint32(entry + 4, 1, true);
      view.setUint32(entry + 8, value!, true);
    });
    const last = p === pages - 1;
    view.setUint32(at + 2 + 24, last ? (loop ? 8 : 0) : at + IFD, true);
  }
  return out;
}

/** A text that reads as an IMR letter with `items` one-line items (a 220 KB text holds 10,000). */
export function manyItemsLetter(items: number): string {
  const lines = ['Case Number: CM16-0000001', 'IMR ISSUES, DECISIONS AND RATIONALES'];
  for (let i = 1; i <= items; i++) lines.push(`Drug ${i}: Upheld`);
  return lines.join('\n');
}

/** A one-page PDF 10 pt wide and 14,400 pt tall: drawn 2550 px wide for OCR it would be 3.7 billion pixels. */
export function ribbonPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 14400] /Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >> >>',
    '<< /Length 26 >>\nstream\nq 10 0 0 14400 0 0 cm /Im Do Q\nendstream',
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0000\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

/** A zip whose entries may share a name (fflate's zipSync takes an object, so it cannot make one). */
export function zipWithEntries(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of entries) {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  return concat(chunks);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}
