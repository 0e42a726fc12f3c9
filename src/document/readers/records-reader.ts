// Records as an input: the batch CLI's output (`--format jsonl`, one LetterRecord a line, or
// `--format json`, an array of them) opens in the app as the letters it describes, without their
// files. Known by its content, never its name alone: the first non-blank character opens an object
// (JSON Lines: on its first line) or an array of objects (JSON), and the first record names its `sha256`. A year of
// letters is hundreds of MB, so the file is read as a stream and cut into one record's text at a time
// (a line, or one element of the array), each parsed by JSON.parse alone: never the whole file as one
// string. A record that does not parse or is not of the record's shape is named ("line 7: ...") and
// the others still open. Pure (streams, TextDecoder): it runs in the import worker and in tests.
import type { Field, LetterRecord, Span } from '../../extract/record.ts';
import { ENGINE_VERSION } from '../../extract/engine-version.ts';

export type RecordsFormat = 'jsonl' | 'json';

/** How much of a file's start is looked at to tell a records file (its first record's `sha256` is near its start). */
export const RECORDS_HEAD_BYTES = 4096;

const isBlank = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const SHA256_KEY = new TextEncoder().encode('"sha256"');

/** Where `needle` first stands in `hay`, or -1. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** JSON Lines or a JSON array of records by the first bytes (RECORDS_HEAD_BYTES of them), else null. */
export function detectRecordsFormat(head: Uint8Array): RecordsFormat | null {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // a UTF-8 byte order mark
  while (i < head.length && isBlank(head[i]!)) i++;
  const first = head[i];
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return null;
  const key = indexOfBytes(head, SHA256_KEY);
  if (key === -1) return null;
  // A JSON line is one line: an object laid out over lines (a review file, say) is no records file.
  if (first === 0x7b) return head.subarray(i, key).includes(0x0a) ? null : 'jsonl';
  for (i++; i < head.length && isBlank(head[i]!); i++);
  return head[i] === 0x7b ? 'json' : null;
}

/** One record's text and where it stands in the file, as the user is told of it ("line 7", "record 7"). */
export interface RecordPiece {
  where: string;
  text: string;
}

/** Cuts JSON Lines into lines. A last line without its line end (a run stopped mid-write) is given as it is, to be named. */
async function* jsonLines(chunks: AsyncIterable<string>): AsyncGenerator<RecordPiece> {
  // The start of a line that runs over chunks, in its pieces (joined once the line ends: no quadratic concatenation).
  let carry: string[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      line++;
      const piece = (carry.length > 0 ? carry.join('') + chunk.slice(start, end) : chunk.slice(start, end)).trim();
      carry = [];
      if (piece) yield { where: `line ${line}`, text: piece };
      start = end + 1;
    }
    if (start < chunk.length) carry.push(chunk.slice(start));
  }
  const last = carry.join('').trim();
  if (last) yield { where: `line ${line + 1}`, text: last };
}

/**
 * Cuts a stream holding one JSON array into the text of each element, by counting brackets outside
 * strings. Whatever the array's layout (the CLI writes each record over many lines), an element is
 * cut where its brackets close; a damaged element is given as it is, to be named.
 */
async function* jsonArrayElements(chunks: AsyncIterable<string>): AsyncGenerator<RecordPiece> {
  let state = 'before' as 'before' | 'between' | 'element' | 'after';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = 0;
  let partial: string[] = [];
  for await (const chunk of chunks) {
    let start = state === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c /* \ */) escaped = true;
          else if (c === 0x22 /* " */) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (--depth === 0) {
            element++;
            yield { where: `record ${element}`, text: partial.join('') + chunk.slice(start, i + 1) };
            partial = [];
            state = 'between';
          }
        }
        continue;
      }
      if (isBlank(c)) continue;
      if (state === 'before') {
        if (c !== 0x5b) throw new Error('it is not a JSON array');
        state = 'between';
      } else if (state === 'between') {
        if (c === 0x2c /* , */) continue;
        if (c === 0x5d /* ] */) state = 'after';
        else if (c === 0x7b) {
          state = 'element';
          depth = 1;
          start = i;
        } else throw new Error(`record ${element + 1} is not a record, so the records after it cannot be told apart`);
      } else if (state === 'after') throw new Error('there is more after the end of its array');
    }
    if (state === 'element') partial.push(chunk.slice(start));
  }
  if (state === 'element') yield { where: `record ${element + 1}`, text: partial.join('') };
  else if (state !== 'after') throw new Error('the array is not closed (the file is cut short)');
}

