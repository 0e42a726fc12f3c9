// The numbering or lettering a producer puts before an item heading, which is no part of the request:
// "1. MRI of the lumbar spine: Upheld", "2) ...", "(a) ...", "b. ...", "Item 2: ...", "Issue #2 - ...",
// "Request No. 3 ...", "#4 ...", "IV. ...". Read in the matching view; returns where the request starts.
//
// A request may itself start with a number ("12 sessions of physical therapy", "1.5 mg ..."), so a
// number counts as numbering only when a full stop or a bracket and white space follow it.

const NUMBERING = new RegExp(
  [
    // "Item 2:", "Issue #2 -", "Request No. 3.", "Item 2a)"
    String.raw`(?:item|issue|request|service|treatment)\s*(?:#|no\.?|number)?\s*\d{1,2}[a-z]?\s*(?:[:.)\-]|(?=\s))`,
    // "1.", "2)", "(3)", "1.)", "#4", "#4:"
    String.raw`\(?\d{1,2}(?:\.\)|[.)])(?=\s)`,
    String.raw`#\s*\d{1,2}[.):]?(?=\s)`,
    // "(a)", "a.", "B)"
    String.raw`\(?[a-z][.)](?=\s)`,
    // "IV.", "(ii)"
    String.raw`\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s)`,
  ].join('|'),
  'iy',
);

/** Where the request starts in [start, end) of the matching view, past any numbering or lettering. */
export function afterNumbering(plain: string, start: number, end: number): number {
  NUMBERING.lastIndex = start;
  const m = NUMBERING.exec(plain);
  if (!m || m.index + m[0].length >= end) return start;
  let at = m.index + m[0].length;
  while (at < end && /\s/.test(plain[at] ?? '')) at++;
  return at < end ? at : start;
}

/** Whether a line holds nothing but numbering ("2." on a line of its own above the heading). */
export function isNumberingLine(line: string): boolean {
  const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  NUMBERING.lastIndex = lead;
  const m = NUMBERING.exec(line);
  return m !== null && line.slice(m.index + m[0].length).trim() === '';
}
