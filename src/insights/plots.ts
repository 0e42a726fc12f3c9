// The charts, drawn by Observable Plot as SVG: bars of overturn rates (or of counts) with their n and
// Wilson interval, and histograms of days with the median and 90th percentile marked. Colours are the
// theme's CSS variables and currentColor, so a dark theme and print restyle them.
import * as Plot from '@observablehq/plot';
import { SMALL_N, type Distribution, type RateChart, type RateGroup } from './aggregate.ts';
import { formatDays, formatRate, groupTooltip } from './format.ts';

export const CHART_WIDTH = 560;
export const DISTRIBUTION_HEIGHT = 220;
const BAR_ROW = 24;
/** Widest group label drawn beside a bar, in px; a longer one is cut with "…" (the full value is in the tooltip and the table). */
const LABEL_WIDTH = 210;
const FONT = '11px system-ui, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
/** The label's width as the chart will draw it (its font, measured on a canvas; about 7 px a character without one). */
function textWidth(text: string): number {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
  }
  return context ? context.measureText(text).width : text.length * 7;
}

const fitted = new Map<string, string>();
/**
 * The label cut to LABEL_WIDTH. What follows a label's last ": " (a guideline's section: "MTUS
 * Chronic Pain Medical Treatment Guidelines: Opioids") is what tells such labels apart, so it is
 * kept and the part before it is cut ("MTUS Chronic Pain…: Opioids").
 */
export function fitLabel(label: string): string {
  let fit = fitted.get(label);
  if (fit === undefined) {
    const { head, tail } = splitLabel(label);
    fit = label;
    // Cut the part before ": " first, down to a word's start ("MTUS…"); then, if need be, the section's end.
    for (let n = head.length - 1; tail && n >= 4 && textWidth(fit) > LABEL_WIDTH; n--) fit = `${head.slice(0, n).trimEnd()}…${tail}`;
    const start = tail ? fit : label;
    for (let n = start.length - 1; n > 1 && textWidth(fit) > LABEL_WIDTH; n--) fit = `${start.slice(0, n).trimEnd()}…`;
    fitted.set(label, fit);
  }
  return fit;
}

/** A label's part up to its last ": " and the rest (with the ": "), or the whole label and ''. */
export function splitLabel(label: string): { head: string; tail: string } {
  const at = label.lastIndexOf(': ');
  return at > 0 ? { head: label.slice(0, at), tail: label.slice(at) } : { head: label, tail: '' };
}
const faded = (g: RateGroup) => (g.n < SMALL_N ? 0.35 : 0.9);

/** The label at a bar's end: its rate and n, or its count and rate. */
function barLabel(chart: RateChart, g: RateGroup): string {
  const small = g.n < SMALL_N ? ' · small n' : '';
  return chart.kind === 'rate' ? `${formatRate(g.rate)} · n=${g.n}${small}` : `${g.items} · ${formatRate(g.rate)} overturned${small}`;
}

/** A chart of groups' height (in the units of CHART_WIDTH): known before it is drawn, so its place is kept. */
export const rateChartHeight = (chart: RateChart) => chart.groups.length * BAR_ROW + 44;

