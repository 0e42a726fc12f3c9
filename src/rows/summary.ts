// The header line over the table ("312 items in 140 letters, 11.2% overturned"), for the rows the
// filters leave.
import type { ItemRow } from './item-rows.ts';
import type { RowPipeline } from './row-pipeline.ts';

export interface Summary {
  items: number;
  letters: number;
  overturned: number;
  /** Share of decided items that were overturned, or null when no item has a decision. */
  overturnedShare: number | null;
}

export function summarize<R extends ItemRow>(pipeline: RowPipeline<R>, rows: readonly R[]): Summary {
  const letters = new Set<string>();
  let items = 0;
  let decided = 0;
  let overturned = 0;
  for (const row of rows) {
    letters.add(row.fileId);
    // A row a feature takes out of the counts (an item the reviewer marked "not an item") stays, marked.
    if (!pipeline.countsAsItem(row)) continue;
    items++;
    if (row.values.decision) decided++;
    if (row.values.decision === 'Overturned') overturned++;
  }
  return { items, letters: letters.size, overturned, overturnedShare: decided > 0 ? overturned / decided : null };
}

/** One formatter for every count: `toLocaleString` builds a new one (milliseconds) on each call. */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => COUNT_FORMAT.format(n);

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(s: Summary): string {
  const share = s.overturnedShare === null ? '' : `, ${(s.overturnedShare * 100).toFixed(1)}% overturned`;
  return `${plural(s.items, 'item')} in ${plural(s.letters, 'letter')}${share}`;
}
