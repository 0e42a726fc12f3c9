// Where a CLI run's records go, written as they come, in every format: no output is ever built as one
// string, so a run of any size (a zip expanding to a gigabyte of letters, tens of thousands of
// letters) is written whole. JSON Lines go out in the order letters finish, appended in place (what
// --resume picks up). JSON and CSV keep the order the letters were named (records that finish early
// wait, at most a few per parse process) and are written to a file beside --out, renamed over it only
// when complete: a run that stops half-way never leaves a broken file where a good one was.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import type { LetterRecord } from '../extract/record.ts';
import { csvHead, csvLines } from './records-csv.ts';

export type Format = 'json' | 'jsonl' | 'csv';

export interface RecordOutput {
  /** `index`: the letter's place among those named, for the formats that keep that order. */
  write(record: LetterRecord, index: number): void;
  /** Writes what is still waiting (letters never read leave a gap) and ends the output. */
  close(): void;
}

/** All of `text`, however the descriptor takes it (a pipe may take part, or none for a moment). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

/** One record as an element of JSON.stringify(records, null, 1): the same text, a record at a time. */
const jsonElement = (record: LetterRecord) => ' ' + JSON.stringify(record, null, 1).replaceAll('\n', '\n ');

/** The records in `format`, each passed to `write` as a piece of text as soon as its turn comes. */
export function recordWriter(
  format: Format,
  write: (text: string) => void,
  earlier: readonly LetterRecord[] = [],
  onTurn?: (record: LetterRecord) => void,
): RecordOutput {
  let count = 0;
  const emit = (record: LetterRecord) => {
    if (count >= earlier.length) onTurn?.(record);
    if (format === 'jsonl') write(JSON.stringify(record) + '\n');
    else if (format === 'csv') write(csvLines(record));
    else write((count === 0 ? '[\n' : ',\n') + jsonElement(record));
    count++;
  };
  if (format === 'csv') write(csvHead());
  earlier.forEach(emit);
  const ordered = inNamedOrder(emit);
  return {
    write(record, index) {
      if (format === 'jsonl') return emit(record);
      ordered.add(record, index);
    },
    close() {
      ordered.flush();
      if (format === 'json') write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/**
 * Hands records to `emit` in the order the letters were named: one that finishes before an
 * earlier-named one waits for it. `flush` emits what still waits, in order (letters never read leave
 * a gap). Shared by the text outputs and Parquet.
 */
export function inNamedOrder(emit: (record: LetterRecord) => void): { add(record: LetterRecord, index: number): void; flush(): void } {
  const waiting = new Map<number, LetterRecord>();
  let next = 0;
  return {
    add(record, index) {
      waiting.set(index, record);
      for (let r; (r = waiting.get(next)) !== undefined; next++) {
        waiting.delete(next);
        emit(r);
      }
    },
    flush() {
      [...waiting.keys()].sort((a, b) => a - b).forEach((i) => emit(waiting.get(i)!));
      waiting.clear();
    },
  };
}

export interface OutputOptions {
  /** Records of an earlier run, written first (JSON, --resume). */
  earlier?: readonly LetterRecord[];
  /** JSON Lines added to what `out` holds (--resume). */
  append?: boolean;
  /** Called with each new record just before it is written, in the order written (the duplicate marking needs it). */
  onTurn?: (record: LetterRecord) => void;
}

/** `out`: the file (undefined: stdout). */
export function openRecordOutput(
  format: Format,
  out: string | undefined,
  { earlier = [], append = false, onTurn }: OutputOptions = {},
): RecordOutput {
  const streamed = format === 'jsonl';
  const partial = out !== undefined && !streamed ? `${out}.partial` : out;
  const fd = partial === undefined ? 1 : openSync(partial, streamed && append ? 'a' : 'w');
  const writer = recordWriter(format, (text) => writeAll(fd, text), earlier, onTurn);
  return {
    write: writer.write,
    close() {
      writer.close();
      if (fd !== 1) closeSync(fd);
      if (partial !== out) renameSync(partial!, out!);
    },
  };
}
