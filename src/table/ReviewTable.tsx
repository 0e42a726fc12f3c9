// The review table body: virtualized rows (tens of thousands stay smooth), sortable headers
// (shift-click adds a sort), and keyboard navigation (↑/↓ or j/k select, Enter opens, Esc closes).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { moveSelectionTo, openRow } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ReviewTableInstance } from './use-review-table.ts';

const ROW_HEIGHT = 34;

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Enter on a focused button, link or menu belongs to that control, not to the table. */
function isControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName);
}

export function ReviewTable({ table }: { table: ReviewTableInstance }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const selectedRowId = useAppStore((s) => s.selectedRowId);
  const openRowId = useAppStore((s) => s.openRowId);
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

  // Keyboard navigation on the whole window, except while the user types in a field or a dialog is
  // open, and for keys a part of the page has already handled (the source view's list of values).
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const list = rowsRef.current;
      const { selectedRowId: selected, openRowId: open } = useAppStore.getState();
      const index = list.findIndex((r) => r.id === selected);
      let next: number | null = null;
      if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(list.length - 1, index + 1);
      else if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(0, index < 0 ? 0 : index - 1);
      else if (event.key === 'Enter' && selected && !isControl(event.target)) openRow(selected);
      else if (event.key === 'Escape' && open) openRow(null);
      else return;
      event.preventDefault();
      const target = next === null ? undefined : list[next];
      if (next !== null && target) {
        moveSelectionTo(target.id);
        virtualizer.scrollToIndex(next, { align: 'auto' });
      }
    }
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [virtualizer]);

  const columns = table.getVisibleLeafColumns();
  const totalWidth = columns.reduce((sum, c) => sum + c.getSize(), 0);
  const template = columns.map((c) => (c.id === 'request' ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`)).join(' ');

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <table className="grid" role="grid" aria-rowcount={rows.length + 1} style={{ minWidth: totalWidth }}>
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
                    </th>
                  );
                })}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedRowId;
            return (
              <tr
                key={row.id}
                data-row-id={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`grid-row${selected ? ' is-selected' : ''}${row.id === openRowId ? ' is-open' : ''}${row.original.itemIndex === null ? ' is-letter-only' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
                onClick={() => openRow(row.id)}
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
      {rows.length === 0 ? <p className="grid-empty">No items match these filters.</p> : null}
    </div>
  );
}