/** The stream's text in pieces, decoded as UTF-8 (a byte order mark dropped), the bytes counted as they come. */
async function* decoded(stream: ReadableStream<Uint8Array>, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      onBytes(bytes);
      yield decoder.decode(value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}

/** Each record's text in the file, in order; throws (after what could be read) when the file's whole structure is broken. */
export function recordPieces(
  stream: ReadableStream<Uint8Array>,
  format: RecordsFormat,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<RecordPiece> {
  const chunks = decoded(stream, onBytes);
  return format === 'jsonl' ? jsonLines(chunks) : jsonArrayElements(chunks);
}

export type CheckedRecord =
  | {
      ok: true;
      record: LetterRecord;
      /** The file's id in the session: its sha256 (a failed record without one: `failed:` and its name). */
      id: string;
      /** Made by another build of the engine than this app's: its values may differ from what this app reads. */
      otherEngine: boolean;
    }
  | { ok: false; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const SHA256 = /^[0-9a-f]{64}$/;

/** Every span in the record lies inside its text (a span past it would point at nothing). */
function spansInside(value: unknown, length: number): boolean {
  if (Array.isArray(value)) return value.every((v) => spansInside(v, length));
  if (!isObject(value)) return true;
  if (Array.isArray(value.spans)) {
    for (const span of value.spans as Span[]) {
      if (!isObject(span) || typeof span.start !== 'number' || typeof span.end !== 'number') return false;
      if (span.start < 0 || span.end < span.start || span.end > length) return false;
    }
  }
  for (const key in value) if (key !== 'spans' && !spansInside(value[key], length)) return false;
  return true;
}

const isField = (x: unknown): x is Field<unknown> => isObject(x) && 'value' in x && Array.isArray(x.spans);

/** Why `value` is not a LetterRecord, or null when it is one (what the table, source view and exports read). */
function shapeProblem(value: unknown): string | null {
  if (!isObject(value)) return 'it is not a record (an object)';
  if (typeof value.file !== 'string' || !value.file) return 'it names no file';
  if (typeof value.sha256 !== 'string') return 'it has no sha256';
  if (value.sha256 !== '' && !SHA256.test(value.sha256)) return 'its sha256 is not one';
  if (value.kind !== 'pdf' && value.kind !== 'text' && value.kind !== 'image') return 'its kind is not pdf, text or image';
  if (typeof value.text !== 'string') return 'it has no text';
  if (typeof value.pages !== 'number' || !Array.isArray(value.pageStarts)) return 'it has no pages';
  if (value.status !== 'ok' && value.status !== 'partial' && value.status !== 'failed') return 'its status is not ok, partial or failed';
  if (!Array.isArray(value.problems) || !value.problems.every((p) => isObject(p) && typeof p.message === 'string'))
    return 'its problems are not a list of messages';
  if (!Array.isArray(value.items) || !value.items.every((item) => isObject(item) && isField(item.request) && isField(item.decision)))
    return 'its items are not a list of requests with decisions';
  if (!isField(value.caseNumber) || !isField(value.decisionDate)) return 'it has no case number or decision date field';
  if (!spansInside(value, value.text.length)) return 'a span points outside its text';
  if (value.sha256 === '' && value.status !== 'failed') return 'it has no sha256';
  return null;
}

/** A parsed piece checked: a record of the right shape, keyed by its sha256, or why not. */
export function checkRecord(value: unknown, engineVersion = ENGINE_VERSION): CheckedRecord {
  const problem = shapeProblem(value);
  if (problem) return { ok: false, reason: problem };
  const record = value as unknown as LetterRecord;
  return {
    ok: true,
    record,
    id: record.sha256 || `failed:${record.file}`,
    otherEngine: record.engineVersion !== engineVersion,
  };
}

/** One piece's text to a checked record (its JSON parsed alone). */
export function readRecordPiece(piece: RecordPiece, engineVersion = ENGINE_VERSION): CheckedRecord {
  let value: unknown;
  try {
    value = JSON.parse(piece.text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON (cut short or damaged)' };
  }
  return checkRecord(value, engineVersion);
}
