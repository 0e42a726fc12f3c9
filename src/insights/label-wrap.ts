// A long label (a request's kind, a guideline's section, a reviewer's specialty) on at most a few
// lines of a given width, broken between words, with "…" only at the very end when even those lines
// cannot hold it: never cut in the middle. The whole label stays in a tooltip and in the card's
// table, which is what screen readers read. Pure: the caller measures text (a canvas in the page).

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with "…" after it, broken before a word when one fits. */
function endWithEllipsis(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`) > width) end--;
  // Back to the end of a word when there is one in the part kept (not a mere letter or two).
  const space = text.lastIndexOf(' ', end);
  const cut = space > end / 2 ? space : end;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/** The longest start of `word` that fits `width` (at least one character): for a word wider than a line. */
function fittingStart(word: string, width: number, measure: Measure): number {
  let end = word.length;
  while (end > 1 && measure(word.slice(0, end)) > width) end--;
  return end;
}

/** Where the longest start of `text` that ends at a word's end and fits `width` ends; -1 when even the first word does not fit. */
function lastFittingSpace(text: string, width: number, measure: Measure): number {
  let cut = -1;
  for (let at = text.indexOf(' '); at > 0 && measure(text.slice(0, at)) <= width; at = text.indexOf(' ', at + 1)) cut = at;
  return cut;
}

/**
 * `label` broken between words into lines no wider than `width`, at most `maxLines` of them; a word
 * wider than a whole line is broken inside it. What does not fit ends the last line with "…".
 */
export function wrapLabel(label: string, width: number, maxLines: number, measure: Measure): string[] {
  let rest = label.trim().replace(/\s+/g, ' ');
  const lines: string[] = [];
  while (rest && lines.length < maxLines - 1 && measure(rest) > width) {
    const space = lastFittingSpace(rest, width, measure);
    // A first word wider than a line on its own: as much of it as fits, the rest on the next line.
    const end = space > 0 ? space : fittingStart(rest, width, measure);
    lines.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  if (rest || lines.length === 0) lines.push(endWithEllipsis(rest, width, measure));
  return lines;
}
