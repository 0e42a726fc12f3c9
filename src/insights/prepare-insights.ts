// Insights made ready while the table is shown and the page is idle, so that switching to it only
// shows what is already worked out. The first opening at 10,000 letters used to spend about 140 ms
// working out each row's facts (row-facts.ts), 30-40 ms counting them and 15 ms drawing each chart
// in view, all in the click's task. Here the facts of all rows are worked out a slice at a time, then
// the numbers of the rows the table shows, then their charts, one per idle period: a switch finds
// them memoised (insightsOf, chart-drawings.ts).
import type { AppRow } from '../pipeline/app-rows.ts';
import type { IdleDeadlineLike } from './idle.ts';
import { chartFacets, insightsOf, type Insights } from './aggregate.ts';
import { undrawnCharts } from './chart-drawings.ts';
import { prepareRowFacts } from './row-facts.ts';

/** The last numbers shown, so that the next ones share their unchanged charts (and drawings). */
let lastShown: Insights | null = null;

/** The numbers of these rows, memoised by the array, sharing unchanged charts with the last shown. */
export const insightsFor = (rows: readonly AppRow[]): Insights => insightsOf(rows, lastShown);

export function markShown(insights: Insights): void {
  lastShown = insights;
}

/** Rows whose facts are worked out per step: a few milliseconds. */
const SLICE = 2_000;
/** Counting the shown rows is one step of 30-40 ms at 10,000 letters; drawing a chart about 15 ms. */
const MIN_TIME_FOR_STEP = 12;

/** How far the facts of each array of all rows are worked out. */
const factsDone = new WeakMap<readonly AppRow[], number>();

/**
 * One idle period's share of the preparation for `shown` (the rows the table shows) among `all`.
 * Returns true when everything is ready, false when there is more for the next idle period.
 * `undrawn` lists the drawing steps left (chart-drawings.ts; a test passes its own: Node has no DOM).
 */
export function prepareInsights(
  all: readonly AppRow[],
  shown: readonly AppRow[],
  deadline: IdleDeadlineLike,
  undrawn: (insights: Insights) => (() => void)[] = undrawnCharts,
): boolean {
  let done = factsDone.get(all) ?? 0;
  while (done < all.length && deadline.timeRemaining() >= MIN_TIME_FOR_STEP) {
    prepareRowFacts(all, chartFacets(), done, done + SLICE);
    done += SLICE;
  }
  factsDone.set(all, done);
  if (done < all.length || deadline.timeRemaining() < MIN_TIME_FOR_STEP) return false;
  for (const draw of undrawn(insightsFor(shown))) {
    if (deadline.timeRemaining() < MIN_TIME_FOR_STEP) return false;
    draw();
  }
  return true;
}
