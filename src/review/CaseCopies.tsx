// A case read from several files (review-model/case-copies.ts): its copies, which one's values stand
// (the reviewer's choice, an undoable review action), and where they disagree, each copy's value with
// a button that opens that copy's letter at the item, so each value is checked in its own letter. In
// the table, the Copies column's cell: how many files the case is in, their names on hover.
import type { CaseRow } from '../review-model/case-rows.ts';
import type { RowCase } from '../review-model/case-copies.ts';
import type { RowRef } from '../rows/item-rows.ts';
import { openRow } from '../store/actions.ts';
import { chooseCopy } from '../store/review-actions.ts';
import './review.css';

export function CopiesCell({ row }: { row: CaseRow }) {
  if (!row.case) return <span className="missing">—</span>;
  const { copies } = row.case;
  const names = copies.map((c) => `${c.file}${c.stands ? ' (its values stand)' : ''}`).join('\n');
  return (
    <span className="case-copies-mark" title={`This case is in ${copies.length} files:\n${names}`} data-testid="copies-mark">
      <span aria-hidden>⧉ </span>
      {copies.length}
      <span className="sr-only"> files of one case</span>
    </span>
  );
}

/** The row of a copy at an item (its letter's own row when it has no such item). */
const rowOf = (fileId: string, itemIndex: number | null): RowRef => ({
  id: itemIndex === null ? `${fileId}:letter` : `${fileId}:${itemIndex}`,
  fileId,
  itemIndex,
  addedKey: null,
});

export function CaseCopies({ case: c, opened }: { case: RowCase; opened: RowRef }) {
  const others = (fileId: string) => c.copies.filter((x) => x.fileId !== fileId).map((x) => ({ sha256: x.fileId, file: x.file }));
  const open = (fileId: string, itemIndex: number | null) => openRow(rowOf(fileId, itemIndex ?? opened.itemIndex));
  return (
    <section className="case-copies" aria-label="Copies of this case" data-testid="case-copies">
      <p className="case-copies-head">This case is in {c.copies.length} files; the values of one stand for it, counted once:</p>
      <ul className="case-copies-list">
        {c.copies.map((copy) => (
          <li key={copy.fileId} data-copy={copy.file} className={copy.fileId === opened.fileId ? 'is-open' : undefined}>
            <span className="case-copy-name">{copy.file}</span>{' '}
            <small>
              {copy.problems} {copy.problems === 1 ? 'problem' : 'problems'}
            </small>{' '}
            {copy.stands ? (
              <strong className="case-copy-stands">Its values stand</strong>
            ) : (
              <button
                type="button"
                className="button button-small"
                onClick={() => chooseCopy({ sha256: copy.fileId, file: copy.file }, others(copy.fileId))}
              >
                Use this copy&apos;s values
              </button>
            )}{' '}
            {copy.fileId === opened.fileId ? (
              <small>(shown)</small>
            ) : (
              <button type="button" className="button button-small" onClick={() => open(copy.fileId, null)}>
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
      {c.disagreements.length > 0 ? (
        <ul className="case-disagreements" aria-label="Where the copies disagree">
          {c.disagreements.map((d) => (
            <li key={`${d.field}:${d.itemIndex}`} data-field={d.field}>
              <strong>
                {d.label}
                {d.itemIndex === null ? '' : ` (item ${d.itemIndex + 1})`}:
              </strong>
              {d.values.map((v) => (
                <span key={v.fileId} className="case-disagreement-value">
                  {' '}
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => open(v.fileId, d.itemIndex)}
                    title={`Show this value in ${v.file}`}
                  >
                    {v.value === '' ? 'nothing read' : v.value.length > 60 ? `${v.value.slice(0, 60)}…` : v.value}
                  </button>{' '}
                  <small>in {v.file}</small>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
