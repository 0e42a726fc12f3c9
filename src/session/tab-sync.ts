// Tabs of the app share one session: after a tab saved files or review marks it names their keys on a
// BroadcastChannel, and the other tabs read those keys back from IndexedDB and take them into their
// store (as changes that are not theirs to save again). "Clear all" in one tab empties every tab.
import { applyOtherTabFiles, resetSession } from '../store/actions.ts';
import { applyOtherTabReview } from '../store/review-actions.ts';
import { resetParsing } from '../parsing/page/parse-queue.ts';
import { loadFiles, loadReviewParts } from '../storage/session-db.ts';
import { withReviewParts } from '../review-model/review-parts.ts';
import { upgradeRecord } from './upgrade-record.ts';

export type SessionMessage = { files: string[] } | { review: string[] } | { cleared: true };

const CHANNEL = 'imr-lens-session';
let channel: BroadcastChannel | null = null;
/** True while another tab's change is being put into the store: it is saved already. */
let applying = false;

export const isApplyingOtherTab = () => applying;

function apply(change: () => void): void {
  applying = true;
  try {
    change();
  } finally {
    applying = false;
  }
}

async function receive(message: SessionMessage): Promise<void> {
  if ('cleared' in message) {
    apply(() => {
      resetParsing();
      resetSession();
    });
  } else if ('files' in message) {
    const files = await loadFiles(message.files);
    const taken = files.map(({ id, entry, record }) => ({ id, entry, record: record ? upgradeRecord(record) : null }));
    apply(() => applyOtherTabFiles(taken));
  } else {
    const parts = await loadReviewParts(message.review);
    apply(() => applyOtherTabReview((state) => withReviewParts(state, parts)));
  }
}

/** Starts listening to the other tabs (after this tab's session is restored). */
export function startTabSync(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  // Messages are handled one after another, so a later change is never overtaken by an earlier one.
  let queue = Promise.resolve();
  channel.onmessage = (event: MessageEvent<SessionMessage>) => {
    queue = queue.then(() => receive(event.data)).catch(() => undefined);
  };
}

/** Tells the other tabs what this tab has just saved. */
export function tellOtherTabs(message: SessionMessage): void {
  channel?.postMessage(message);
}
