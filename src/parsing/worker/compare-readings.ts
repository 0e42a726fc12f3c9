// Two readings of one letter, compared on what decides it: the case number, the items (how many,
// their headings) and each item's decision. One is the text layer, the other the printed page read by
// OCR, so the comparison forgives what OCR gets wrong on an honest page (a letter misread here and
// there in a heading, "0" for "O" in a number) and nothing that changes what was decided.
import type { Extraction, Span } from '../../extract/record.ts';

/** Headings at least this similar (1 - edit distance / length, on letters and digits) are the same heading. */
export const SAME_HEADING = 0.8;

export interface ReadingDifference {
  /** What differs, in words, with both readings: `item 1 decision: printed "Upheld", text layer "Overturned"`. */
  says: string;
  /** Where it is in the printed reading (the spans of its value there). */
  spans: Span[];
}

const quoted = (value: string | null) => (value === null ? '(not read)' : `"${value}"`);

/** Letters and digits, upper case, with what OCR confuses in a number folded together. */
const numberKey = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/(?<=^CM.*)[OQD]/g, '0')
    .replace(/(?<=^CM.*)[IL]/g, '1')
    .replace(/(?<=^CM.*)S/g, '5')
    .replace(/(?<=^CM.*)B/g, '8');

const headingKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** 1 - Levenshtein distance / longer length: 1 for the same text, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length);
}

/** Whether the printed text holds the case number, read as OCR may misread it (then it is no case number to the extractor). */
const printsCaseNumber = (printedText: string, caseNumber: string) =>
  (printedText.match(/CM\S{6,}/gi) ?? []).some((word) => numberKey(word).startsWith(numberKey(caseNumber)));

/**
 * How the printed reading and the text layer's differ on case number, items, headings and decisions
 * (empty: they agree). `printedText`: the printed reading's text, where a case number OCR misread is looked for.
 */
export function compareReadings(printed: Extraction, layer: Extraction, printedText = ''): ReadingDifference[] {
  const out: ReadingDifference[] = [];
  const [pCase, lCase] = [printed.caseNumber.value, layer.caseNumber.value];
  const misread = pCase === null && lCase !== null && printsCaseNumber(printedText, lCase);
  if (pCase !== lCase && !misread && (pCase === null || lCase === null || numberKey(pCase) !== numberKey(lCase)))
    out.push({ says: `case number: printed ${quoted(pCase)}, text layer ${quoted(lCase)}`, spans: printed.caseNumber.spans });
  if (printed.items.length !== layer.items.length) {
    const list = (e: Extraction) => e.items.map((item) => quoted(item.request.value)).join(', ') || 'none';
    out.push({
      says: `items: printed ${printed.items.length} (${list(printed)}), text layer ${layer.items.length} (${list(layer)})`,
      spans: printed.items.map((item) => item.block),
    });
  }
  const paired = Math.min(printed.items.length, layer.items.length);
  for (let i = 0; i < paired; i++) {
    const [p, l] = [printed.items[i]!, layer.items[i]!];
    const [pHeading, lHeading] = [p.request.value, l.request.value];
    if ((pHeading === null) !== (lHeading === null) || similarity(headingKey(pHeading ?? ''), headingKey(lHeading ?? '')) < SAME_HEADING)
      out.push({ says: `item ${i + 1} heading: printed ${quoted(pHeading)}, text layer ${quoted(lHeading)}`, spans: p.request.spans });
    if (p.decision.value !== l.decision.value)
      out.push({
        says: `item ${i + 1} decision: printed ${quoted(p.decision.value)}, text layer ${quoted(l.decision.value)}`,
        spans: p.decision.spans,
      });
  }
  return out;
}
