// Export file names that say what is in them: the filters and search of the view, how many rows or
// letters, and the day, e.g. `imr-lens-overturned-37-items-2026-12-01.csv`. Two exports of different
// views never get the same name.

export interface ViewFilters {
  columnFilters: readonly { id: string; value: unknown }[];
  globalFilter: string;
}

/** Lower-case words joined by hyphens, nothing a file system could stumble on. */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The view's filters in a few words: ticked values, date ranges, the search; "all" for no filter. */
export function describeView({ columnFilters, globalFilter }: ViewFilters): string {
  const parts: string[] = [];
  for (const { id, value } of columnFilters) {
    if (Array.isArray(value)) parts.push(...value.map(String));
    else if (value && typeof value === 'object') {
      const { from, to } = value as { from?: string; to?: string };
      parts.push(`${slug(id)}${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}`);
    }
  }
  if (globalFilter.trim()) parts.push(`search-${globalFilter.trim()}`);
  const words = slug(parts.join(' ')).slice(0, 80).replace(/-+$/, '');
  return words || 'all';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `imr-lens-<view>-<count>-<unit>-YYYY-MM-DD.<ext>`, the day in the user's own time zone. */
export function exportFileName(view: ViewFilters, count: number, unit: 'item' | 'letter', ext: 'csv' | 'json', now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `imr-lens-${describeView(view)}-${count}-${unit}${count === 1 ? '' : 's'}-${day}.${ext}`;
}
