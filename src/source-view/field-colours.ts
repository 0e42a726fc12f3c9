// Which field a highlighted stretch of letter is shown as, and how a highlight names its field.
import { useMemo } from 'react';
import type { Span } from '../extract/record.ts';
import type { FieldEntry } from './field-entries.ts';

export const spanLength = (spans: Span[]) => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);

export function fieldTitle(entry: FieldEntry): string {
  const where = entry.item === null ? '' : ` (item ${entry.item + 1})`;
  return `${entry.label}${where}: ${entry.value ?? ''}`;
}

/** Which field a stretch of letter is shown as: the most specific one (shortest source) wins the colour. */
export function usePrimary(entries: FieldEntry[]) {
  return useMemo(() => {
    const length = new Map(entries.map((e) => [e.id, spanLength(e.spans)]));
    return (ids: string[]) => ids.reduce((best, id) => ((length.get(id) ?? 0) < (length.get(best) ?? 0) ? id : best), ids[0]!);
  }, [entries]);
}
