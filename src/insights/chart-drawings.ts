// Each chart's SVG, kept for its data object (aggregate.ts keeps a chart's object while its numbers
// do not change, and colours are CSS variables, so neither a filter that leaves a chart alone nor a
// theme change redraws it). The cards draw through here, and so does the idle preparation.
import type { Distribution, Insights, RateChart } from './aggregate.ts';
import { distributionSvg, rateChartSvg } from './plots.ts';
import { barOrderOf, orderedChart } from './chart-order.ts';
import { useAppStore } from '../store/app-store.ts';

const drawn = new WeakMap<object, SVGSVGElement>();

function drawingOf<T extends object>(data: T, build: (data: T) => SVGSVGElement): SVGSVGElement {
  let svg = drawn.get(data);
  if (!svg) {
    svg = build(data);
    // The holder is the image (role="img", labelled, its numbers in the table below); Plot's own
    // aria-labels on its groups would be ARIA on elements with no role. Kept in an exported file.
    svg.setAttribute('aria-hidden', 'true');
    drawn.set(data, svg);
  }
  return svg;
}

export const isDrawn = (data: object): boolean => drawn.has(data);
export const rateChartDrawing = (chart: RateChart): SVGSVGElement => drawingOf(chart, rateChartSvg);
export const distributionDrawing = (d: Distribution): SVGSVGElement => drawingOf(d, distributionSvg);

/** The charts of `insights` (the bars in the order the view chose) with something to draw and no drawing yet, each as the step that draws it. */
export function undrawnCharts(insights: Insights): (() => void)[] {
  const { barOrder } = useAppStore.getState().view;
  return [
    ...insights.charts
      .map((c) => orderedChart(c, barOrderOf(c, barOrder)))
      .filter((c) => c.groups.length > 0 && !isDrawn(c))
      .map((c) => () => void rateChartDrawing(c)),
    ...insights.distributions.filter((d) => d.n > 0 && !isDrawn(d)).map((d) => () => void distributionDrawing(d)),
  ];
}
