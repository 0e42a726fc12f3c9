import type { LetterRecord } from '../extract/record.ts';

/** The environment variable that carries --text-engine to the parse processes (they inherit the CLI's environment). */
export const TEXT_ENGINE_VARIABLE = 'IMR_LENS_TEXT_ENGINE';

/** A letter to parse: a file on disk, or an entry already taken out of a .zip archive. */
export interface LetterSource {
  /** The name records carry: the file's name, or "archive.zip/folder/entry.pdf". */
  name: string;
  path?: string;
  bytes?: Uint8Array;
}

export interface ChildTask extends LetterSource {
  index: number;
}

export interface ChildReply {
  index: number;
  record: LetterRecord;
}

/** Sent while a scan is read by OCR, one per page: the parent gives the file more time for each page. */
export interface ChildProgress {
  index: number;
  progress: { page: number; pages: number };
}
