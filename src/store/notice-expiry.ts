// When a notice goes away by itself: after a time that depends on its tone (errors stay longest),
// counted only while nothing holds it: not while the pointer or focus is on it, and not while the
// letters of a drop are still being added or read (it is about them). Dismissing it ends it at once.
import { dismissNotice } from './actions.ts';
import type { AppState, Notice } from './app-store.ts';

/** How long a notice stays, by tone, once nothing holds it. */
export const NOTICE_MS: Record<Notice['tone'], number> = { info: 8000, warning: 12000, error: 20000 };

/** Letters are still being added or read: notices wait for that to end. */
export const lettersInFlight = (s: Pick<AppState, 'run' | 'intakePending'>) =>
  (s.run !== null && s.run.finishedAt === null) || s.intakePending > 0;

/**
 * Starts the notice's countdown unless it is held; returns what stops it (the notice is held again, or
 * leaves the page). A countdown stopped and started again starts from the full time.
 */
export function startNoticeExpiry(notice: Pick<Notice, 'id' | 'tone'>, held: boolean): () => void {
  if (held) return () => {};
  const timer = setTimeout(() => dismissNotice(notice.id), NOTICE_MS[notice.tone]);
  return () => clearTimeout(timer);
}
