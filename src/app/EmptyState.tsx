// The first screen: one clear drop target, the pickers, and sample letters one click away.
import { addSampleLetters } from '../intake/add-letters.ts';
import { PickButtons } from './PickButtons.tsx';

export function EmptyState() {
  return (
    <main className="empty" id="main" aria-labelledby="empty-title">
      <div className="drop-card">
        <div className="drop-icon" aria-hidden>
          <svg viewBox="0 0 48 48" width="48" height="48">
            <path d="M14 6h14l10 10v26H14z" fill="var(--panel)" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            <path d="M28 6v10h10" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            <path
              d="M26 36V22m-6 6 6-6 6 6"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </div>
        <h2 id="empty-title">Drop IMR determination letters here</h2>
        <p className="muted">PDF or text letters, scans (PNG, JPEG, TIFF), whole folders or .zip archives — hundreds at a time.</p>
        <div className="empty-actions">
          <PickButtons primary />
          <button type="button" className="button" onClick={() => void addSampleLetters()}>
            Try sample letters
          </button>
        </div>
        <p className="privacy">
          <strong>Private by design.</strong> Letters are read on this computer, in this browser tab. Nothing is uploaded.
        </p>
      </div>
    </main>
  );
}
