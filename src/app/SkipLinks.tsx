// Links that appear on the first Tab: straight to the search box or the table, past the top bar and
// the filters. They move focus themselves (no #fragment in the address, which holds the view).
import type { MouseEvent } from 'react';

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
  return (
    <nav className="skip-links" aria-label="Skip links">
      {workspace ? (
        <>
          <a href="#table-search" onClick={focusFirst(['#table-search'])}>
            Skip to search
          </a>
          <a href="#review-table" onClick={focusFirst(['#review-table tbody tr[tabindex="0"]', '#review-table'])}>
            Skip to table
          </a>
        </>
      ) : (
        <a href="#main" onClick={focusFirst(['#main button', '#main'])}>
          Skip to content
        </a>
      )}
    </nav>
  );
}
