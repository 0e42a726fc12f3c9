// The review of the opened item, above its letter: state (confirm, not an item), why it needs
// attention, corrections (from words selected in the page or text view, or typed, validated),
// notes on the item and the letter, and adding an item the engine missed from its selected heading.
// Folded, it is one line (the state and its buttons, and the first reason for attention), so the
// letter gets the pane's height; unfolded or folded is remembered in this browser.
import { useCallback, useEffect, useId, useState } from 'react';
import type { Field, LetterRecord } from '../extract/record.ts';
import { useAppStore } from '../store/app-store.ts';
import { addItemFromSelection, correctField, revertField, setNote, setVerdict } from '../store/review-actions.ts';
import {
  ALLOWED_VALUES,
  fieldInfo,
  ITEM_FIELDS,
  itemFieldAsRead,
  LETTER_FIELDS,
  letterFieldAsRead,
  valueText,
  isItemField,
  type FieldName,
} from '../review-model/review-fields.ts';
import { itemStatus, REVIEW_STATUS_LABEL, type Correction } from '../review-model/review-model.ts';
import { openItemOf } from './open-item.ts';
import type { RowRef } from '../rows/item-rows.ts';
import { selectionSpan } from './selection-offsets.ts';
import './review.css';

interface Picked {
  start: number;
  end: number;
  text: string;
}

