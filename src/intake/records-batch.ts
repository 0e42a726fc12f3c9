// What the records worker (records.worker.ts) hands the page at a time.
import type { LetterRecord } from '../extract/record.ts';

export interface RecordsBatch {
  /** Records of the right shape, in the file's order, each with its file id (its sha256). */
  records: { id: string; record: LetterRecord; otherEngine: boolean }[];
  /** The pieces that are no record, each named with why ("line 7: it is not valid JSON ..."). */
  bad: string[];
  /** Bytes of the file read so far. */
  bytesRead: number;
  /** The file is read to its end (or could not be read further: `broken` says why). */
  done: boolean;
  broken: string | null;
}
