// "Table | Insights": the two views of the same filtered rows. Insights (and its charting library)
// is loaded only when first opened.
import { showMainView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import './insights.css';

export const MAIN_PANEL_ID = 'main-view-panel';

export function ViewTabs() {
  const mainView = useAppStore((s) => s.view.mainView);
  const tab = (view: 'table' | 'insights', label: string) => (
    <button
      type="button"
      role="tab"
      className="view-tab"
      aria-selected={mainView === view}
      aria-controls={MAIN_PANEL_ID}
      data-view={view}
      onClick={() => showMainView(view)}
    >
      {label}
    </button>
  );
  return (
    <div className="view-tabs" role="tablist" aria-label="View">
      {tab('table', 'Table')}
      {tab('insights', 'Insights')}
    </div>
  );
}
