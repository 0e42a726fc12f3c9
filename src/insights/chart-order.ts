// The order of a chart's bars, as the reviewer chose it for that chart (kept in the view, so saved
// with the session): most items first, highest overturn rate first, or (the months) in time order.
// Only the order changes: a chart shows the same groups (those with the most items) in any order.
import type { RateChart, RateChartSpec, RateGroup } from './aggregate.ts';

export type BarOrder = 'items' | 'rate' | 'value';

const ORDER_NAMES: Record<BarOrder, string> = { items: 'Most items', rate: 'Highest rate', value: 'In time order' };

/** The orders a chart offers, its own first: a chart in time order offers that too. */
export const barOrders = (spec: RateChartSpec): BarOrder[] => (spec.order === 'value' ? ['value', 'items', 'rate'] : ['items', 'rate']);

export const barOrderName = (order: BarOrder) => ORDER_NAMES[order];

/** The order chosen for the chart (`chosen`, as saved: it may hold anything), or the chart's own. */
export function barOrderOf(spec: RateChartSpec, chosen: Readonly<Record<string, unknown>> | undefined): BarOrder {
  const order = chosen?.[spec.id];
  return barOrders(spec).find((o) => o === order) ?? spec.order;
}

const byItems = (a: RateGroup, b: RateGroup) => b.items - a.items || b.n - a.n || a.value.localeCompare(b.value);
/** Highest rate first; among equal rates the larger n (the surer rate) first; groups with no decided item last. */
const byRate = (a: RateGroup, b: RateGroup) =>
  (b.rate ?? -1) - (a.rate ?? -1) || b.n - a.n || b.items - a.items || a.value.localeCompare(b.value);
const byValue = (a: RateGroup, b: RateGroup) => a.value.localeCompare(b.value);
const COMPARE: Record<BarOrder, (a: RateGroup, b: RateGroup) => number> = { items: byItems, rate: byRate, value: byValue };

export const orderGroups = (groups: readonly RateGroup[], order: BarOrder): RateGroup[] => [...groups].sort(COMPARE[order]);

/** Each chart in each order asked for, kept while the chart object is (so its drawing is kept too: chart-drawings.ts). */
const ordered = new WeakMap<RateChart, Map<BarOrder, RateChart>>();

/** The chart with its bars in `order`: the chart itself in its own order. */
export function orderedChart(chart: RateChart, order: BarOrder): RateChart {
  if (order === chart.order) return chart;
  let byOrder = ordered.get(chart);
  if (!byOrder) ordered.set(chart, (byOrder = new Map()));
  let copy = byOrder.get(order);
  if (!copy) byOrder.set(order, (copy = { ...chart, groups: orderGroups(chart.groups, order) }));
  return copy;
}
