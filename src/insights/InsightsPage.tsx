// The Insights view: charts of the rows the table's filters and search leave (the very rows the table
// shows), one CSV of all their numbers. Loaded lazily with its charting library.
import { useMemo } from 'react';
import { downloadBlob } from '../export/download.ts';
import { exportFileName } from '../export/file-name.ts';
import { formatCount } from '../table/summary.ts';
import type { ReviewTableInstance } from '../table/use-review-table.ts';
import { computeInsights, SMALL_N } from './aggregate.ts';
import { DistributionCard, RateChartCard } from './ChartCards.tsx';
import { formatInterval, formatRate } from './format.ts';
import { insightsCsv } from './insights-csv.ts';

export default function InsightsPage({ table }: { table: ReviewTableInstance }) {
  const filtered = table.getFilteredRowModel().rows;
  const insights = useMemo(() => computeInsights(filtered.map((r) => r.original)), [filtered]);
  const exportCsv = () => downloadBlob(new Blob([insightsCsv(insights)], { type: 'text/csv;charset=utf-8' }), insightsFileName(table));
  return (
    <div className="insights" data-testid="insights">
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
      <div className="insights-grid">
        {insights.charts.map((chart) => (
          <RateChartCard key={chart.id} chart={chart} />
        ))}
        {insights.distributions.map((d) => (
          <DistributionCard key={d.id} distribution={d} />
        ))}
      </div>
    </div>
  );
}

/** Named like the table's export, for the same view: `imr-lens-insights-overturned-37-items-2026-12-01.csv`. */
function insightsFileName(table: ReviewTableInstance): string {
  const { columnFilters, globalFilter } = table.state;
  const view = { columnFilters, globalFilter: String(globalFilter ?? '') };
  return exportFileName(view, table.getRowModel().rows.length, 'item', 'csv', new Date()).replace(/^imr-lens-/, 'imr-lens-insights-');
}
