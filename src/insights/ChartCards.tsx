// One card per chart: the Plot SVG (click a bar to filter the table to it, hover for its numbers),
// the order of its bars, SVG and PNG export (with its title, n, filters and date drawn in), and the
// same numbers as a small table for screen readers and copy-paste.
import { createContext, memo, useContext, useId, useLayoutEffect, useRef, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { filterToFacetValue, notify, setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { formatCount } from '../rows/summary.ts';
import { SMALL_N, type Distribution, type RateChart } from './aggregate.ts';
import { downloadPng, downloadSvg } from './chart-export.ts';
import { barOrderName, barOrderOf, barOrders, orderedChart, type BarOrder } from './chart-order.ts';
import { describeFilters, type ChartCaption } from './export-caption.ts';
import { formatDays, formatInterval, formatRate, groupTooltip } from './format.ts';
import type { DrawQueue } from './draw-queue.ts';
import { distributionDrawing, isDrawn, rateChartDrawing } from './chart-drawings.ts';
import { CHART_WIDTH, DISTRIBUTION_HEIGHT, rateChartHeight } from './plots.ts';

/** The page's draw queue (draw-queue.ts): when each card's chart is drawn. */
export const DrawQueueContext = createContext<DrawQueue | null>(null);

/** The items and decided items the page's charts are drawn from: the n an exported rate chart carries. */
export const ChartTotalsContext = createContext<{ items: number; decided: number }>({ items: 0, decided: 0 });

/**
 * The chart for `data` in the returned holder: drawn when the page's queue says (at once when in
 * view, or when its drawing is already made), and only when `data` is a new object. Until then the
 * holder is empty, keeping its height.
 */
function useChart<T extends object>(data: T, drawing: (data: T) => SVGSVGElement) {
  const holder = useRef<HTMLDivElement>(null);
  const queue = useContext(DrawQueueContext);
  useLayoutEffect(() => {
    const el = holder.current;
    if (!el) return;
    const draw = () => el.replaceChildren(drawing(data));
    if (isDrawn(data) || !queue) {
      draw();
      el.dataset.drawn = 'true';
      return;
    }
    // Not the old chart meanwhile: its numbers would disagree with the table under it.
    el.replaceChildren();
    return queue.request(el, draw, el.closest('.insight-card') ?? el);
  }, [data, drawing, queue]);
  return holder;
}

/**
 * The chart's SVG and PNG, each with its caption drawn in (the filters and search read when the button
 * is pressed: those that chose the rows drawn). Outside the drawing, so no press here is a bar's click:
 * exporting never filters.
 */
function ChartExports({
  holder,
  name,
  caption,
}: {
  holder: RefObject<HTMLDivElement | null>;
  name: string;
  caption: () => Omit<ChartCaption, 'filters' | 'exportedAt'>;
}) {
  const svg = () => holder.current?.querySelector('svg') ?? null;
  const fullCaption = (): ChartCaption => ({ ...caption(), filters: describeFilters(useAppStore.getState().view), exportedAt: new Date() });
  const exportSvg = () => {
    const el = svg();
    if (el) downloadSvg(el, `imr-lens-${name}`, fullCaption());
  };
  const exportPng = () => {
    const el = svg();
    if (el)
      downloadPng(el, `imr-lens-${name}`, fullCaption()).catch((e: unknown) =>
        notify('error', `The picture could not be made (${e instanceof Error ? e.message : String(e)}).`),
      );
  };
  return (
    <div className="insight-exports" role="group" aria-label="Export this chart">
      <button type="button" className="button button-small" onClick={exportSvg}>
        SVG
      </button>
      <button type="button" className="button button-small" onClick={exportPng}>
        PNG
      </button>
    </div>
  );
}

/** The order of a chart's bars: a choice kept in the view (saved with the session). */
function OrderSelect({ chart, order }: { chart: RateChart; order: BarOrder }) {
  const id = useId();
  const choose = (next: BarOrder) => {
    // A view restored from a damaged session may hold anything here.
    const saved: unknown = useAppStore.getState().view.barOrder;
    setView({ barOrder: { ...(saved && typeof saved === 'object' ? saved : {}), [chart.id]: next } });
  };
  return (
    <span className="insight-order">
      <label htmlFor={id}>Sort</label>
      <select id={id} value={order} onChange={(e) => choose(e.target.value as BarOrder)} aria-label={`Sort the bars of ${chart.title}`}>
        {barOrders(chart).map((o) => (
          <option key={o} value={o}>
            {barOrderName(o)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A group's name in a table cell: wrapped onto at most three lines (CSS), its whole name in its tooltip and for screen readers. */
function GroupName({ value }: { value: string }) {
  return (
    <span className="group-name" title={value}>
      {value}
    </span>
  );
}

interface ChartShellProps {
  id: string;
  title: string;
  holder: RefObject<HTMLDivElement | null>;
  /** What to say instead of a chart when there is nothing to draw; null when there is. */
  empty: string | null;
  /** Width / height of the drawing, so the card keeps its size before it is drawn. */
  height: number;
  /** What the drawing is, for screen readers (its numbers are in the table). */
  kind: string;
  onClick?: (event: MouseEvent) => void;
  /** Above the chart (summary figures). */
  lead?: ReactNode;
  /** The small table's column headers and rows: the chart's numbers for screen readers and copying. */
  head: ReactNode;
  rows: ReactNode;
  /** Below the table (what was left out). */
  foot?: ReactNode;
  /** Beside the exports (the order of the bars). */
  controls?: ReactNode;
  /** The chart's n in words, for its exported picture. */
  n: () => string;
}

/** One chart card: title and exports, the drawing, and the table of its numbers. */
function ChartShell({ id, title, holder, empty, height, kind, onClick, lead, head, rows, foot, controls, n }: ChartShellProps) {
  const titleId = `insight-${id}-title`;
  return (
    <section className="insight-card" data-chart={id} aria-labelledby={titleId}>
      <header className="insight-head">
        <h3 id={titleId}>{title}</h3>
        {empty === null ? (
          <div className="insight-tools">
            {controls}
            <ChartExports holder={holder} name={id} caption={() => ({ title, n: n() })} />
          </div>
        ) : null}
      </header>
      {lead}
      {empty !== null ? (
        <p className="insight-empty">{empty}</p>
      ) : (
        <>
          <div
            className="insight-plot"
            ref={holder}
            style={{ aspectRatio: `${CHART_WIDTH} / ${height}` }}
            onClick={onClick}
            role="img"
            aria-label={`${title}: ${kind}; its numbers are in the table below`}
          />
          {/* Narrower than its numbers (a phone): the table scrolls sideways, not the page. */}
          <div className="insight-table-scroll">
            <table className="insight-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>{head}</tr>
              </thead>
              <tbody>{rows}</tbody>
            </table>
          </div>
          {foot}
        </>
      )}
    </section>
  );
}

export const RateChartCard = memo(function RateChartCard({ chart: asCounted }: { chart: RateChart }) {
  const order = useAppStore((s) => barOrderOf(asCounted, s.view.barOrder));
  const chart = orderedChart(asCounted, order);
  const holder = useChart(chart, rateChartDrawing);
  const totals = useContext(ChartTotalsContext);
  const shownOf =
    chart.hidden > 0 ? ` · the ${chart.groups.length} of ${formatCount(chart.groups.length + chart.hidden)} groups with most items` : '';
  const onClick = (event: MouseEvent) => {
    const value = (event.target as Element).closest('[data-value]')?.getAttribute('data-value');
    if (value !== null && value !== undefined) filterToFacetValue(chart.facet, value);
  };
  return (
    <ChartShell
      id={chart.id}
      title={chart.title}
      holder={holder}
      empty={chart.groups.length === 0 ? 'No items here.' : null}
      height={rateChartHeight(chart)}
      kind="chart"
      onClick={onClick}
      controls={<OrderSelect chart={chart} order={order} />}
      n={() => `${formatCount(totals.items)} item${totals.items === 1 ? '' : 's'} (${formatCount(totals.decided)} decided)${shownOf}`}
      head={
        <>
          <th scope="col">Group</th>
          <th scope="col">Items</th>
          <th scope="col">Decided</th>
          <th scope="col">Overturned</th>
          <th scope="col">Rate</th>
          <th scope="col">
            <abbr title="95% Wilson score interval of the rate">95% CI</abbr>
          </th>
        </>
      }
      rows={chart.groups.map((g) => (
        <tr key={g.value} className={g.n < SMALL_N ? 'is-small-n' : undefined} title={groupTooltip(g)}>
          <th scope="row">
            <button type="button" className="link-button" onClick={() => filterToFacetValue(chart.facet, g.value)}>
              <GroupName value={g.value} />
            </button>
          </th>
          <td>{formatCount(g.items)}</td>
          <td>{formatCount(g.n)}</td>
          <td>{formatCount(g.overturned)}</td>
          <td data-rate={g.rate ?? ''}>{formatRate(g.rate)}</td>
          <td>{formatInterval(g.interval)}</td>
        </tr>
      ))}
      foot={chart.hidden > 0 ? <p className="insight-note">and {formatCount(chart.hidden)} more, with fewer items</p> : null}
    />
  );
});

export const DistributionCard = memo(function DistributionCard({ distribution: d }: { distribution: Distribution }) {
  const holder = useChart(d, distributionDrawing);
  return (
    <ChartShell
      id={d.id}
      title={d.title}
      holder={holder}
      empty={d.n === 0 ? 'No letter here has both dates.' : null}
      height={DISTRIBUTION_HEIGHT}
      kind="histogram"
      n={() => `${formatCount(d.n)} letter${d.n === 1 ? '' : 's'} with both dates`}
      lead={
        <p className="insight-stats">
          {formatCount(d.n)} letter{d.n === 1 ? '' : 's'} with both dates · median <strong>{formatDays(d.median)}</strong> · 90th percentile{' '}
          <strong>{formatDays(d.p90)}</strong> · range {formatDays(d.min)} to {formatDays(d.max)}
        </p>
      }
      head={
        <>
          <th scope="col">Days</th>
          <th scope="col">Letters</th>
        </>
      }
      rows={d.bins.map((b) => (
        <tr key={b.from}>
          <th scope="row">{b.to - b.from === 1 ? b.from : `${b.from}–${b.to - 1}`}</th>
          <td>{formatCount(b.count)}</td>
        </tr>
      ))}
    />
  );
});
