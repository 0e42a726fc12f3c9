// Faceted filters with counts. Each facet counts the rows the other filters leave, so the numbers
// always say what ticking a value would show.
import { useMemo, useState } from 'react';
import { countFacets, type DateRange } from '../rows/facets.ts';
import type { RowColumn } from '../rows/row-columns.ts';
import { APP_ROWS, type AppRow } from '../pipeline/app-rows.ts';
import { formatCount } from '../rows/summary.ts';
import type { ReviewTableInstance } from './use-review-table.ts';

const COLLAPSED_LIMIT = 8;

function Facet({ table, facet, tally }: { table: ReviewTableInstance; facet: RowColumn<AppRow>; tally: Map<string, number> | undefined }) {
  const [expanded, setExpanded] = useState(false);
  const column = table.getColumn(facet.id);
  if (!column || !facet.facet) return null;
  const counts = [...(tally ?? new Map<string, number>()).entries()];
  const selected = (column.getFilterValue() as string[] | undefined) ?? [];
  if (facet.facet.sidebar === 'when-ticked' && selected.length === 0) return null;
  // Ticked values stay listed even when the other filters leave none of them.
  for (const value of selected) if (!counts.some(([v]) => v === value)) counts.push([value, 0]);
  counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (counts.length === 0) return null;
  const shown = expanded ? counts : counts.slice(0, COLLAPSED_LIMIT);
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    column.setFilterValue(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="facet" data-facet={facet.id}>
      <legend>
        {facet.facet.label}
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => column.setFilterValue(undefined)}>
            clear
          </button>
        ) : null}
      </legend>
      {shown.map(([value, count]) => (
        <label key={value} className={`facet-value${selected.includes(value) ? ' is-checked' : ''}`}>
          <input type="checkbox" checked={selected.includes(value)} onChange={() => toggle(value)} />
          <span className="facet-label">{value}</span>
          <span className="facet-count">{formatCount(count)}</span>
        </label>
      ))}
      {counts.length > COLLAPSED_LIMIT ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${counts.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}

/** From and to dates (both inclusive) for one date column; rows without that date are left out while a bound is set. */
function DateRangeFilter({ table, columnId, label }: { table: ReviewTableInstance; columnId: string; label: string }) {
  const column = table.getColumn(columnId);
  if (!column) return null;
  const range = (column.getFilterValue() as DateRange | undefined) ?? {};
  const set = (patch: DateRange) => {
    const next = { ...range, ...patch };
    column.setFilterValue(next.from || next.to ? next : undefined);
  };
  return (
    <fieldset className="facet date-range" data-range={columnId}>
      <legend>
        {label}
        {range.from || range.to ? (
          <button type="button" className="link-button" onClick={() => column.setFilterValue(undefined)}>
            clear
          </button>
        ) : null}
      </legend>
      <label className="date-bound">
        <span>From</span>
        <input type="date" value={range.from ?? ''} max={range.to} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label className="date-bound">
        <span>To</span>
        <input type="date" value={range.to ?? ''} min={range.from} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
    </fieldset>
  );
}

/** `rows` are all the table's rows, before the filters: each facet counts those the other filters leave. */
export function FacetSidebar({ table, rows }: { table: ReviewTableInstance; rows: readonly AppRow[] }) {
  const { columnFilters, globalFilter } = table.state;
  const anyFilter = columnFilters.length > 0;
  const counts = useMemo(() => countFacets(APP_ROWS, rows, columnFilters, String(globalFilter ?? '')), [rows, columnFilters, globalFilter]);
  return (
    <aside className="sidebar" aria-label="Filters" tabIndex={-1} id="filters">
      <div className="sidebar-head">
        <h2>Filters</h2>
        {anyFilter ? (
          <button type="button" className="link-button" onClick={() => table.resetColumnFilters()}>
            Clear all filters
          </button>
        ) : null}
      </div>
      {APP_ROWS.facets.map((facet) => (
        <Facet key={facet.id} table={table} facet={facet} tally={counts.get(facet.id)} />
      ))}
      {APP_ROWS.dateRanges.map((column) => (
        <DateRangeFilter key={column.id} table={table} columnId={column.id} label={column.header} />
      ))}
    </aside>
  );
}
