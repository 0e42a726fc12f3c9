// The Insights panel as the app shell shows it. Its code (with Observable Plot, about 90 KB gzipped)
// is not in the first bundle: it is fetched once the page is idle with no letters being read, and
// once here the page is rendered directly, so switching to Insights waits neither for the network
// nor for React's throttled reveal of a suspended boundary (about 300 ms). While the table is shown,
// idle time then prepares Insights for its rows (prepare-insights.ts), so a switch only shows them.
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { AppRow } from '../pipeline/app-rows.ts';
import { whenIdle } from './idle.ts';

type Chunk = typeof import('./insights-chunk.ts');

/** How long the table's rows stay the same before Insights is prepared for them, in ms. */
const SETTLE_MS = 300;
type PageComponent = ComponentType<{ rows: readonly AppRow[] }>;

let loaded: Chunk | null = null;
let loading: Promise<Chunk> | null = null;
const loadChunk = () =>
  (loading ??= import('./insights-chunk.ts').then(
    (chunk) => (loaded = chunk),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
const LazyPage = lazy(() => loadChunk().then((chunk) => ({ default: chunk.InsightsPage })));

/**
 * While no letters are being read: fetches Insights' code when the page is first idle, then, while
 * the table is shown, prepares Insights for `shown` (the rows the table shows, among `all`) one idle
 * period at a time, once they have stayed the same for SETTLE_MS.
 */
export function usePrepareInsights(all: readonly AppRow[], shown: readonly AppRow[], tableShown: boolean): void {
  // Parsing keeps the thread busy enough, and its rows change with every batch.
  const quiet = useAppStore((s) => s.intakePending === 0 && (s.run === null || s.run.finishedAt !== null));
  const [chunk, setChunk] = useState(loaded);
  useEffect(() => {
    if (!quiet) return;
    if (!chunk) return whenIdle(() => void loadChunk().then(setChunk, () => undefined), 10_000);
    if (!tableShown) return;
    // Once the rows have settled: filters ticked in a row are not each prepared for.
    let cancel = () => clearTimeout(settle);
    const settle = setTimeout(() => {
      cancel = whenIdle(function step(deadline) {
        if (!chunk.prepareInsights(all, shown, deadline)) cancel = whenIdle(step);
      });
    }, SETTLE_MS);
    return () => cancel();
  }, [quiet, chunk, all, shown, tableShown]);
}

/** `rows`: the rows the table's filters and search leave (the row core's, not the table's). */
export function InsightsView({ rows }: { rows: readonly AppRow[] }) {
  // Chosen once per opening, so the page never remounts midway when its code arrives.
  const [Page] = useState<PageComponent>(() => loaded?.InsightsPage ?? LazyPage);
  return (
    <Suspense fallback={<p className="loading">Opening Insights…</p>}>
      <Page rows={rows} />
    </Suspense>
  );
}
