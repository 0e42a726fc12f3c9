// Text letters arrive in whatever encoding the user's tools saved them in. Decode by byte-order mark
// first; without one, UTF-32 or UTF-16 when the zero bytes fall where an English text in those
// encodings puts them, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what US office
// software writes). Every Unicode line end becomes LF so offsets mean the same thing whichever file a
// letter came from (a form feed stays: it separates pages).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252';

/** Whether most `width`-byte units of the sample have a non-zero byte at `nonZero` and zeros at every other place. */
function unitsLookLike(bytes: Uint8Array, width: number, nonZero: number): boolean {
  const units = Math.floor(Math.min(bytes.length, 4096) / width);
  if (units < 2) return false;
  let fits = 0;
  for (let u = 0; u < units; u++) {
    let ok = bytes[u * width + nonZero] !== 0;
    for (let k = 0; k < width && ok; k++) if (k !== nonZero && bytes[u * width + k] !== 0) ok = false;
    if (ok) fits++;
  }
  return fits / units >= 0.9;
}

export function detectTextEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', bomLength: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (unitsLookLike(bytes, 4, 0)) return { encoding: 'utf-32le', bomLength: 0 };
  if (unitsLookLike(bytes, 4, 3)) return { encoding: 'utf-32be', bomLength: 0 };
  if (unitsLookLike(bytes, 2, 0)) return { encoding: 'utf-16le', bomLength: 0 };
  if (unitsLookLike(bytes, 2, 1)) return { encoding: 'utf-16be', bomLength: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro...). Decoded by
// hand because Node's TextDecoder without full ICU treats 'windows-1252' as Latin-1 and loses them.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    chars.push(String.fromCharCode(...codes));
  }
  return chars.join('');
}

/** UTF-32 (no TextDecoder reads it): a code point that is none becomes U+FFFD, as TextDecoder does. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at + 4 <= bytes.length; at += 4 * CHUNK) {
    const codes: number[] = [];
    for (let i = at; i + 4 <= bytes.length && i < at + 4 * CHUNK; i += 4) {
      const code = view.getUint32(i, littleEndian);
      codes.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    }
    chars.push(String.fromCodePoint(...codes));
  }
  return chars.join('');
}

function decodeBody(body: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(body, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(body);
}

/** CRLF, CR, vertical tab, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: Unicode's line ends other than LF (and the form feed). */
const LINE_ENDS = /\r\n|[\r\v\u0085\u2028\u2029]/g;

export function decodeLetterText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectTextEncoding(bytes);
  return { text: decodeBody(bytes.subarray(bomLength), encoding).replace(LINE_ENDS, '\n'), encoding };
}

/** Text with a NUL in it, or mostly control characters, is a binary file, not a letter. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\0')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
