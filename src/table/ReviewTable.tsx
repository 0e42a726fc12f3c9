// The review table body: virtualized rows (tens of thousands stay smooth), sortable and resizable
// headers (shift-click adds a sort; drag a header's right edge), and the ARIA grid pattern: one row
// takes focus at a time (roving tabindex), ↑/↓ or j/k move, Home/End jump, Enter opens, Esc closes.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { moveSelectionTo, openRow } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ReviewTableInstance } from './use-review-table.ts';
import { rowRefOf } from '../pipeline/app-rows.ts';

const ROW_HEIGHT = 30;

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Enter on a focused button, link or menu belongs to that control, not to the table. */
function isControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName);
}

/** Focuses the row with this id once it is in the page (the virtualizer may render it a frame later). */
function focusRow(body: HTMLElement | null, id: string, tries = 3): void {
  const el = body?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`);
  if (el) el.focus({ preventScroll: true });
  else if (tries > 0) requestAnimationFrame(() => focusRow(body, id, tries - 1));
}

/** What the table says when it has no rows: why, and what to do. */
function EmptyMessage({ filtered }: { filtered: boolean }) {
  const reading = useAppStore((s) => (s.run !== null && s.run.finishedAt === null) || s.intakePending > 0);
  const text = filtered
    ? 'No items match these filters. Change the search or clear the filters to see more.'
    : reading
      ? 'Reading letters… their items appear here as each one is read.'
      : 'No items yet. Add letters to see their items here.';
  return (
    <p className="grid-empty" role="status">
      {text}
    </p>
  );
}

export function ReviewTable({ table }: { table: ReviewTableInstance }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = table.getRowModel().rows;
  const { selectedRowId, openRowId, wrap } = useAppStore(
    useShallow((s) => ({ selectedRowId: s.selectedRow?.id ?? null, openRowId: s.openedRow?.id ?? null, wrap: s.view.wrap })),
  );
  // The virtualizer's functions are read fresh on every render here and never memoised, which is
  // what the React Compiler rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: 6,
  });
  // Rows change height when values wrap: measured then, a fixed height otherwise (cheaper at scale).
  useEffect(() => virtualizer.measure(), [wrap, virtualizer]);

  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  // A selection made far off screen (`n`, `c`) is scrolled to through the virtualizer, which knows
  // where each row is (rows have their own heights when wrapped): the row is rendered and in view.
  const reveal = useAppStore((s) => s.revealSelected);
  useEffect(() => {
    if (reveal === 0) return;
    const selected = useAppStore.getState().selectedRow?.id;
    const index = rowsRef.current.findIndex((r) => r.id === selected);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [reveal, virtualizer]);

  // Keyboard navigation on the whole window, except while the user types in a field or a dialog is
  // open, and for keys a part of the page has already handled (the source view's list of values).
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const list = rowsRef.current;
      const { selectedRow, openedRow } = useAppStore.getState();
      const selected = selectedRow?.id ?? null;
      const open = openedRow !== null;
      const index = list.findIndex((r) => r.id === selected);
      let next: number | null = null;
      if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(list.length - 1, index + 1);
      else if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(0, index < 0 ? 0 : index - 1);
      else if ((event.key === 'Home' || event.key === 'End') && bodyRef.current?.contains(event.target as Node))
        next = event.key === 'Home' ? 0 : list.length - 1;
      else if (event.key === 'Enter' && selectedRow && !isControl(event.target)) openRow(selectedRow);
      else if (event.key === 'Escape' && open) openRow(null);
      else return;
      event.preventDefault();
      const target = next === null ? undefined : list[next];
      if (next !== null && target) {
        const rowHadFocus = bodyRef.current?.contains(document.activeElement) ?? false;
        moveSelectionTo(rowRefOf(target.original));
        virtualizer.scrollToIndex(next, { align: 'auto' });
        // The grid pattern: focus moves with the selection when it was on a row.
        if (rowHadFocus) focusRow(bodyRef.current, target.id);
      }
    }
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [virtualizer]);

  // Closing the source view (Esc, its close button) gives focus back to the row it showed.
  const wasOpen = useRef(openRowId);
  useEffect(() => {
    const closed = wasOpen.current !== null && openRowId === null;
    wasOpen.current = openRowId;
    const active = document.activeElement;
    if (closed && selectedRowId && (!active || active === document.body)) focusRow(bodyRef.current, selectedRowId);
  }, [openRowId, selectedRowId]);

  const columns = table.getVisibleLeafColumns();
  // The one row that takes Tab: the selected one when it is listed, else the first.
  const tabRowId = selectedRowId && rows.some((r) => r.id === selectedRowId) ? selectedRowId : rows[0]?.id;
  const { columnFilters, globalFilter } = table.state;
  const filtered = columnFilters.length > 0 || !!String(globalFilter ?? '').trim();
  const totalWidth = columns.reduce((sum, c) => sum + c.getSize(), 0);
  const template = columns.map((c) => (c.id === 'request' ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`)).join(' ');

  return (
    <div className="grid-scroll" ref={scrollRef} id="review-table" tabIndex={-1}>
      <table
        className={`grid${wrap ? ' is-wrapped' : ''}`}
        role="grid"
        aria-label="Disputed items"
        aria-rowcount={rows.length + 1}
        style={{ minWidth: totalWidth }}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="grid-row grid-head" style={{ gridTemplateColumns: template }}>
              {group.headers
                .filter((h) => h.column.getIsVisible())
                .map((header) => {
                  const sorted = header.column.getIsSorted();
                  const sortIndex = header.column.getSortIndex();
                  const multi = table.state.sorting.length > 1;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      data-column={header.column.id}
                    >
                      <button
                        type="button"
                        className="th-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title="Sort (shift-click to add a sort)"
                      >
                        <span>{String(header.column.columnDef.header)}</span>
                        <span className="sort-mark" aria-hidden>
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                          {sorted && multi ? <sub>{sortIndex + 1}</sub> : null}
                        </span>
                      </button>
                      {header.column.getCanResize() ? (
                        <span
                          className={`col-resizer${header.column.getIsResizing() ? ' is-resizing' : ''}`}
                          aria-hidden
                          title="Drag to resize; double-click for the default width"
                          onMouseDown={header.getResizeHandler()}
                          onTouchStart={header.getResizeHandler()}
                          onDoubleClick={() => header.column.resetSize()}
                          onClick={(e) => e.stopPropagation()}
                        />
                      ) : null}
                    </th>
                  );
                })}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedRowId;
            return (
              <tr
                key={row.id}
                ref={wrap ? virtualizer.measureElement : undefined}
                data-index={item.index}
                data-row-id={row.id}
                tabIndex={row.id === tabRowId ? 0 : -1}
                onFocus={(e) => {
                  if (e.target === e.currentTarget && !selected) moveSelectionTo(rowRefOf(row.original));
                }}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`grid-row${selected ? ' is-selected' : ''}${row.id === openRowId ? ' is-open' : ''}${row.original.itemIndex === null ? ' is-letter-only' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
                onClick={() => openRow(rowRefOf(row.original))}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <EmptyMessage filtered={filtered} /> : null}
    </div>
  );
}
