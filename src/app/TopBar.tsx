// The application bar: name, add letters, samples, where the session is kept, and Clear all.
import { useState } from 'react';
import { addSampleLetters } from '../intake/add-letters.ts';
import { clearAll } from '../session/persist-session.ts';
import { useAppStore } from '../store/app-store.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { PickButtons } from './PickButtons.tsx';
import { ThemeSelect } from './ThemeSelect.tsx';

const SAVE_LABEL = { saved: 'Saved in this browser', saving: 'Saving…', failed: 'Not saved' } as const;

function FileActions({ onClear, saveStatus }: { onClear: () => void; saveStatus: keyof typeof SAVE_LABEL }) {
  return (
    <>
      <span className={`save-status save-${saveStatus}`} data-testid="save-status" data-status={saveStatus}>
        {SAVE_LABEL[saveStatus]}
      </span>
      <PickButtons />
      <button type="button" className="button" onClick={() => void addSampleLetters()}>
        Samples
      </button>
      <button type="button" className="button button-quiet-danger" onClick={onClear}>
        Clear all
      </button>
    </>
  );
}

export function TopBar() {
  const hasFiles = useAppStore((s) => s.order.length > 0);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ◎
        </span>
        <h1>imr-lens</h1>
        <span className="brand-tag">IMR determination letters → one reviewable table</span>
      </div>
      <div className="topbar-actions">
        <ThemeSelect />
        {hasFiles ? <FileActions onClear={() => setConfirming(true)} saveStatus={saveStatus} /> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Clear the whole session?"
        body="Every letter, its results, your review and your filters will be removed from this browser. This cannot be undone: export the review first to keep it."
        confirmLabel="Clear all"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void clearAll();
        }}
      />
    </header>
  );
}
