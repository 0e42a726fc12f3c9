// A record's JSON text is made once, by the parse process that read the letter. The parent parses it
// (for the summary, CSV or Parquet) and writes that very text as the letter's JSON Line, instead of
// decoding a structured clone and encoding the record again: about a quarter of a millisecond less of
// the parent's time per letter, and the parent is the one process a run's parse processes all share
// (docs/performance.md, Round 6).
import type { LetterRecord } from '../extract/record.ts';

const made = new WeakMap<LetterRecord, { json: string; problems: number }>();

export function recordFromJson(json: string): LetterRecord {
  const record = JSON.parse(json) as LetterRecord;
  made.set(record, { json, problems: record.problems.length });
  return record;
}

/** The record as JSON: the parse process's text, unless a problem was added to it since (a run marks duplicates). */
export function jsonOf(record: LetterRecord): string {
  const text = made.get(record);
  return text && text.problems === record.problems.length ? text.json : JSON.stringify(record);
}
