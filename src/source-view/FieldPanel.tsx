// The field list beside the letter: problems first, then every letter-level and item-level value
// with the colour of its kind; choosing one brings its source into view.
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { LetterRecord, Problem } from '../extract/record.ts';
import { isMinorProblem } from '../extract/record-outcome.ts';
import { FIELD_KINDS, itemEntries, letterEntries, type FieldEntry } from './field-entries.ts';

/** What a problem's badge says: an error, a note (minor: it marks no row), a warning, or one the review resolved. */
function badgeOf(p: Problem, resolved: boolean): string {
  if (resolved) return 'Resolved';
  if (p.severity === 'error') return 'Error';
  return isMinorProblem(p) ? 'Note' : 'Warning';
}

export function ProblemList({
  problems,
  resolved,
  byId,
  onChoose,
  onVisit,
}: {
  problems: Problem[];
  /** The problems (by index) the reviewer has dealt with (review-model/attention.ts): they mark no row any more. */
  resolved: ReadonlySet<number>;
  byId: Map<string, FieldEntry>;
  onChoose: (e: FieldEntry) => void;
  /** Shows one of the places (spans) a problem points at: a warning about two places can be checked at both. */
  onVisit: (problem: number, span: number) => void;
}) {
  if (!problems.length) return null;
  return (
    <ul className="sv-problems" aria-label="Problems">
      {problems.map((p, i) => {
        const entry = p.field ? byId.get(p.field) : undefined;
        const target = entry && entry.spans.length ? entry : undefined;
        const places = p.spans?.length ?? 0;
        return (
          <li key={i} className={`sv-problem sv-${p.severity}${resolved.has(i) ? ' is-resolved' : ''}`} data-resolved={resolved.has(i)}>
            <span className="sv-problem-badge">{badgeOf(p, resolved.has(i))}</span>
            {places > 0 ? (
              <button type="button" className="sv-link" onClick={() => onVisit(i, 0)}>
                {p.message}
              </button>
            ) : target ? (
              <button type="button" className="sv-link" onClick={() => onChoose(target)}>
                {p.message}
              </button>
            ) : (
              <span>{p.message}</span>
            )}
            {places > 1 ? (
              <span className="sv-problem-places" role="group" aria-label="Places in the letter">
                {p.spans!.map((_, k) => (
                  <button
                    key={k}
                    type="button"
                    className="sv-place"
                    onClick={() => onVisit(i, k)}
                    aria-label={`Place ${k + 1} of ${places}`}
                    title={`Show place ${k + 1} of ${places} in the letter`}
                  >
                    {k + 1}
                  </button>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function Legend() {
  return (
    <ul className="sv-legend" aria-label="Highlight colours">
      {FIELD_KINDS.map(({ kind, label }) => (
        <li key={kind} className={`sv-k-${kind}`}>
          <span className="sv-swatch" aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

function FieldRow({ entry, onChoose }: { entry: FieldEntry; onChoose: (e: FieldEntry) => void }) {
  const found = entry.spans.length > 0;
  const body: ReactNode = (
    <>
      <span className="sv-field-label">
        <span className="sv-swatch" aria-hidden="true" />
        {entry.label}
      </span>
      <span className={entry.value === null || !found ? 'sv-field-value sv-missing' : 'sv-field-value'}>
        {entry.value === null ? 'not found in the letter' : entry.value}
        {entry.value !== null && !found ? ' (not found in the letter)' : ''}
      </span>
    </>
  );
  return (
    <li className={`sv-field sv-k-${entry.kind}`} data-field={entry.id} data-value={entry.value ?? ''} data-verbatim={entry.verbatim}>
      {found ? (
        <button type="button" className="sv-field-button" onClick={() => onChoose(entry)} title="Show in the letter">
          {body}
        </button>
      ) : (
        <div className="sv-field-button" aria-disabled="true">
          {body}
        </div>
      )}
    </li>
  );
}

/**
 * Up and down arrows on a value move to the next or previous value that can be shown, and show it, so
 * a letter can be checked value by value from the keyboard. Marked as handled, the arrows do not also
 * move the table's selection.
 */
function moveBetweenValues(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const values = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.sv-field-button')];
  const index = values.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault(); // the table's own arrow keys leave a handled key alone
  const next = values[event.key === 'ArrowDown' ? index + 1 : index - 1];
  if (!next) return;
  next.focus();
  next.click();
}

export function FieldPanel({
  record,
  activeItem,
  onItem,
  onChoose,
}: {
  record: LetterRecord;
  activeItem: number | null;
  onItem: (i: number) => void;
  onChoose: (e: FieldEntry) => void;
}) {
  const letter = useMemo(() => letterEntries(record), [record]);
  const item = useMemo(() => (activeItem === null ? [] : itemEntries(record, activeItem)), [record, activeItem]);
  // The chosen item's values first (the values list opens at them), the letter's after.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (nav.current) nav.current.scrollTop = 0;
  }, [activeItem]);
  const letterSection = (
    <>
      <h3>Letter</h3>
      <ul>
        {letter.map((e) => (
          <FieldRow key={e.id} entry={e} onChoose={onChoose} />
        ))}
      </ul>
    </>
  );
  return (
    <nav className="sv-fields" aria-label="Extracted values" onKeyDown={moveBetweenValues} ref={nav}>
      {activeItem === null ? letterSection : null}
      <h3>
        Items <span className="sv-count">{record.items.length}</span>
      </h3>
      {record.items.length > 0 ? (
        <div className="sv-items" role="group" aria-label="Choose an item">
          {record.items.map((it, i) => (
            <button
              key={i}
              type="button"
              aria-pressed={activeItem === i}
              className={`sv-item-chip ${it.decision.value === 'Overturned' ? 'sv-overturned' : it.decision.value === 'Upheld' ? 'sv-upheld' : ''}`}
              title={it.request.value ?? `Item ${i + 1}`}
              aria-label={`Item ${i + 1}: ${it.decision.value ?? 'decision not found'}`}
              onClick={() => {
                const request = itemEntries(record, i)[0];
                if (request && request.spans.length) onChoose(request);
                else onItem(i);
              }}
            >
              {i + 1}
              <span className="sv-chip-decision">{it.decision.value ?? '?'}</span>
            </button>
          ))}
        </div>
      ) : (
        <p className="sv-missing">No disputed items found.</p>
      )}
      {activeItem !== null && (
        <ul aria-label={`Item ${activeItem + 1}`}>
          {item.map((e) => (
            <FieldRow key={e.id} entry={e} onChoose={onChoose} />
          ))}
        </ul>
      )}
      {activeItem === null && record.items.length > 0 && <p className="sv-hint">Choose an item to list its values.</p>}
      {activeItem !== null ? letterSection : null}
    </nav>
  );
}
