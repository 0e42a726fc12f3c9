// Reading a records file (the CLI's JSON Lines or JSON) off the page's thread: the file is streamed,
// cut into one record at a time, each parsed and checked here (document/readers/records-reader.ts),
// and handed to the page in batches it asks for (`next`), so the page takes them at its own pace and
// never holds more than a batch it has not added. Cancel terminates this worker.
import { expose } from 'comlink';
import {
  detectRecordsFormat,
  readRecordPiece,
  recordPieces,
  RECORDS_HEAD_BYTES,
  type RecordPiece,
} from '../document/readers/records-reader.ts';
import { upgradeRecord } from '../session/upgrade-record.ts';
import type { RecordsBatch } from './records-batch.ts';

/** A batch ends after this many records, or this much letter text, whichever comes first. */
const BATCH_RECORDS = 250;
const BATCH_CHARS = 4_000_000;

let pieces: AsyncGenerator<RecordPiece> | null = null;
let bytesRead = 0;

const api = {
  /** Starts reading `file`; false when it is no records file (by its first bytes). */
  async open(file: Blob): Promise<boolean> {
    const head = new Uint8Array(await file.slice(0, RECORDS_HEAD_BYTES).arrayBuffer());
    const format = detectRecordsFormat(head);
    if (!format) return false;
    bytesRead = 0;
    pieces = recordPieces(file.stream(), format, (bytes) => (bytesRead = bytes));
    return true;
  },
  /** The next records (and the pieces that are none, named), until `done`. */
  async next(): Promise<RecordsBatch> {
    const batch: RecordsBatch = { records: [], bad: [], bytesRead, done: false, broken: null };
    if (!pieces) return { ...batch, done: true };
    let chars = 0;
    try {
      while (batch.records.length < BATCH_RECORDS && chars < BATCH_CHARS) {
        const { done, value: piece } = await pieces.next();
        if (done) {
          batch.done = true;
          break;
        }
        const checked = readRecordPiece(piece);
        if (!checked.ok) {
          batch.bad.push(`${piece.where}: ${checked.reason}`);
          continue;
        }
        // Filled to the current record's shape (a field added since the record was made is there, not found).
        batch.records.push({ id: checked.id, record: upgradeRecord(checked.record), otherEngine: checked.otherEngine });
        chars += piece.text.length;
      }
    } catch (error) {
      batch.broken = error instanceof Error ? error.message : String(error);
      batch.done = true;
    }
    batch.bytesRead = bytesRead;
    if (batch.done) pieces = null;
    return batch;
  },
};

export type RecordsWorkerApi = typeof api;
expose(api);
