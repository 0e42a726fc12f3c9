// `--resume`: a run that was stopped (or one share of a fan-out run again) picks up where its output
// file ends. A letter already in it (the same name, the path relative to the folder given, and the
// same sha256) is skipped; its record stays as it is. Another file of that name, or that file changed
// since, is read.
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import type { LetterRecord } from '../extract/record.ts';
import type { LetterSource } from './child-protocol.ts';
import { sourceSha256 } from './parse-files.ts';

export interface Earlier {
  /** The records already in the output file, in their order. */
  records: Pick<LetterRecord, 'file' | 'sha256'>[];
  /** JSON format only: the whole records, to be written again with the new ones. */
  full: LetterRecord[];
}

/**
 * Reads the records an earlier run left in `path`. JSON Lines: every complete line counts; a last line
 * cut off by a stopped run is dropped from the file so that appending goes on cleanly. JSON: the file
 * must be one complete array. Throws with a message for the user when the file cannot be resumed.
 */
export function readEarlierOutput(path: string, format: 'json' | 'jsonl'): Earlier {
  if (!existsSync(path)) return { records: [], full: [] };
  const text = readFileSync(path, 'utf8');
  if (format === 'json') {
    if (text.trim() === '') return { records: [], full: [] };
    let full: unknown;
    try {
      full = JSON.parse(text);
    } catch {
      throw new Error(`cannot resume: ${path} is not a complete JSON array of records (a stopped run? use --format jsonl for long runs)`);
    }
    if (!Array.isArray(full)) throw new Error(`cannot resume: ${path} is not a JSON array of records`);
    return { records: full as LetterRecord[], full: full as LetterRecord[] };
  }
  const records: Earlier['records'] = [];
  let good = 0; // bytes of the file up to the end of the last complete record
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    if (end < 0) break; // no newline yet: the line was being written when the run stopped
    const line = text.slice(at, end);
    at = end + 1;
    if (line.trim() === '') {
      good = at;
      continue;
    }
    try {
      const record = JSON.parse(line) as LetterRecord;
      records.push({ file: record.file, sha256: record.sha256 });
      good = at;
    } catch {
      break;
    }
  }
  const goodBytes = Buffer.byteLength(text.slice(0, good));
  if (goodBytes < Buffer.byteLength(text)) truncateSync(path, goodBytes);
  return { records, full: [] };
}

/** The sources not already in the earlier output, by name and sha256 (only a source whose name is there is hashed). */
export async function notYetRead<S extends LetterSource>(sources: readonly S[], earlier: Earlier['records']): Promise<S[]> {
  const hashesByName = new Map<string, Set<string>>();
  for (const r of earlier) hashesByName.set(r.file, (hashesByName.get(r.file) ?? new Set()).add(r.sha256));
  const left: S[] = [];
  for (const source of sources) {
    const hashes = hashesByName.get(source.name);
    if (!hashes || !hashes.has(await sourceSha256(source))) left.push(source);
  }
  return left;
}
