// The charts, drawn by Observable Plot as SVG: bars of overturn rates (or of counts) with their n and
// Wilson interval, and histograms of days with the median and 90th percentile marked. Colours are the
// theme's CSS variables and currentColor, so a dark theme and print restyle them.
import * as Plot from '@observablehq/plot';
import { SMALL_N, type Distribution, type RateChart, type RateGroup } from './aggregate.ts';
import { formatDays, formatRate, groupTooltip } from './format.ts';
import { formatCount } from '../rows/summary.ts';
import { wholeTicks } from './axis-ticks.ts';
import { wrapLabel, type Measure } from './label-wrap.ts';

export const CHART_WIDTH = 560;
export const DISTRIBUTION_HEIGHT = 220;
/** A bar's row when its label is one line, in px. */
const BAR_ROW = 24;
/** Widest group label beside a bar, in px: a longer one wraps onto more lines (label-wrap.ts). */
const LABEL_WIDTH = 200;
/** At most this many lines of a label; what still does not fit ends in "…" (the full value is in its tooltip and the table). */
const LABEL_LINES = 3;
const FONT_SIZE = 11;
/** Lines of a wrapped label, in em. */
const LINE_HEIGHT = 1.15;
const FONT = `${FONT_SIZE}px system-ui, sans-serif`;
/** The x axis's name ("Overturned →") sits under the plot's right margin: so much room at least, in px. */
const MIN_MARGIN_RIGHT = 90;

const contexts = new Map<string, CanvasRenderingContext2D | null>();
/** A measure of text as drawn in `font` (on a canvas; about 0.62 em a character without one). */
export function textMeasure(font: string): Measure {
  return (text) => {
    let context = contexts.get(font);
    if (context === undefined) {
      context = document.createElement('canvas').getContext('2d');
      if (context) context.font = font;
      contexts.set(font, context);
    }
    return context ? context.measureText(text).width : text.length * 0.62 * Number(/([\d.]+)px/.exec(font)?.[1] ?? FONT_SIZE);
  };
}
const textWidth = textMeasure(FONT);

const wrapped = new Map<string, string[]>();
/** The label on at most LABEL_LINES lines of LABEL_WIDTH, broken between words, "…" only at its end. */
export function labelLines(label: string): string[] {
  let lines = wrapped.get(label);
  if (lines === undefined) wrapped.set(label, (lines = wrapLabel(label, LABEL_WIDTH, LABEL_LINES, textWidth)));
  return lines;
}

/** A bar's row, tall enough for the chart's longest label. */
const rowHeight = (chart: RateChart) => {
  const lines = Math.max(1, ...chart.groups.map((g) => labelLines(g.value).length));
  return Math.max(BAR_ROW, Math.ceil(lines * FONT_SIZE * LINE_HEIGHT + 8));
};

const faded = (g: RateGroup) => (g.n < SMALL_N ? 0.35 : 0.9);

/** The label at a bar's end: its rate and n, or its count and rate. */
function barLabel(chart: RateChart, g: RateGroup): string {
  const small = g.n < SMALL_N ? ' · small n' : '';
  return chart.kind === 'rate' ? `${formatRate(g.rate)} · n=${g.n}${small}` : `${g.items} · ${formatRate(g.rate)} overturned${small}`;
}

/** A chart of groups' height (in the units of CHART_WIDTH): known before it is drawn, so its place is kept. */
export const rateChartHeight = (chart: RateChart) => chart.groups.length * rowHeight(chart) + 44;

