// Messages about what happened to a drop (duplicates, skipped files, errors), until dismissed.
import { dismissNotice } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} data-testid="notice">
          <div className="notice-body">
            <p className="notice-text">{n.text}</p>
            {n.details.length > 0 ? (
              <details open={n.details.length <= 3}>
                <summary>{n.details.length <= 3 ? 'Files' : `${n.details.length} files`}</summary>
                <ul>
                  {n.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
