// Searching for a pattern that can only match at the start of a line (it opens with `(?<=^|\n)`): a
// search with a regular expression tries it at every character of the text, this tries it at each
// line start only, with the same matches.

/** Each pattern's sticky twin, made once. */
const stickies = new WeakMap<RegExp, RegExp>();
function sticky(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) stickies.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return y;
}

/** Offset of the first line start at or after `pos` (the text's start counts), or -1. */
function lineStartFrom(s: string, pos: number): number {
  if (pos === 0 || s[pos - 1] === '\n') return pos;
  const nl = s.indexOf('\n', pos);
  return nl < 0 ? -1 : nl + 1;
}

/**
 * The matches `s.matchAll(re)` finds for a pattern `re` that matches only at line starts (the text's
 * start included); `first` stops at the first.
 */
export function lineStartMatches(re: RegExp, s: string, first = false): RegExpExecArray[] {
  const y = sticky(re);
  const out: RegExpExecArray[] = [];
  for (let pos = 0; pos >= 0 && pos <= s.length;) {
    y.lastIndex = pos;
    const m = y.exec(s);
    if (m) {
      out.push(m);
      if (first) break;
    }
    // After a match the search goes on from its end (past it when it is empty), as matchAll's does.
    const end = m && m[0].length > 0 ? pos + m[0].length : pos + 1;
    pos = end > s.length ? -1 : lineStartFrom(s, end);
  }
  return out;
}

/** The first match of a line-start pattern in `s`, as `re.exec(s)` finds it; null when none. */
export function firstLineStartMatch(re: RegExp, s: string): RegExpExecArray | null {
  return lineStartMatches(re, s, true)[0] ?? null;
}
