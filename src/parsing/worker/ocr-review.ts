// Honest about doubt: a letter read by OCR says so, every field carries the confidence of the words it
// was read from, and a field whose words the engine was unsure of is flagged for review (a warning
// problem, so the letter "needs attention"). Turned and blank pages are noted.
import type { Field, LetterRecord, OcrInfo, Problem, Span } from '../../extract/record.ts';
import type { LoadedLetter } from '../../document/load-letter.ts';
import type { TextPiece } from '../../document/page-runs.ts';
import { fieldOf, itemEntriesOf, letterEntriesOf } from '../../extract/field-catalogue.ts';

/** A field whose words' confidence is below this (0-100) is flagged for review. */
export const OCR_FIELD_THRESHOLD = 85;

/** A field of at most this many words is as sure as its least sure word; a longer text, its words' mean. */
const SHORT_FIELD_WORDS = 12;

export const OCR_ENGINE = 'tesseract.js 7 (LSTM, English)';

/** A letter or digit: a word of a value holds one; a speck, a table rule or a lone punctuation mark does not. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Confidence of the field's own words: the OCR words under `spans` that hold a letter or digit there.
 * Marks on the page the engine read as characters (a speck, a table's rule read as "|", a stray
 * dot), which it scores near 0, are not words of the value and do not count, nor does any part of a
 * word outside the spans. For a short value (a date, a name, a decision) the lowest word confidence,
 * since one misread character makes it wrong; for a long text (a rationale) the mean, weighted by the
 * characters under the spans. Undefined when no OCR word of the value lies under the spans.
 */
export function spanConfidence(pieces: readonly TextPiece[], spans: readonly Span[], text: string): number | undefined {
  const under: { confidence: number; chars: number }[] = [];
  for (const span of spans) {
    for (const piece of pieces) {
      if (piece.start >= span.end) break;
      if (piece.end <= span.start || piece.confidence === undefined) continue;
      const own = text.slice(Math.max(piece.start, span.start), Math.min(piece.end, span.end));
      if (WORDLIKE.test(own)) under.push({ confidence: piece.confidence, chars: own.length });
    }
  }
  if (under.length === 0) return undefined;
  if (under.length <= SHORT_FIELD_WORDS) return Math.min(...under.map((w) => w.confidence));
  let sum = 0;
  let chars = 0;
  for (const w of under) {
    sum += w.confidence * w.chars;
    chars += w.chars;
  }
  return sum / chars;
}

/** Adds `ocr`, field confidences and OCR problems to a record built from a letter read (partly) by OCR. */
export function reviewOcr(record: LetterRecord, letter: LoadedLetter): LetterRecord {
  if (!letter.ocr) return record;
  const pieces = letter.pieces;
  const problems: Problem[] = [];
  const visit = (path: string, label: string, field: Field<unknown>) => {
    if (field.value === null || field.spans.length === 0) return;
    const confidence = spanConfidence(pieces, field.spans, letter.text);
    if (confidence === undefined) return;
    field.confidence = Math.round(confidence);
    if (confidence < OCR_FIELD_THRESHOLD) {
      problems.push({
        severity: 'warning',
        code: 'ocr-low-confidence',
        field: path,
        spans: field.spans,
        message: `${label} read by OCR with low confidence (${Math.round(confidence)}%): check it against the page.`,
      });
    }
  };
  // Every grounded field, as the field catalogue lists them.
  for (const entry of letterEntriesOf().filter((e) => e.grounded)) visit(entry.path, entry.label, fieldOf(entry, record));
  record.items.forEach((item, n) => {
    for (const entry of itemEntriesOf().filter((e) => e.grounded))
      visit(`items[${n}].${entry.path}`, `${entry.label} of item ${n + 1}`, fieldOf(entry, item));
  });

  const notes = letter.ocr;
  // Pages read from the printed page because their text layer disagreed with it (text-layer-review.ts).
  const checkedPages = letter.textLayer?.checked.filter((c) => notes.some((n) => n.page === c.page)) ?? [];
  const read = notes.filter((n) => !n.blank);
  const confidence = read.length ? read.reduce((s, n) => s + n.confidence, 0) / read.length : 0;
  const letterNotes: Problem[] = [
    {
      severity: 'warning',
      code: 'read-by-ocr',
      message: checkedPages.length
        ? `Read partly by OCR: page${notes.length === 1 ? '' : 's'} ${notes.map((n) => n.page + 1).join(', ')} read from the printed page, not the text layer (mean word confidence ${Math.round(confidence)}%).`
        : notes.length === letter.pages
          ? `Read by OCR: ${letter.kind === 'image' ? 'an image' : 'a scanned PDF'}, ${notes.length} page${notes.length === 1 ? '' : 's'}, mean word confidence ${Math.round(confidence)}%.`
          : `Read partly by OCR: page${notes.length === 1 ? '' : 's'} ${notes.map((n) => n.page + 1).join(', ')} had no text layer (mean word confidence ${Math.round(confidence)}%).`,
    },
  ];
  for (const note of notes) {
    if (note.blank) letterNotes.push({ severity: 'warning', code: 'ocr-blank-page', message: `Page ${note.page + 1} is blank.` });
    else if (note.rotation)
      letterNotes.push({
        severity: 'warning',
        code: 'ocr-turned-page',
        message: `Page ${note.page + 1} was scanned turned by ${note.rotation}°; it was read turned upright (highlights on it may be off).`,
      });
  }
  const ocr: OcrInfo = {
    engine: OCR_ENGINE,
    confidence: Math.round(confidence * 10) / 10,
    threshold: OCR_FIELD_THRESHOLD,
    pages: notes.map((n) => ({ ...n, confidence: Math.round(n.confidence * 10) / 10 })),
    pieces: pieces.map((p) => ({ ...p, x: round2(p.x), y: round2(p.y), width: round2(p.width), fontSize: round2(p.fontSize) })),
    pageSizes: letter.pageSizes,
  };
  const status = record.status === 'ok' && problems.length > 0 ? 'partial' : record.status;
  // A letter that could not be read says why first; any other says first that it was read by OCR.
  const ordered = record.status === 'failed' ? [...record.problems, ...letterNotes] : [...letterNotes, ...record.problems, ...problems];
  return { ...record, ocr, status, problems: ordered };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
