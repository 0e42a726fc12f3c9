// One card per chart: the Plot SVG (click a bar to filter the table to it, hover for its numbers),
// SVG and PNG export, and the same numbers as a small table for screen readers and copy-paste.
import { createContext, memo, useContext, useLayoutEffect, useRef, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { filterToFacetValue, notify } from '../store/actions.ts';
import { formatCount } from '../rows/summary.ts';
import { SMALL_N, type Distribution, type RateChart } from './aggregate.ts';
import { downloadPng, downloadSvg } from './chart-export.ts';
import { formatDays, formatInterval, formatRate, groupTooltip } from './format.ts';
import type { DrawQueue } from './draw-queue.ts';
import { distributionDrawing, isDrawn, rateChartDrawing } from './chart-drawings.ts';
import { CHART_WIDTH, DISTRIBUTION_HEIGHT, rateChartHeight, splitLabel } from './plots.ts';

/** The page's draw queue (draw-queue.ts): when each card's chart is drawn. */
export const DrawQueueContext = createContext<DrawQueue | null>(null);

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

function ChartExports({ holder, name }: { holder: React.RefObject<HTMLDivElement | null>; name: string }) {
  const svg = () => holder.current?.querySelector('svg') ?? null;
  const png = () => {
    const el = svg();
    if (el)
      downloadPng(el, `imr-lens-${name}`).catch((e: unknown) =>
        notify('error', `The picture could not be made (${e instanceof Error ? e.message : String(e)}).`),
      );
  };
  return (
    <div className="insight-exports" role="group" aria-label="Export this chart">
      <button type="button" className="button button-small" onClick={() => svg() && downloadSvg(svg()!, `imr-lens-${name}`)}>
        SVG
      </button>
      <button type="button" className="button button-small" onClick={png}>
        PNG
      </button>
    </div>
  );
}

/** A group's name in a table cell: cut before its last ": " when too long, so a guideline's section stays readable. */
function GroupName({ value }: { value: string }) {
  const { head, tail } = splitLabel(value);
  return (
    <>
      <span className="group-head">{head}</span>
      {tail ? <span className="group-tail">{tail}</span> : null}
    </>
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
}

/** One chart card: title and exports, the drawing, and the table of its numbers. */
function ChartShell({ id, title, holder, empty, height, kind, onClick, lead, head, rows, foot }: ChartShellProps) {
  const titleId = `insight-${id}-title`;
  return (
    <section className="insight-card" data-chart={id} aria-labelledby={titleId}>
      <header className="insight-head">
        <h3 id={titleId}>{title}</h3>
        {empty === null ? <ChartExports holder={holder} name={id} /> : null}
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
          <table className="insight-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
          {foot}
        </>
      )}
    </section>
  );
}

export const RateChartCard = memo(function RateChartCard({ chart }: { chart: RateChart }) {
  const holder = useChart(chart, rateChartDrawing);
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
