// Links that appear on the first Tab: straight to the search box or the table (the charts, on the
// Insights view), past the top bar and the filters. They move focus themselves (no #fragment in the
// address, which holds the view). Each points at what the view shows.
import type { MouseEvent } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { INSIGHTS_ID, MAIN_PANEL_ID } from '../insights/ViewTabs.tsx';

function focusFirst(selectors: string[]) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    for (const selector of selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (el) {
        el.focus();
        return;
      }
    }
  };
}

export function SkipLinks({ workspace }: { workspace: boolean }) {
  const insights = useAppStore((s) => s.view.mainView === 'insights');
  return (
    <nav className="skip-links" aria-label="Skip links">
      {workspace ? (
        <>
          <a href="#table-search" onClick={focusFirst(['#table-search'])}>
            Skip to search
          </a>
          {insights ? (
            // While Insights' code is still on its way, the panel it will fill.
            <a href={`#${INSIGHTS_ID}`} onClick={focusFirst([`#${INSIGHTS_ID}`, `#${MAIN_PANEL_ID}`])}>
              Skip to charts
            </a>
          ) : (
            <a href="#review-table" onClick={focusFirst(['#review-table tbody tr[tabindex="0"]', '#review-table'])}>
              Skip to table
            </a>
          )}
        </>
      ) : (
        <a href="#main" onClick={focusFirst(['#main button', '#main'])}>
          Skip to content
        </a>
      )}
    </nav>
  );
}