/** The SVG for a chart of groups; its bars (and a transparent band over each whole row) carry data-value. */
export function rateChartSvg(chart: RateChart): SVGSVGElement {
  const groups = chart.groups;
  const labelWidth = Math.max(30, ...groups.flatMap((g) => labelLines(g.value).map(textWidth)));
  // Bars as thick whatever the row's height (rows grow with labels of more lines).
  const inset = (rowHeight(chart) - (BAR_ROW - 6)) / 2;
  const isRate = chart.kind === 'rate';
  const maxCount = Math.max(1, ...groups.map((g) => g.items));
  const xMax = isRate ? 1 : maxCount;
  const end = (g: RateGroup) => (isRate ? (g.interval?.high ?? 0) : g.items);
  const svg = Plot.plot({
    width: CHART_WIDTH,
    height: rateChartHeight(chart),
    marginLeft: Math.ceil(labelWidth) + 12,
    // Room for the longest label at a bar's end (a bar may reach the frame's right edge), and for the
    // axis's name beside its last tick.
    marginRight: Math.max(MIN_MARGIN_RIGHT, Math.ceil(Math.max(...groups.map((g) => textWidth(barLabel(chart, g))))) + 12),
    style: { background: 'transparent', color: 'currentColor', font: FONT },
    x: isRate
      ? { domain: [0, 1], tickFormat: (x: number) => `${Math.round(x * 100)}%`, label: 'Overturned →', grid: true, ticks: 5 }
      : { domain: [0, maxCount], label: 'Items →', grid: true, ticks: wholeTicks(0, maxCount, 5), tickFormat: formatCount },
    y: { domain: groups.map((g) => g.value), label: null },
    marks: [
      Plot.barX(groups, {
        x: (g: RateGroup) => (isRate ? g.rate : g.items),
        y: 'value',
        fill: isRate ? 'var(--overturned)' : 'var(--accent)',
        fillOpacity: faded,
        insetTop: inset,
        insetBottom: inset,
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
            { x: 'x', y: 'value', stroke: 'currentColor', strokeOpacity: 0.7, insetTop: inset + 4, insetBottom: inset + 4 },
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
      // The groups' names, wrapped; each with its whole name as its tooltip.
      Plot.axisY({ tickFormat: (value: string) => labelLines(value).join('\n'), lineHeight: LINE_HEIGHT, title: (value: string) => value }),
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
    x: { label: 'Days →', ticks: wholeTicks(d.bins[0]?.from ?? 0, d.bins[d.bins.length - 1]?.to ?? 1, 6), tickFormat: formatCount },
    y: { label: '↑ Letters', grid: true, domain: [0, maxCount * 1.15], ticks: wholeTicks(0, maxCount, 4), tickFormat: formatCount },
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
          `${b.to - b.from === 1 ? b.from : `${b.from}–${b.to - 1}`} days: ${b.count} letter${b.count === 1 ? '' : 's'}`,
      }),
      Plot.text(d.bins, {
        x: (b: { from: number; to: number }) => (b.from + b.to) / 2,
        y: 'count',
        text: 'count',
        dy: -7,
        fill: 'currentColor',
      }),
      Plot.ruleY([0], { stroke: 'currentColor' }),
      ...markers(d),
    ],
  });
  return svg as SVGSVGElement;
}

/**
 * The median and 90th percentile as vertical lines (solid and dashed), named in a legend at the top
 * right: a name beside its line ran off the chart when the line was at its edge, or over the other's.
 */
function markers(d: Distribution) {
  const lines = [
    { x: d.median, label: `— median ${formatDays(d.median)}`, dash: undefined },
    { x: d.p90, label: `- - 90th pct ${formatDays(d.p90)}`, dash: '4 3' },
  ].filter((m): m is { x: number; label: string; dash: string | undefined } => m.x !== null);
  // Right to left: each name ends where the one after it starts, with a gap.
  let right = 0;
  const placed = lines.reverse().map((m) => {
    const dx = -right;
    right += textWidth(m.label) + 16;
    return { ...m, dx };
  });
  return placed.flatMap((m) => [
    Plot.ruleX([m.x], { stroke: 'var(--danger)', strokeWidth: 1.5, strokeDasharray: m.dash }),
    Plot.text([m.label], { text: (v: string) => v, frameAnchor: 'top-right', dy: -18, dx: m.dx, textAnchor: 'end', fill: 'var(--danger)' }),
  ]);
}
