// Cuts a letter's text into runs that are covered by the same set of fields, so the text view can
// render each run as a plain text node or as one <mark> naming every field it belongs to.
import type { Span } from '../extract/record.ts';

export interface Segment {
  start: number;
  end: number;
  /** Ids of the fields whose spans cover this run (empty: plain text). */
  fields: string[];
}

export function segmentText(length: number, marks: readonly { id: string; spans: readonly Span[] }[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const clamped: { id: string; start: number; end: number }[] = [];
  for (const { id, spans } of marks) {
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
    for (const c of clamped) if (c.start <= start && c.end >= end && !fields.includes(c.id)) fields.push(c.id);
    const last = segments[segments.length - 1];
    if (last && sameFields(last.fields, fields)) last.end = end;
    else segments.push({ start, end, fields });
  }
  return segments;
}

function sameFields(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
