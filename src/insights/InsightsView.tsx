// The Insights panel as the app shell shows it. The page's code (with Observable Plot, about 90 KB
// gzipped) is not in the first bundle: it is fetched once the page is idle with no letters being
// read, and once here it is rendered directly, so switching to Insights waits neither for the network
// nor for React's throttled reveal of a suspended boundary (about 300 ms).
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { ReviewTableInstance } from '../table/use-review-table.ts';

type PageComponent = ComponentType<{ table: ReviewTableInstance }>;

let loadedPage: PageComponent | null = null;
let loading: Promise<{ default: PageComponent }> | null = null;
const loadPage = () =>
  (loading ??= import('./InsightsPage.tsx').then(
    (m) => {
      loadedPage = m.default;
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
const LazyPage = lazy(loadPage);

/** Fetches the Insights code when the page is first idle and no letters are being read (parsing keeps the thread busy enough). */
export function usePrefetchInsights(): void {
  const quiet = useAppStore((s) => s.intakePending === 0 && (s.run === null || s.run.finishedAt !== null));
  useEffect(() => {
    if (!quiet || loadedPage) return;
    const prefetch = () => void loadPage().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prefetch, { timeout: 10_000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 2000);
    return () => clearTimeout(timer);
  }, [quiet]);
}

export function InsightsView({ table }: { table: ReviewTableInstance }) {
  // Chosen once per opening, so the page never remounts midway when its code arrives.
  const [Page] = useState<PageComponent>(() => loadedPage ?? LazyPage);
  return (
    <Suspense fallback={<p className="loading">Opening Insights…</p>}>
      <Page table={table} />
    </Suspense>
  );
}