/** The words last selected in the letter (the page or text view), as offsets of its text. */
function usePickedWords(text: string): Picked | null {
  const [picked, setPicked] = useState<Picked | null>(null);
  useEffect(() => {
    const onChange = () => {
      const span = selectionSpan(document.querySelector('.source-pane .sv-doc'));
      if (span) setPicked({ ...span, text: text.slice(span.start, span.end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);
  return picked;
}

const UNFOLDED_KEY = 'imr-lens-review-panel-unfolded';

/** Whether the corrections and notes are shown: folded unless the user unfolded them last time. */
function useUnfolded(): [boolean, (unfolded: boolean) => void] {
  const [unfolded, setUnfolded] = useState(() => {
    try {
      return localStorage.getItem(UNFOLDED_KEY) === 'true';
    } catch {
      return false;
    }
  });
  const set = useCallback((next: boolean) => {
    setUnfolded(next);
    try {
      localStorage.setItem(UNFOLDED_KEY, String(next));
    } catch {
      // Not remembered; still applied.
    }
  }, []);
  return [unfolded, set];
}

export function ReviewPanel({ row, record, attention }: { row: RowRef; record: LetterRecord; attention: readonly string[] }) {
  const review = useAppStore((s) => s.review.present);
  const fileName = useAppStore((s) => s.files[record.sha256]?.name ?? record.file);
  const open = openItemOf(row, record, fileName, review);
  const letterReview = review.letters[open.letter.sha256];
  const itemReview = open.item ? letterReview?.items[open.item.key] : undefined;
  const status = itemStatus(itemReview);
  const picked = usePickedWords(record.text);
  const [field, setField] = useState<FieldName>(open.item ? 'request' : 'decisionDate');
  const allowed = ALLOWED_VALUES[fieldInfo(field).kind];
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [unfolded, setUnfolded] = useUnfolded();
  const bodyId = useId();

  useEffect(() => {
    const pane = document.querySelector('.source-pane');
    pane?.classList.toggle('rv-picking', picking);
    return () => pane?.classList.remove('rv-picking');
  }, [picking]);

  const asRead = (name: FieldName): Field<unknown> => {
    if (isItemField(name)) {
      const item = open.item && open.item.index < record.items.length && !itemReview?.added ? record.items[open.item.index] : undefined;
      return item ? itemFieldAsRead(item, name) : { value: null, spans: [] };
    }
    return letterFieldAsRead(record, name);
  };
  const correct = (input: Parameters<typeof correctField>[4]) => {
    const onItem = isItemField(field);
    if (onItem && !open.item) return setError('Open an item to correct its fields.');
    const message = correctField(open.letter, onItem ? open.item! : undefined, field, asRead(field), input);
    setError(message);
    if (!message && input.kind === 'typed') setTyped('');
  };

  const corrections: [FieldName, Correction, boolean][] = [
    ...Object.entries(itemReview?.corrections ?? {}).map(([n, c]) => [n as FieldName, c, true] as [FieldName, Correction, boolean]),
    ...Object.entries(letterReview?.corrections ?? {}).map(([n, c]) => [n as FieldName, c, false] as [FieldName, Correction, boolean]),
  ];

  const notes = (itemReview?.note ? 1 : 0) + (letterReview?.note ? 1 : 0);
  // Folded, the button counts what it hides; its title says what the count is.
  const extras = corrections.length + notes;
  const extrasTitle = `${corrections.length} ${corrections.length === 1 ? 'correction' : 'corrections'}, ${notes} ${notes === 1 ? 'note' : 'notes'}`;

  return (
    <section className={`rv-panel${unfolded ? '' : ' is-folded'}`} aria-label="Review">
      <div className="rv-panel-row">
        {/* An item's state speaks for itself (the section is labelled "Review"); a letter's row says what is reviewed. */}
        {open.item ? (
          <>
            <span className={`rv-state rv-state-${status}`} data-testid="panel-review-state">
              {REVIEW_STATUS_LABEL[status]}
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() => setVerdict(open.item!, 'confirmed')}
              title="Confirm (c confirms and moves on)"
            >
              Confirm
            </button>
            <button type="button" className="button button-small" onClick={() => setVerdict(open.item!, 'not-an-item')}>
              Not an item
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setVerdict(open.item!, null)}
              disabled={!itemReview?.verdict}
            >
              Clear state
            </button>
          </>
        ) : (
          <strong>Review of the letter as a whole</strong>
        )}
        <button
          type="button"
          className="button button-small rv-fold"
          aria-expanded={unfolded}
          aria-controls={bodyId}
          onClick={() => setUnfolded(!unfolded)}
          title={extrasTitle}
        >
          Corrections and notes{extras > 0 ? ` (${extras})` : ''} <span aria-hidden>{unfolded ? '▴' : '▾'}</span>
        </button>
      </div>
      {attention.length > 0 ? (
        unfolded ? (
          <ul className="rv-attention-list" aria-label="Needs attention">
            {attention.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        ) : (
          <p className="rv-attention-line" title={attention.join('\n')} data-testid="attention-line">
            Needs attention: {attention[0]}
            {attention.length > 1 ? ` (and ${attention.length - 1} more)` : ''}
          </p>
        )
      ) : null}
      <div className="rv-panel-body" id={bodyId} hidden={!unfolded}>
        <div className="rv-panel-row">
          <label>
            Correct{' '}
            <select
              value={field}
              onChange={(e) => {
                setField(e.target.value as FieldName);
                setTyped('');
              }}
              aria-label="Field to correct"
            >
              {open.item ? (
                <optgroup label="Item">
                  {Object.entries(ITEM_FIELDS).map(([name, f]) => (
                    <option key={name} value={name}>
                      {f.label}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              <optgroup label="Letter">
                {Object.entries(LETTER_FIELDS).map(([name, f]) => (
                  <option key={name} value={name}>
                    {f.label}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label title="Lets you select words on the drawn pages">
            <input type="checkbox" checked={picking} onChange={(e) => setPicking(e.target.checked)} /> Select words on the page
          </label>
          <button
            type="button"
            className="button button-small"
            disabled={!picked}
            onClick={() => picked && correct({ kind: 'selection', text: record.text, span: picked })}
            title={picked ? `Selected: ${picked.text}` : 'Select the words of the value in the letter'}
          >
            Use selected words
          </button>
          {allowed ? (
            // A field of known values is corrected from its list: nothing to spell exactly.
            <>
              <select value={typed} aria-label="Value from the list" onChange={(e) => setTyped(e.target.value)}>
                <option value="">Choose…</option>
                {allowed.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button-small"
                disabled={!typed}
                onClick={() => correct({ kind: 'typed', raw: typed })}
              >
                Set value
              </button>
            </>
          ) : (
            <>
              <input
                type="text"
                value={typed}
                placeholder={fieldInfo(field).kind === 'date' ? 'yyyy-mm-dd' : 'or type a value'}
                aria-label="Typed value"
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') correct({ kind: 'typed', raw: typed });
                }}
              />
              <button type="button" className="button button-small" onClick={() => correct({ kind: 'typed', raw: typed })}>
                Set typed value
              </button>
            </>
          )}
        </div>
        {/* The selection line's room is kept while the panel is open: nothing moves as words are selected. */}
        <div className="rv-panel-row rv-picked-line" data-testid={picked ? 'picked-words' : undefined}>
          {picked ? (
            <>
              Selected: “{picked.text.length > 80 ? `${picked.text.slice(0, 80)}…` : picked.text}”
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  setError(
                    addItemFromSelection(
                      open.letter,
                      record.text,
                      picked,
                      record.items.length + Object.values(letterReview?.items ?? {}).filter((i) => i.added).length,
                    ),
                  )
                }
              >
                Add an item from this heading
              </button>
            </>
          ) : (
            <span className="muted">Select the words of the value in the letter, then “Use selected words”.</span>
          )}
        </div>
        {error ? (
          <p className="rv-error" role="alert">
            {error}
          </p>
        ) : null}
        {corrections.length > 0 ? (
          <ul className="rv-corrections" aria-label="Corrections">
            {corrections.map(([name, c, onItem]) => (
              <li key={`${onItem}${name}`} data-correction={name}>
                {fieldInfo(name).label}: <ins>{valueText(c.corrected.value)}</ins>{' '}
                <del className="rv-as-read">{valueText(c.asRead.value) || '(not read)'}</del>{' '}
                <small>{c.typed ? 'typed' : 'from the letter'}</small>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => revertField(open.letter, onItem ? open.item!.key : null, name)}
                >
                  Revert
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="rv-notes">
          {open.item ? (
            <NoteBox label="Item note" value={itemReview?.note ?? ''} onSave={(text) => setNote(open.letter, open.item!, text)} />
          ) : null}
          <NoteBox label="Letter note" value={letterReview?.note ?? ''} onSave={(text) => setNote(open.letter, undefined, text)} />
        </div>
      </div>
    </section>
  );
}

/** A note kept as it is typed and saved (one undoable step) when the box is left. */
function NoteBox({ label, value, onSave }: { label: string; value: string; onSave: (text: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [was, setWas] = useState(value);
  if (value !== was) {
    setWas(value);
    setDraft(value);
  }
  return (
    <label className="rv-note">
      {label}
      <textarea
        value={draft}
        aria-label={label}
        rows={1}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
      />
    </label>
  );
}
