// "Table | Insights": the two views of the same filtered rows. Insights (and its charting library)
// is not in the first bundle: it is fetched and prepared when the page is idle (InsightsView.tsx).
import { showMainView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import './insights.css';

export const MAIN_PANEL_ID = 'main-view-panel';
/** The Insights page (InsightsPage.tsx): where "Skip to charts" goes on that view (app/SkipLinks.tsx). */
export const INSIGHTS_ID = 'insights';

/** The tabs pattern's arrow keys: ← and → move to (and show) the other view. */
function onArrowKey(event: React.KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  event.preventDefault();
  const next = useAppStore.getState().view.mainView === 'table' ? 'insights' : 'table';
  showMainView(next);
  event.currentTarget.querySelector<HTMLButtonElement>(`[data-view="${next}"]`)?.focus();
}

export function ViewTabs() {
  const mainView = useAppStore((s) => s.view.mainView);
  const tab = (view: 'table' | 'insights', label: string) => (
    <button
      type="button"
      role="tab"
      className="view-tab"
      aria-selected={mainView === view}
      tabIndex={mainView === view ? 0 : -1}
      aria-controls={MAIN_PANEL_ID}
      data-view={view}
      onClick={() => showMainView(view)}
    >
      {label}
    </button>
  );
  return (
    <div className="view-tabs" role="tablist" aria-label="View" onKeyDown={onArrowKey}>
      {tab('table', 'Table')}
      {tab('insights', 'Insights')}
    </div>
  );
}
