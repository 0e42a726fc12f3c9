// Messages about what happened to a drop (duplicates, skipped files, errors), in a corner away from
// the files panel. Each goes away by itself (store/notice-expiry.ts: errors stay longer; the time waits
// while letters are still being read and while the pointer or focus is on the notice), or when
// dismissed. What they say stays in the files panel's states.
import { useEffect, useState } from 'react';
import { dismissNotice } from '../store/actions.ts';
import { useAppStore, type Notice } from '../store/app-store.ts';
import { lettersInFlight, startNoticeExpiry } from '../store/notice-expiry.ts';

function NoticeCard({ notice }: { notice: Notice }) {
  const [held, setHeld] = useState(false);
  // A notice about a drop stays while that drop is still being read, then its time runs.
  const reading = useAppStore(lettersInFlight);
  useEffect(() => startNoticeExpiry(notice, held || reading), [held, reading, notice]);
  const n = notice.details.length;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      data-testid="notice"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div className="notice-body">
        <p className="notice-text">{notice.text}</p>
        {n > 0 ? (
          <details open={n <= 3}>
            <summary>{n === 1 ? 'The file' : `The ${n} files`}</summary>
            <ul tabIndex={0} aria-label="Files">
              {notice.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <button type="button" className="notice-close" aria-label="Dismiss this message" onClick={() => dismissNotice(notice.id)}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <NoticeCard key={n.id} notice={n} />
      ))}
    </div>
  );
}
