// The application bar: name, add letters, samples, where the session is kept, and Clear all.
import { useState } from 'react';
import { addSampleLetters } from '../intake/add-letters.ts';
import { clearAll } from '../session/persist-session.ts';
import { cancelImport } from '../intake/import-records.ts';
import { useAppStore } from '../store/app-store.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { PickButtons } from './PickButtons.tsx';
import { ThemeSelect } from './ThemeSelect.tsx';
import { FoldMenu } from '../ui/FoldMenu.tsx';
import { NARROW_QUERY } from '../ui/layout-state.ts';
import { useMedia } from '../ui/use-width.ts';

const SAVE_LABEL = { saved: 'Saved in this browser', saving: 'Saving…', failed: 'Not saved' } as const;

function FileActions({ onClear, saveStatus, compact }: { onClear: () => void; saveStatus: keyof typeof SAVE_LABEL; compact: boolean }) {
  const more = (
    <>
      <button type="button" className="button" onClick={() => void addSampleLetters()}>
        Samples
      </button>
      <button type="button" className="button button-quiet-danger" onClick={onClear}>
        Clear all
      </button>
    </>
  );
  return (
    <>
      <span
        className={`save-status save-${saveStatus}${compact ? ' is-compact' : ''}`}
        data-testid="save-status"
        data-status={saveStatus}
        title={SAVE_LABEL[saveStatus]}
      >
        <span className={compact ? 'sr-only' : undefined}>{SAVE_LABEL[saveStatus]}</span>
      </span>
      {compact ? (
        <>
          <PickButtons only="files" />
          <FoldMenu label="Menu" title="Add a folder, samples, theme, clear all">
            <PickButtons only="folder" />
            {more}
            <ThemeSelect />
          </FoldMenu>
        </>
      ) : (
        <>
          <PickButtons />
          {more}
        </>
      )}
    </>
  );
}

export function TopBar() {
  const hasFiles = useAppStore((s) => s.order.length > 0);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const [confirming, setConfirming] = useState(false);
  // Narrow (or zoomed in): the name, Add files and one menu for the rest.
  const compact = useMedia(NARROW_QUERY);
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
        {compact && hasFiles ? null : <ThemeSelect />}
        {hasFiles ? <FileActions onClear={() => setConfirming(true)} saveStatus={saveStatus} compact={compact} /> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Clear the whole session?"
        body="Every letter, its results, your review and your filters will be removed from this browser. This cannot be undone: export the review first to keep it."
        confirmLabel="Clear all"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // A records file still being opened would go on adding its letters to the emptied session.
          cancelImport({ discard: true });
          void clearAll();
        }}
      />
    </header>
  );
}
