import { describe, expect, it } from 'vitest';
import { decodeLetterText, looksBinary } from './decode-text.ts';

const encode1252 = (s: string) => Uint8Array.from([...s].map((ch) => ({ '\u2019': 0x92, é: 0xe9 })[ch] ?? ch.charCodeAt(0)));

describe('decodeLetterText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Upheld – café')]);
    expect(decodeLetterText(bytes)).toEqual({ text: 'Upheld – café', encoding: 'utf-8' });
  });
  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x19, 0x20]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x41, 0x20, 0x19]);
    expect(decodeLetterText(le).text).toBe('A\u2019');
    expect(decodeLetterText(be).text).toBe('A\u2019');
  });
  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeLetterText(encode1252('applicant\u2019s café'))).toEqual({ text: 'applicant\u2019s café', encoding: 'windows-1252' });
  });
  it('turns CRLF and lone CR into LF', () => {
    expect(decodeLetterText(new TextEncoder().encode('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
  it('tells binary from text', () => {
    expect(looksBinary('plain letter\n')).toBe(false);
    expect(looksBinary('PK\u0003\u0004\0\0junk')).toBe(true);
  });
  it('reads UTF-16 without a BOM, and UTF-32 with or without one', () => {
    const text = 'Case Number: CM16-0000001\nKnee brace: Upheld \u2019';
    const utf16 = (le: boolean) => {
      const view = new DataView(new ArrayBuffer(text.length * 2));
      [...text].forEach((ch, i) => view.setUint16(i * 2, ch.charCodeAt(0), le));
      return new Uint8Array(view.buffer);
    };
    const utf32 = (le: boolean, bom: boolean) => {
      const points = [...(bom ? '\uFEFF' : ''), ...text].map((ch) => ch.codePointAt(0)!);
      const view = new DataView(new ArrayBuffer(points.length * 4));
      points.forEach((p, i) => view.setUint32(i * 4, p, le));
      return new Uint8Array(view.buffer);
    };
    expect(decodeLetterText(utf16(true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeLetterText(utf16(false))).toEqual({ text, encoding: 'utf-16be' });
    for (const bom of [true, false]) {
      expect(decodeLetterText(utf32(true, bom))).toEqual({ text, encoding: 'utf-32le' });
      expect(decodeLetterText(utf32(false, bom))).toEqual({ text, encoding: 'utf-32be' });
    }
  });
  it('turns every Unicode line end into LF and keeps the form feed between pages', () => {
    const bytes = new TextEncoder().encode('a\u0085b\u2028c\u2029d\ve\ff');
    expect(decodeLetterText(bytes).text).toBe('a\nb\nc\nd\ne\ff');
  });
});
