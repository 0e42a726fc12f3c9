// The letter as its canonical text, with highlights as <mark> ranges rendered as React text nodes
// (letter text is hostile input: never HTML). Page furniture (running headers and footers, page
// numbers) is shown subdued, described as not part of any value.
import { useMemo, type ReactNode } from 'react';
import type { Span } from '../extract/record.ts';
import type { FieldEntry } from './field-entries.ts';
import { segmentText } from './text-segments.ts';
import { fieldTitle, usePrimary } from './field-colours.ts';

export const FURNITURE_NOTE = 'Page furniture: not part of any value';

const NO_FURNITURE: readonly Span[] = [];

export function TextPane({
  text,
  entries,
  activeItem,
  furniture = NO_FURNITURE,
}: {
  text: string;
  entries: FieldEntry[];
  activeItem: number | null;
  /** LetterRecord.furniture: stretches of `text` that are page furniture. */
  furniture?: readonly Span[];
}) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const segments = useMemo(() => segmentText(text.length, entries, furniture), [text, entries, furniture]);
  const primary = usePrimary(entries);
  const children = useMemo(
    () =>
      segments.map((seg) => {
        const content = withPageBreaks(text.slice(seg.start, seg.end), seg.start);
        // data-start: where the run starts in the text, to map a selection back to offsets (review/selection-offsets.ts).
        if (!seg.fields.length)
          return seg.furniture ? (
            <span key={seg.start} data-start={seg.start} className="sv-furniture" title={FURNITURE_NOTE} aria-description={FURNITURE_NOTE}>
              {content}
            </span>
          ) : (
            <span key={seg.start} data-start={seg.start}>
              {content}
            </span>
          );
        const main = byId.get(primary(seg.fields))!;
        const dim = activeItem !== null && main.item !== null && main.item !== activeItem;
        const selected = activeItem !== null && main.item === activeItem;
        return (
          <mark
            key={seg.start}
            data-start={seg.start}
            className={`sv-mark sv-k-${main.kind}${dim ? ' sv-dim' : ''}${selected ? ' sv-selected' : ''}${seg.furniture ? ' sv-furniture' : ''}`}
            data-fields={seg.fields.join(' ')}
            data-label={main.label}
            title={[...seg.fields.map((id) => fieldTitle(byId.get(id)!)), ...(seg.furniture ? [FURNITURE_NOTE] : [])].join('\n')}
          >
            {content}
          </mark>
        );
      }),
    [segments, text, byId, primary, activeItem],
  );
  return <div className="sv-text">{children}</div>;
}

/** Text with each form feed (a page break in the canonical text) shown as a rule instead of a control character. */
function withPageBreaks(s: string, offset: number): ReactNode {
  if (!s.includes('\f')) return s;
  return s
    .split('\f')
    .flatMap((part, i) =>
      i === 0 ? [part] : [<span key={`${offset}-${i}`} className="sv-pagebreak" role="separator" aria-label="page break" />, part],
    );
}
