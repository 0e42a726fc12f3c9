// The source view beside the table for the opened row. The component itself is the source-view
// feature's (src/source-view/SourceView.tsx), split into its own chunk: the table shows first, and
// the code is fetched when the page is idle (usePrefetchSourceView).
import { Component, lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { loadBytes } from '../storage/session-db.ts';
import { openRow } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { CaseCopies } from '../review/CaseCopies.tsx';
import type { RowCase } from '../review-model/case-copies.ts';
import type { AppRow } from '../pipeline/app-rows.ts';
import { openItemOf } from '../review/open-item.ts';
import { reviewedRecord } from '../review-model/reviewed-record.ts';
import { letterAttentionOf } from '../review-model/attention.ts';
import type { SourceViewProps } from '../source-view/SourceView.tsx';
import { errorWords } from '../limits/limits.ts';
import { NARROW_QUERY, setLayout, useLayout } from '../ui/layout-state.ts';
import { useMedia } from '../ui/use-width.ts';

/** The real component once its module is here: rendered directly, it never suspends (see usePrefetchSourceView). */
let loadedSourceView: ComponentType<SourceViewProps> | null = null;
let loading: Promise<{ default: ComponentType<SourceViewProps> }> | null = null;
const loadSourceView = () =>
  (loading ??= import('../source-view/SourceView.tsx').then((m) => {
    loadedSourceView = m.SourceView;
    return { default: m.SourceView };
  }));
const LazySourceView = lazy(loadSourceView);

/** A crash inside the source view must not take the table down with it. */
class PaneBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }
  override render() {
    if (this.state.error)
      return (
        <p className="pane-error">
          The source view could not show this letter ({errorWords(this.state.error)}). Close it and open the row again.
        </p>
      );
    return this.props.children;
  }
}

const close = () => {
  setLayout({ focusMode: false });
  openRow(null);
};

/**
 * The source view's code (not pdf.js, which it imports only for a PDF) is fetched once the page is
 * idle after the table first shows, so the first letter opened does not wait for it, nor for React's
 * throttled reveal of a suspended boundary (about 300 ms).
 */
function usePrefetchSourceView(): void {
  useEffect(() => {
    const prefetch = () => void loadSourceView().catch(() => (loading = null));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prefetch, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 1000);
    return () => clearTimeout(timer);
  }, []);
}

/** The loaded component when it is here, else the lazy one; chosen once per letter so it never remounts midway. */
function SourceView(props: SourceViewProps) {
  const [View] = useState(() => loadedSourceView ?? LazySourceView);
  return <View {...props} />;
}

/** Each copy's file, in a case of several, to the case's rows: worked out once per row array. */
const casesByFile = new WeakMap<readonly AppRow[], Map<string, AppRow[]>>();
function caseRowsOf(rows: readonly AppRow[], fileId: string): AppRow[] {
  let byFile = casesByFile.get(rows);
  if (!byFile) {
    byFile = new Map();
    for (const row of rows)
      if (row.case) for (const copy of row.case.copies) byFile.set(copy.fileId, [...(byFile.get(copy.fileId) ?? []), row]);
    casesByFile.set(rows, byFile);
  }
  return byFile.get(fileId) ?? [];
}

/** The row of the case the opened letter is a copy of, at the opened item (undefined when the letter is its case alone). */
function openedCaseRow(rows: readonly AppRow[], fileId: string, itemIndex: number | null): (AppRow & { case: RowCase }) | undefined {
  const own = caseRowsOf(rows, fileId);
  const row = own.find((r) => r.itemIndex === itemIndex) ?? own[0];
  return row?.case ? { ...row, case: row.case } : undefined;
}

export function SourcePane({ rows }: { rows: readonly AppRow[] }) {
  usePrefetchSourceView();
  const opened = useAppStore((s) => s.openedRow);
  const focusMode = useLayout((s) => s.focusMode);
  const narrow = useMedia(NARROW_QUERY);
  const fileId = opened?.fileId;
  const record = useAppStore((s) => (fileId ? s.records[fileId] : undefined));
  // A letter opened from its record (the CLI's output) has no file until one is added: then its pages are drawn.
  const withoutFile = useAppStore((s) => (fileId ? !!s.files[fileId]?.imported : false));
  // The review (review/): the record as corrected, with added items after the read ones.
  const review = useAppStore((s) => s.review.present);
  const letterReview = fileId ? review.letters[fileId] : undefined;
  const shown = useMemo(() => record && reviewedRecord(record, letterReview), [record, letterReview]);
  // The one rule of "needs attention" (review-model/attention.ts): the reasons the opened row still
  // shows, and the letter's problems the review has resolved.
  const attention = record ? letterAttentionOf(record, letterReview) : null;
  const resolved = useMemo(
    () => new Set(attention?.marks.flatMap((m) => (m.resolved && m.problem !== null ? [m.problem] : [])) ?? []),
    [attention],
  );
  const caseRow = useMemo(
    () => (fileId ? openedCaseRow(rows, fileId, opened?.itemIndex ?? null) : undefined),
    [rows, fileId, opened?.itemIndex],
  );
  if (!opened || !fileId) return null;
  const copies = caseRow?.case ?? null;
  // A case's copies that disagree need attention too (unless the reviewer dealt with it), beside the letter's own reasons.
  const disagreeing = copies?.disagreements.filter((d) => caseRow!.attention.includes(d.message)) ?? [];
  const itemIndex = record ? openItemOf(opened, record, record.file, review).shownIndex : opened.itemIndex;
  const reasons = [...(attention?.reasons(opened.itemIndex) ?? []), ...disagreeing.map((d) => d.message)];
  return (
    <aside className="source-pane" aria-label="Source letter">
      {record ? <ReviewPanel key={opened.id} row={opened} record={record} attention={reasons} /> : null}
      {copies ? <CaseCopies case={copies} opened={opened} /> : null}
      <PaneBoundary resetKey={opened.id}>
        {record ? (
          <Suspense fallback={<p className="pane-loading">Opening the letter…</p>}>
            <SourceView
              key={`${fileId}${withoutFile ? ':without-file' : ''}`}
              record={record}
              shown={shown}
              resolvedProblems={resolved}
              itemIndex={itemIndex}
              loadBytes={() => (withoutFile ? Promise.resolve(null) : loadBytes(fileId))}
              missingFileNotice={
                withoutFile
                  ? "This letter was opened from the CLI's records, so its text is shown: add its file to see its pages."
                  : undefined
              }
              onClose={close}
              focusMode={focusMode}
              onFocusMode={narrow ? undefined : () => setLayout({ focusMode: !focusMode })}
            />
          </Suspense>
        ) : (
          <div className="source-placeholder">
            <header className="pane-head">
              <h2>No letter to show</h2>
              <button type="button" className="button button-small" onClick={close}>
                Close
              </button>
            </header>
            <p>This file could not be read, so there is no text to show. Its message in the files panel says why.</p>
          </div>
        )}
      </PaneBoundary>
    </aside>
  );
}
