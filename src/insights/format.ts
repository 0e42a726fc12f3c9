// How Insights writes its numbers (charts, tables and tooltips alike).
import { formatCount } from '../rows/summary.ts';
import type { RateGroup } from './aggregate.ts';
import type { Interval } from './statistics.ts';

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
export const formatInterval = (i: Interval | null) => (i === null ? '—' : `${(i.low * 100).toFixed(1)}–${(i.high * 100).toFixed(1)}%`);
export const formatDays = (d: number | null) => (d === null ? '—' : `${Number.isInteger(d) ? d : d.toFixed(1)} d`);

/** What hovering a bar says: every number of the group. */
export function groupTooltip(g: RateGroup): string {
  return [
    g.value,
    `${formatRate(g.rate)} overturned (${formatCount(g.overturned)} of ${formatCount(g.n)} decided)`,
    `95% interval ${formatInterval(g.interval)}`,
    `${formatCount(g.items)} item${g.items === 1 ? '' : 's'}`,
    g.n < 10 ? 'Small n: read with care' : '',
  ]
    .filter(Boolean)
    .join('\n');
}
