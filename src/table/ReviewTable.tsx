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
import { describeRow, followNextSelection, takeFollowRequest } from './row-focus.ts';
import { announce } from '../ui/announce.ts';
import { setLayout } from '../ui/layout-state.ts';
import { isControl } from '../ui/shortcuts.ts';
import { useShortcut } from '../ui/use-shortcut.ts';

const ROW_HEIGHT = 30;
/** The sticky header's height: rows start below it, and a row scrolled to stops below it. */
const HEAD_HEIGHT = 35;

/** Focuses the row with this id once it is in the page (the virtualizer may render it a few frames later). */
function focusRow(body: HTMLElement | null, id: string, tries = 8): void {
  const el = body?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`);
  if (el) el.focus({ preventScroll: true });
  else if (tries > 0) requestAnimationFrame(() => focusRow(body, id, tries - 1));
}

/** Focus is on the page itself, or in the table: a keyboard move takes it along to the new row. */
function focusFollowsRows(body: HTMLElement | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !!body?.closest('.grid-scroll')?.contains(active);
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
    // The rows start under the sticky header, and a row scrolled to is never left beneath it.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  // Rows change height when values wrap: measured then, a fixed height otherwise (cheaper at scale).
  useEffect(() => virtualizer.measure(), [wrap, virtualizer]);

  // Keyboard navigation through the app's one shortcut registry (ui/shortcuts.ts): not while the
  // user types in a field or a dialog is open, nor for keys a part of the page already handled.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const moveBy = (to: (index: number, count: number) => number) => () => {
    const list = rowsRef.current;
    if (list.length === 0) return false;
    const selected = useAppStore.getState().selectedRow?.id ?? null;
    const target =
      list[
        to(
          list.findIndex((r) => r.id === selected),
          list.length,
        )
      ];
    if (!target) return false;
    followNextSelection();
    moveSelectionTo(rowRefOf(target.original));
  };
  const inBody = (event: KeyboardEvent) => !!bodyRef.current?.contains(event.target as Node);
  useShortcut({ keys: ['ArrowDown', 'j'], label: 'Next row', group: 'Table', run: moveBy((i, n) => Math.min(n - 1, i + 1)) });
  useShortcut({ keys: ['ArrowUp', 'k'], label: 'Previous row', group: 'Table', run: moveBy((i) => Math.max(0, i - 1)) });
  useShortcut({ keys: ['Home'], label: 'First row (focus in the table)', group: 'Table', when: inBody, run: moveBy(() => 0) });
  useShortcut({ keys: ['End'], label: 'Last row (focus in the table)', group: 'Table', when: inBody, run: moveBy((_, n) => n - 1) });
  useShortcut({
    keys: ['Enter'],
    label: 'Open the selected row beside the letter',
    group: 'Table',
    when: (event) => !isControl(event.target),
    run: () => {
      const { selectedRow } = useAppStore.getState();
      if (!selectedRow) return false;
      openRow(selectedRow);
    },
  });
  useShortcut({
    keys: ['Escape'],
    label: 'Close the letter',
    group: 'Letter',
    run: () => {
      if (useAppStore.getState().openedRow === null) return false;
      setLayout({ focusMode: false });
      openRow(null);
    },
  });

  // A selection made far off screen (`n`, `c`) is scrolled to through the virtualizer, which knows
  // where each row is (rows have their own heights when wrapped): the row is rendered and in view,
  // in the middle (at an edge it could sit under the sticky header, which the virtualizer does not count).
  const reveal = useAppStore((s) => s.revealSelected);
  useEffect(() => {
    if (reveal === 0) return;
    const selected = useAppStore.getState().selectedRow?.id;
    const index = rowsRef.current.findIndex((r) => r.id === selected);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [reveal, virtualizer]);

  // The selected row is kept in view below the sticky header; a keyboard move also takes the focus
  // along (when it was in the table or nowhere) and is announced.
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    const followed = takeFollowRequest();
    const list = rowsRef.current;
    // The row left goes back to one line (it was measured while it showed its whole request).
    const left = lastSelected.current === null ? -1 : list.findIndex((r) => r.id === lastSelected.current);
    lastSelected.current = selectedRowId;
    if (left >= 0 && !useAppStore.getState().view.wrap) virtualizer.resizeItem(left, ROW_HEIGHT);
    const index = selectedRowId === null ? -1 : list.findIndex((r) => r.id === selectedRowId);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (!followed) return;
    if (focusFollowsRows(bodyRef.current)) focusRow(bodyRef.current, selectedRowId!);
    announce(describeRow(list[index]!.original, index, list.length));
  }, [selectedRowId, virtualizer]);

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
                // The selected row shows its whole request (wrapped), so it is measured like wrapped rows.
                ref={wrap || selected ? virtualizer.measureElement : undefined}
                data-index={item.index}
                data-row-id={row.id}
                tabIndex={row.id === tabRowId ? 0 : -1}
                onFocus={(e) => {
                  if (e.target === e.currentTarget && !selected) moveSelectionTo(rowRefOf(row.original));
                }}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`grid-row${selected ? ' is-selected' : ''}${row.id === openRowId ? ' is-open' : ''}${row.original.itemIndex === null ? ' is-letter-only' : ''}`}
                style={{ transform: `translateY(${item.start - HEAD_HEIGHT}px)`, gridTemplateColumns: template }}
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
