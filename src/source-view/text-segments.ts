// Cuts a letter's text into runs that are covered by the same set of fields, so the text view can
// render each run as a plain text node or as one <mark> naming every field it belongs to. Runs inside
// page furniture (running headers and footers, page numbers: LetterRecord.furniture) are flagged so
// they can be shown subdued.
import type { Span } from '../extract/record.ts';

/** Internal id of the furniture spans (a symbol: never equal to a field id). */
const FURNITURE: unique symbol = Symbol('furniture');

export interface Segment {
  start: number;
  end: number;
  /** Ids of the fields whose spans cover this run (empty: plain text). */
  fields: string[];
  /** Set when the run lies inside page furniture. */
  furniture?: true;
}

export function segmentText(
  length: number,
  marks: readonly { id: string; spans: readonly Span[] }[],
  furniture: readonly Span[] = [],
): Segment[] {
  const cuts = new Set<number>([0, length]);
  const clamped: { id: string | typeof FURNITURE; start: number; end: number }[] = [];
  const all: { id: string | typeof FURNITURE; spans: readonly Span[] }[] = [{ id: FURNITURE, spans: furniture }, ...marks];
  for (const { id, spans } of all) {
    for (const span of spans) {
      const start = Math.max(0, Math.min(length, span.start));
      const end = Math.max(0, Math.min(length, span.end));
      if (end <= start) continue;
      clamped.push({ id, start, end });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const fields: string[] = [];
    let inFurniture = false;
    for (const c of clamped) {
      if (c.start > start || c.end < end) continue;
      if (c.id === FURNITURE) inFurniture = true;
      else if (!fields.includes(c.id)) fields.push(c.id);
    }
    const last = segments[segments.length - 1];
    if (last && sameFields(last.fields, fields) && !!last.furniture === inFurniture) last.end = end;
    else segments.push(inFurniture ? { start, end, fields, furniture: true } : { start, end, fields });
  }
  return segments;
}

function sameFields(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
