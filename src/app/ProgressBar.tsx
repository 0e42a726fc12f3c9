// Parsing progress: files done of total and the rate, with Cancel for everything not yet read.
import { useEffect, useState } from 'react';
import { cancelParsing } from '../parsing/page/parse-queue.ts';
import { useAppStore } from '../store/app-store.ts';

export function ProgressBar() {
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
    return intakePending > 0 ? (
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
