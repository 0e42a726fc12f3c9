// The last line of defence (main.tsx logs what it catches): if rendering throws, the user sees what happened and keeps their letters.
// The store and the saved session are untouched by a render error, so the letters can be exported as
// they are, the page reloaded, or the saved view (filters, sort, columns) put back to its defaults,
// the part of a session most likely to be what a render trips on.
import { Component, type ReactNode } from 'react';
import { exportJson } from '../table/export-table.ts';
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import { DEFAULT_VIEW } from '../store/view-state.ts';
import './crash.css';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private exportLetters = () => {
    const { order, records } = useAppStore.getState();
    exportJson(order.map((id) => records[id]).filter((r) => r !== undefined));
  };

  private resetView = () => {
    setView(DEFAULT_VIEW);
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const letters = Object.keys(useAppStore.getState().records).length;
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong while drawing this page</h1>
        <p>
          Your letters are safe: {letters === 1 ? '1 letter is' : `${letters} letters are`} kept in this browser. Export them, reset the
          view (filters, sort and columns), or reload the page.
        </p>
        <div className="crash-actions">
          <button type="button" className="button" onClick={this.exportLetters} disabled={letters === 0}>
            Export letters (JSON)
          </button>
          <button type="button" className="button" onClick={this.resetView}>
            Reset the view
          </button>
          <button type="button" className="button button-primary" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
        <details>
          <summary>What went wrong</summary>
          <pre>{error.message}</pre>
        </details>
      </main>
    );
  }
}