/** The SVG for a chart of groups; its bars (and a transparent band over each whole row) carry data-value. */
export function rateChartSvg(chart: RateChart): SVGSVGElement {
  const groups = chart.groups;
  const labelWidth = Math.max(30, ...groups.map((g) => textWidth(fitLabel(g.value))));
  const isRate = chart.kind === 'rate';
  const maxCount = Math.max(1, ...groups.map((g) => g.items));
  const xMax = isRate ? 1 : maxCount;
  const end = (g: RateGroup) => (isRate ? (g.interval?.high ?? 0) : g.items);
  const svg = Plot.plot({
    width: CHART_WIDTH,
    height: rateChartHeight(chart),
    marginLeft: Math.ceil(labelWidth) + 12,
    marginRight: isRate ? 150 : 180,
    style: { background: 'transparent', color: 'currentColor', font: FONT },
    x: isRate
      ? { domain: [0, 1], tickFormat: (x: number) => `${Math.round(x * 100)}%`, label: 'Overturned →', grid: true, ticks: 5 }
      : { domain: [0, maxCount], label: 'Items →', grid: true, ticks: 5 },
    y: { domain: groups.map((g) => g.value), label: null, tickFormat: fitLabel },
    marks: [
      Plot.barX(groups, {
        x: (g: RateGroup) => (isRate ? g.rate : g.items),
        y: 'value',
        fill: isRate ? 'var(--overturned)' : 'var(--accent)',
        fillOpacity: faded,
        insetTop: 3,
        insetBottom: 3,
      }),
      // The Wilson interval as whiskers (rate charts).
      isRate
        ? Plot.ruleY(
            groups.filter((g) => g.interval),
            {
              x1: (g: RateGroup) => g.interval!.low,
              x2: (g: RateGroup) => g.interval!.high,
              y: 'value',
              stroke: 'currentColor',
              strokeOpacity: 0.7,
            },
          )
        : null,
      isRate
        ? Plot.tickX(
            groups
              .filter((g) => g.interval)
              .flatMap((g) => [
                { value: g.value, x: g.interval!.low },
                { value: g.value, x: g.interval!.high },
              ]),
            { x: 'x', y: 'value', stroke: 'currentColor', strokeOpacity: 0.7, insetTop: 7, insetBottom: 7 },
          )
        : null,
      Plot.text(groups, {
        x: end,
        y: 'value',
        text: (g: RateGroup) => barLabel(chart, g),
        textAnchor: 'start',
        dx: 5,
        fill: 'currentColor',
        fillOpacity: (g: RateGroup) => (g.n < SMALL_N ? 0.7 : 1),
      }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
      // A transparent band over each whole row: the click and hover target, even for a 0% bar.
      Plot.barX(groups, {
        x1: 0,
        x2: xMax,
        y: 'value',
        fill: 'transparent',
        title: groupTooltip,
        ariaHidden: 'true',
      }),
    ],
  });
  return tagRows(svg as SVGSVGElement, groups);
}

/** Plot binds each rect to its datum's index (d3 selection data): written out as data-value for clicks and tests. */
function tagRows(svg: SVGSVGElement, groups: readonly RateGroup[]): SVGSVGElement {
  for (const rect of svg.querySelectorAll('rect')) {
    const index = (rect as unknown as { __data__?: unknown }).__data__;
    if (typeof index === 'number' && groups[index]) rect.setAttribute('data-value', groups[index].value);
  }
  const bands = svg.querySelectorAll('g[aria-hidden="true"] rect[data-value]');
  for (const band of bands) band.classList.add('insight-hit');
  return svg;
}

export function distributionSvg(d: Distribution): SVGSVGElement {
  const maxCount = Math.max(1, ...d.bins.map((b) => b.count));
  const svg = Plot.plot({
    width: CHART_WIDTH,
    height: DISTRIBUTION_HEIGHT,
    marginTop: 28,
    style: { background: 'transparent', color: 'currentColor', font: FONT },
    x: { label: 'Days →' },
    y: { label: '↑ Letters', grid: true, domain: [0, maxCount * 1.15], ticks: 4 },
    marks: [
      Plot.rectY(d.bins, {
        x1: 'from',
        x2: 'to',
        y: 'count',
        fill: 'var(--accent)',
        fillOpacity: 0.85,
        insetLeft: 1,
        insetRight: 1,
        title: (b: { from: number; to: number; count: number }) =>
          `${b.from}–${b.to - 1} days: ${b.count} letter${b.count === 1 ? '' : 's'}`,
      }),
      Plot.text(d.bins, {
        x: (b: { from: number; to: number }) => (b.from + b.to) / 2,
        y: 'count',
        text: 'count',
        dy: -7,
        fill: 'currentColor',
      }),
      Plot.ruleY([0], { stroke: 'currentColor' }),
      ...marker(d.median, `median ${formatDays(d.median)}`, 'end', null),
      ...marker(d.p90, `90th pct ${formatDays(d.p90)}`, 'start', '4 3'),
    ],
  });
  return svg as SVGSVGElement;
}

/** A vertical line at `x` with its label above the plot, to the left ('end') or right of it. */
function marker(x: number | null, label: string, side: 'start' | 'end', dash: string | null) {
  if (x === null) return [];
  return [
    Plot.ruleX([x], { stroke: 'var(--danger)', strokeWidth: 1.5, strokeDasharray: dash ?? undefined }),
    Plot.text([x], {
      x: (v: number) => v,
      text: () => label,
      frameAnchor: 'top',
      dy: -18,
      dx: side === 'end' ? -4 : 4,
      textAnchor: side,
      fill: 'var(--danger)',
    }),
  ];
}
