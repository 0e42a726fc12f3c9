// Parsing progress: files done of total and the rate, with Cancel for everything not yet read; and
// a records file being opened (the CLI's output): how much of it is read, with its own Cancel.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { cancelParsing } from '../parsing/page/parse-queue.ts';
import { useAppStore } from '../store/app-store.ts';
import { cancelImport, importProgress, subscribeImportProgress, type ImportProgress } from '../intake/import-records.ts';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0);

function ImportBar({ opening }: { opening: ImportProgress }) {
  const share = opening.size > 0 ? Math.min(1, opening.bytesRead / opening.size) : 0;
  return (
    <div className="progress" role="status" aria-label="Opening records">
      <div className="progress-track">
        <div className="progress-fill" style={{ transform: `scaleX(${share.toFixed(3)})` }} />
      </div>
      <span className="progress-text" data-testid="import-progress-text">
        Opening {opening.name}: {megabytes(opening.bytesRead)} of {megabytes(opening.size)} MB ·{' '}
        {opening.letters === 1 ? '1 letter' : `${opening.letters.toLocaleString('en-US')} letters`}
      </span>
      <button type="button" className="button button-small" onClick={() => cancelImport()}>
        Cancel
      </button>
    </div>
  );
}

export function ProgressBar() {
  const opening = useSyncExternalStore(subscribeImportProgress, importProgress);
  return (
    <>
      {opening ? <ImportBar opening={opening} /> : null}
      <ParseBar opening={opening !== null} />
    </>
  );
}

/** `opening`: a records file is being opened (its own bar says so; the file is no file being added). */
function ParseBar({ opening }: { opening: boolean }) {
  const run = useAppStore((s) => s.run);
  const intakePending = useAppStore((s) => s.intakePending);
  const [now, setNow] = useState(() => Date.now());
  const active = (run !== null && run.finishedAt === null) || intakePending > 0;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  if (!active || !run) {
    return intakePending > 0 && !opening ? (
      <div className="progress" role="status">
        <span>Adding {intakePending === 1 ? '1 file' : `${intakePending} files`}…</span>
      </div>
    ) : null;
  }
  const seconds = Math.max(0.001, (Math.max(now, run.startedAt) - run.startedAt) / 1000);
  const rate = run.done / seconds;
  const share = run.total > 0 ? run.done / run.total : 0;
  return (
    <div className="progress" role="status" aria-label="Parsing progress">
      <div className="progress-track">
        <div className="progress-fill" style={{ transform: `scaleX(${share.toFixed(3)})` }} />
      </div>
      <span className="progress-text" data-testid="progress-text">
        Reading letters: {run.done} of {run.total}
        {run.done > 0 ? ` · ${rate.toFixed(1)} letters/s` : ''}
        {intakePending > 0 ? ` · adding ${intakePending} more…` : ''}
      </span>
      <button type="button" className="button button-small" onClick={cancelParsing}>
        Cancel
      </button>
    </div>
  );
}
