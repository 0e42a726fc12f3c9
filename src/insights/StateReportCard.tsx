// The state report: one table of the shares of requests and the overturn rates by category, by drug
// class within medications and by reviewer specialty, to set beside the state's published annual
// figures. A group's name filters the table to it (as a chart's bar does); it exports as CSV and
// prints with the rest of Insights.
import { memo } from 'react';
import { downloadBlob } from '../export/download.ts';
import { filterToFacetValue } from '../store/actions.ts';
import { formatCount } from '../rows/summary.ts';
import { SMALL_N } from './aggregate.ts';
import { formatInterval, formatRate } from './format.ts';
import type { StateReport } from './state-report.ts';
import { stateReportCsv } from './state-report-csv.ts';

export const StateReportCard = memo(function StateReportCard({ report, fileName }: { report: StateReport; fileName: string }) {
  const exportCsv = () => downloadBlob(new Blob([stateReportCsv(report)], { type: 'text/csv;charset=utf-8' }), fileName);
  return (
    <section className="insight-card state-report" data-testid="state-report" aria-labelledby="state-report-title">
      <header className="insight-head">
        <h3 id="state-report-title">State report</h3>
        <div className="insight-exports" role="group" aria-label="Export the state report">
          <button type="button" className="button button-small" onClick={exportCsv}>
            CSV
          </button>
        </div>
      </header>
      <p className="insight-note">
        Shares of requests and overturn rates as the state&apos;s annual IMR report gives them, for {formatCount(report.items)} items. Rates
        are among decided items; rows with fewer than {SMALL_N} decided items are faded.
      </p>
      {/* Narrower than its numbers (a phone): the table scrolls sideways, not the page. */}
      <div className="insight-table-scroll">
        <table className="insight-table state-report-table">
          <caption className="visually-hidden">State report</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Items</th>
              <th scope="col">Share</th>
              <th scope="col">Decided</th>
              <th scope="col">Overturned</th>
              <th scope="col">Rate</th>
              <th scope="col">
                <abbr title="95% Wilson score interval of the rate">95% CI</abbr>
              </th>
            </tr>
          </thead>
          {report.sections.map((s) => (
            <tbody key={s.id} data-section={s.id}>
              <tr className="state-report-section">
                <th scope="colgroup" colSpan={7}>
                  {s.title}{' '}
                  <span className="state-report-base">
                    (share of {formatCount(s.baseItems)} {s.base})
                  </span>
                </th>
              </tr>
              {s.rows.length === 0 ? (
                <tr>
                  <td colSpan={7}>No items here.</td>
                </tr>
              ) : (
                s.rows.map((r) => (
                  <tr key={r.value} className={r.n < SMALL_N ? 'is-small-n' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => filterToFacetValue(s.facet, r.value)}>
                        {r.value}
                      </button>
                    </th>
                    <td>{formatCount(r.items)}</td>
                    <td>{formatRate(r.share)}</td>
                    <td>{formatCount(r.n)}</td>
                    <td>{formatCount(r.overturned)}</td>
                    <td>{formatRate(r.rate)}</td>
                    <td>{formatInterval(r.interval)}</td>
                  </tr>
                ))
              )}
              {s.note ? (
                <tr className="state-report-note">
                  <td colSpan={7}>{s.note}</td>
                </tr>
              ) : null}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
});
