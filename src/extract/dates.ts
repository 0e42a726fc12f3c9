// Dates as the letters write them ("10/10/2016", "10-11-16", "10/14/ 2016", "February 8, 2007",
// "November 09, 2016") and as other producers do ("2016-12-08", "8 Dec 2016"), read to ISO yyyy-mm-dd
// when they name a real day. The span stays on the date as written.
import type { Span } from './record.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

/**
 * ISO (2016-12-08), numeric m/d/y or m-d-y (with stray spaces after a separator), "Month d, yyyy"
 * and "d Month yyyy". ISO is tried first so its year is never read as a month and day.
 */
const DATE = new RegExp(
  String.raw`\b(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\d-])` +
    String.raw`|\b(?<m>\d{1,2})[ \t]*(?<sep>[/-])[ \t]*(?<d>\d{1,2})[ \t]*\k<sep>[ \t]*(?<y>\d{4}|\d{2})(?!\d)` +
    String.raw`|\b(?<mn>${MONTH_NAME})\.?[ \t]+(?<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<my>\d{4})\b` +
    String.raw`|\b(?<dd>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?<dn>${MONTH_NAME})\.?,?[ \t]+(?<dy>\d{4})\b`,
  'gi',
);

/**
 * Letters from 2013-2017 use two-digit years both for recent injuries and for ones decades
 * old; a year up to 30 reads as 20yy, anything later as 19yy.
 */
export function fullYear(yy: number): number {
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2099) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > (days[m - 1] ?? 31)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  span: Span;
}

/** The first valid date starting in [from, to) of the text. */
export function findDate(text: string, from = 0, to = text.length): FoundDate | null {
  const slice = text.slice(from, Math.min(to + 40, text.length));
  // exec on the one pattern, not matchAll (which copies it each time); lastIndex is left at 0.
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    if (from + m.index >= to) break;
    const g = m.groups ?? {};
    const month = (name: string | undefined) => MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
    let value: string | null;
    if (g.iy !== undefined) value = iso(Number(g.iy), Number(g.im), Number(g.id));
    else if (g.m !== undefined) {
      const year = g.y ?? '';
      value = iso(year.length === 2 ? fullYear(Number(year)) : Number(year), Number(g.m), Number(g.d));
    } else if (g.mn !== undefined) value = iso(Number(g.my), month(g.mn), Number(g.md));
    else value = iso(Number(g.dy), month(g.dn), Number(g.dd));
    if (value) {
      DATE.lastIndex = 0;
      return { iso: value, span: { start: from + m.index, end: from + m.index + m[0].length } };
    }
  }
  DATE.lastIndex = 0;
  return null;
}

/** Reads a whole string as one date (used for header table values). */
export function parseDate(s: string): string | null {
  const found = findDate(s);
  return found ? found.iso : null;
}
