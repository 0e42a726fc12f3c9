// What a letter says about a text layer that is not all printed (document/text-layer-check.ts found
// it). Text off the page or clipped away was left out: said so. Text not printed over a page image
// was checked by OCR of the page: when both readings agree (a searchable scan) that is a note; when
// they differ the letter needs attention, names both readings, and is read from the printed page, so
// its values and highlights are what the page shows. Text not printed that nothing could check needs
// attention too.
import { extractLetter } from '../../extract/extract-letter.ts';
import type { Extraction, Problem } from '../../extract/record.ts';
import type { LoadedLetter } from '../../document/load-letter.ts';
import type { HiddenReason } from '../../document/page-runs.ts';
import type { PageHiddenText, TextLayerReport } from '../../document/text-layer-check.ts';
import { compareReadings } from './compare-readings.ts';

const HOW: Record<HiddenReason, string> = {
  invisible: 'invisible, render mode 3',
  background: 'drawn in the colour of what lies under it',
  covered: 'covered by an image or a fill drawn over it',
  'off-page': 'drawn off the page',
  clipped: 'clipped away',
};

export interface TextLayerReview {
  /** The letter as it is to be shown: the text layer's, or, when the printed page disagrees, the printed page's. */
  letter: LoadedLetter;
  extraction: Extraction;
  /** To go first among the record's problems. */
  problems: Problem[];
}

const pageList = (pages: readonly number[]) => {
  const n = [...new Set(pages)].sort((a, b) => a - b).map((p) => p + 1);
  return `page${n.length === 1 ? '' : 's'} ${n.join(', ')}`;
};

function describe(hidden: readonly PageHiddenText[]): string {
  const byReason = new Map<HiddenReason, PageHiddenText[]>();
  for (const h of hidden) byReason.set(h.reason, [...(byReason.get(h.reason) ?? []), h]);
  return [...byReason]
    .map(([reason, on]) => {
      const chars = on.reduce((n, h) => n + h.chars, 0);
      return `${HOW[reason]} on ${pageList(on.map((h) => h.page))} (${chars} characters: "${on[0]!.sample}")`;
    })
    .join('; ');
}

export function reviewTextLayer(letter: LoadedLetter, extraction: Extraction): TextLayerReview {
  const report: TextLayerReport | undefined = letter.textLayer;
  if (!report) return { letter, extraction, problems: [] };
  const problems: Problem[] = [];
  const dropped = report.hidden.filter((h) => h.reason === 'off-page' || h.reason === 'clipped');
  if (dropped.length)
    problems.push({
      severity: 'warning',
      code: 'text-layer-dropped',
      message: `The text layer holds text that is never printed, left out of the reading: ${describe(dropped)}.`,
    });
  const checkedPages = new Set(report.checked.map((n) => n.page));
  const kept = report.hidden.filter((h) => !dropped.includes(h));
  const unchecked = kept.filter((h) => !checkedPages.has(h.page));
  if (unchecked.length) {
    const why = report.unchecked.map((u) => ` (${pageList(u.pages)} not checked against the page image: ${u.why})`).join('');
    problems.push({
      severity: 'warning',
      code: 'text-layer-hidden',
      message: `The text layer holds text that is not printed, and it was read: ${describe(unchecked)}${why}. Check the values against the printed page.`,
    });
  }
  if (!report.imageReading) return { letter, extraction, problems };

  const printed = extractLetter(report.imageReading.text);
  const differences = compareReadings(printed, extraction, report.imageReading.text);
  const checked = kept.filter((h) => checkedPages.has(h.page));
  if (differences.length === 0) {
    problems.push({
      severity: 'warning',
      code: 'text-layer-checked',
      message: `The text layer of ${pageList(checked.map((h) => h.page))} is not printed (${[...new Set(checked.map((h) => HOW[h.reason]))].join(', ')}), as a searchable scan's is; the page read by OCR gives the same case number, items and decisions.`,
    });
    return { letter, extraction, problems };
  }
  problems.unshift({
    severity: 'warning',
    code: 'text-layer-mismatch',
    message:
      `The text layer disagrees with the printed page (${pageList(checked.map((h) => h.page))} read by OCR): ` +
      `${differences.map((d) => d.says).join('; ')}. The values shown are read from the printed page: check them against it.`,
    spans: differences.flatMap((d) => d.spans),
  });
  const read: LoadedLetter = {
    ...letter,
    ...report.imageReading,
    ocr: [...(letter.ocr ?? []), ...report.checked].sort((a, b) => a.page - b.page),
  };
  return { letter: read, extraction: printed, problems };
}
