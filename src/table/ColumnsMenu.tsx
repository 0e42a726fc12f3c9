// The Columns menu: show or hide each column, move it left or right, make it narrower or wider (the
// keyboard's way to resize: dragging a header's edge needs a mouse), wrap long values, and go back to
// the default layout. The layout (visibility, order, widths, wrapping) is part of the saved view.
import { useCallback, useId, useRef, useState } from 'react';
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { DEFAULT_VIEW } from '../store/view-state.ts';
import type { ReviewTableInstance } from './use-review-table.ts';
import { useDismiss } from './use-dismiss.ts';

/** A width step of the menu's − and + buttons, and the bounds they keep a column within. */
export const WIDTH_STEP = 20;
const MIN_WIDTH = 60;
const MAX_WIDTH = 800;

export function ColumnsMenu({ table }: { table: ReviewTableInstance }) {
  const [open, setOpen] = useState(false);
  const wrap = useAppStore((s) => s.view.wrap);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, panel, opener, close);
  // A column that is only a filter cannot be hidden or shown (columns.tsx).
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const ids = columns.map((c) => c.id);
  const move = (index: number, by: -1 | 1) => {
    const next = ids.slice();
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    table.setColumnOrder(next);
  };
  const resize = (id: string, width: number) => {
    const size = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    table.setColumnSizing((sizing) => ({ ...sizing, [id]: size }));
  };
  return (
    <div className="menu">
      <button ref={opener} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open ? (
        <div ref={panel} id={panelId} className="menu-panel" role="group" aria-label="Columns">
          <label className="menu-check menu-wrap">
            <input type="checkbox" checked={wrap} onChange={(e) => setView({ wrap: e.target.checked })} />
            Wrap long values
          </label>
          <ul className="menu-columns" aria-label="Visible columns and their order">
            {columns.map((column, index) => {
              const name = String(column.columnDef.header);
              return (
                <li key={column.id} className="menu-column">
                  <label className="menu-check">
                    <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                    {name}
                  </label>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} left`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} right`}
                    disabled={index === columns.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Narrower ${name}`}
                    title={`${name}: ${column.getSize()} px`}
                    disabled={column.getSize() <= MIN_WIDTH}
                    onClick={() => resize(column.id, column.getSize() - WIDTH_STEP)}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Wider ${name}`}
                    title={`${name}: ${column.getSize()} px`}
                    disabled={column.getSize() >= MAX_WIDTH}
                    onClick={() => resize(column.id, column.getSize() + WIDTH_STEP)}
                  >
                    +
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setView({
                columnOrder: [],
                columnSizing: {},
                columnVisibility: DEFAULT_VIEW.columnVisibility,
                wrap: false,
              })
            }
          >
            Reset columns to the default layout
          </button>
        </div>
      ) : null}
    </div>
  );
}
