// The Insights view: charts of the rows the table's filters and search leave (the very rows the table
// shows), one CSV of all their numbers. Loaded lazily with its charting library.
// At 10,000 letters a filter change must show its numbers at once: the rows are deferred (the ticked
// box and the table's counts answer first), the numbers come from one memoised pass over them
// (aggregate.ts, made ahead in idle time while the table is shown: prepare-insights.ts), cards whose
// numbers did not change are not rendered again, and only the charts in view are drawn in that
// commit (draw-queue.ts).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useDeferredValue } from 'react';
import { downloadBlob } from '../export/download.ts';
import { exportFileName } from '../export/file-name.ts';
import { formatCount } from '../rows/summary.ts';
import type { AppRow } from '../pipeline/app-rows.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ViewState } from '../store/view-state.ts';
import { SMALL_N } from './aggregate.ts';
import { ChartTotalsContext, DistributionCard, DrawQueueContext, RateChartCard } from './ChartCards.tsx';
import { DrawQueue } from './draw-queue.ts';
import { formatInterval, formatRate } from './format.ts';
import { insightsCsv } from './insights-csv.ts';
import { insightsFor, markShown } from './prepare-insights.ts';
import { StateReportCard } from './StateReportCard.tsx';
import { INSIGHTS_ID } from './ViewTabs.tsx';

export default function InsightsPage({ rows: current }: { rows: readonly AppRow[] }) {
  // The rows the filters and search leave (the row core's one pass, as the table is given them).
  const view = useAppStore((s) => s.view);
  const rows = useDeferredValue(current);
  const insights = useMemo(() => insightsFor(rows), [rows]);
  useEffect(() => markShown(insights), [insights]);
  const [queue] = useState(() => new DrawQueue());
  useEffect(() => queue.start(), [queue]);
  const scroller = useRef<HTMLDivElement>(null);
  // After the cards' own layout effects: draw the charts in view now, the rest later.
  useLayoutEffect(() => queue.flush(scroller.current));
  const exportCsv = () =>
    downloadBlob(new Blob([insightsCsv(insights)], { type: 'text/csv;charset=utf-8' }), insightsFileName(view, current.length));
  const stale = rows !== current;
  const totals = useMemo(() => ({ items: insights.items, decided: insights.decided }), [insights.items, insights.decided]);
  return (
    // The skip link's target on this view (app/SkipLinks.tsx): focusable, so the arrow keys scroll it.
    <div
      className={`insights${stale ? ' is-stale' : ''}`}
      id={INSIGHTS_ID}
      tabIndex={-1}
      data-testid="insights"
      ref={scroller}
      aria-busy={stale}
      aria-label="Insights"
      role="region"
    >
      <div className="insights-head">
        <p className="insights-overall" data-testid="insights-overall">
          {insights.decided > 0 ? (
            <>
              <strong>{formatRate(insights.rate)}</strong> of {formatCount(insights.decided)} decided items overturned (95% interval{' '}
              {formatInterval(insights.interval)})
            </>
          ) : (
            'No decided items match these filters.'
          )}
        </p>
        <button type="button" className="button" onClick={exportCsv}>
          Export insights CSV
        </button>
      </div>
      <p className="insight-note">
        Bars show the share overturned among decided items, with n; whiskers are 95% Wilson intervals, and faded bars have fewer than{' '}
        {SMALL_N} decided items. Click a bar or a row to filter the table to it; hover for the exact numbers.
      </p>
      <DrawQueueContext.Provider value={queue}>
        <ChartTotalsContext.Provider value={totals}>
          <div className="insights-grid">
            <StateReportCard
              report={insights.report}
              fileName={insightsFileName(view, current.length).replace(/^imr-lens-insights-/, 'imr-lens-state-report-')}
            />
            {insights.charts.map((chart) => (
              <RateChartCard key={chart.id} chart={chart} />
            ))}
            {insights.distributions.map((d) => (
              <DistributionCard key={d.id} distribution={d} />
            ))}
          </div>
        </ChartTotalsContext.Provider>
      </DrawQueueContext.Provider>
    </div>
  );
}

/** Named like the table's export, for the same view: `imr-lens-insights-overturned-37-items-2026-12-01.csv`. */
function insightsFileName({ columnFilters, globalFilter }: ViewState, rows: number): string {
  return exportFileName({ columnFilters, globalFilter }, rows, 'item', 'csv', new Date()).replace(/^imr-lens-/, 'imr-lens-insights-');
}
