// What an exported chart says about itself, drawn into the picture (chart-export.ts): a chart passed
// on as a file has no page around it, so it carries its title, its n, the filters and search that
// chose its rows, and the day it was exported. Pure: the caller measures text.
import { APP_ROWS } from '../pipeline/app-rows.ts';
import type { ViewFilters } from '../export/file-name.ts';
import { wrapLabel, type Measure } from './label-wrap.ts';

export interface ChartCaption {
  title: string;
  /** The chart's n in words: "26 items (24 decided)", "12 letters with both dates". */
  n: string;
  /** The filters and search in force, one phrase each ("Decision: Overturned"); empty for none. */
  filters: string[];
  exportedAt: Date;
}

/** A filter's name as the sidebar gives it (the facet's label, or the date column's header). */
function filterName(id: string): string {
  const column = APP_ROWS.columnById.get(id);
  return column?.facet?.label ?? column?.header ?? id;
}

/** The view's filters and search, each in words: "Category: imaging, surgery", "Date of decision: from 2024-01-01", 'Search: "knee"'. */
export function describeFilters({ columnFilters, globalFilter }: ViewFilters): string[] {
  const phrases: string[] = [];
  for (const { id, value } of columnFilters) {
    if (Array.isArray(value)) {
      if (value.length > 0) phrases.push(`${filterName(id)}: ${value.map(String).join(', ')}`);
    } else if (value && typeof value === 'object') {
      const { from, to } = value as { from?: unknown; to?: unknown };
      const range = [typeof from === 'string' && from ? `from ${from}` : '', typeof to === 'string' && to ? `to ${to}` : '']
        .filter(Boolean)
        .join(' ');
      if (range) phrases.push(`${filterName(id)}: ${range}`);
    }
  }
  if (globalFilter.trim()) phrases.push(`Search: “${globalFilter.trim()}”`);
  return phrases;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The day and time in the user's own time zone, as the export file names give the day. */
export const formatExportDate = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The caption's lines: the title, then n and the date, then the filters (each line within `width`). */
export function captionLines(
  caption: ChartCaption,
  width: number,
  measureTitle: Measure,
  measure: Measure,
): { title: string[]; lines: string[] } {
  const filters = caption.filters.length > 0 ? caption.filters.join('; ') : 'none (all letters read)';
  return {
    title: wrapLabel(caption.title, width, 2, measureTitle),
    lines: [
      ...wrapLabel(`n = ${caption.n} · exported ${formatExportDate(caption.exportedAt)}`, width, 2, measure),
      ...wrapLabel(`Filters: ${filters}`, width, 6, measure),
    ],
  };
}
