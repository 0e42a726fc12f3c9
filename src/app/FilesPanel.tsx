// Every file and its state (queued, reading, done, needs attention, failed, interrupted) with its
// message, a password prompt for protected PDFs and Resume for interrupted files. A long list (a drop
// of thousands) is virtualized: only the rows in view are in the page. The panel folds away by itself
// once every file is read (the table gets the room), unless a file waits for the user (a password,
// Resume); its header stays, with the counts, to open it again.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { requeue } from '../parsing/page/parse-queue.ts';
import { useAppStore } from '../store/app-store.ts';
import { removeFiles } from '../session/remove-files.ts';
import type { FileEntry, FileState } from '../store/file-entry.ts';

const STATE_LABEL: Record<FileState, string> = {
  queued: 'Queued',
  reading: 'Reading',
  done: 'Done',
  attention: 'Needs attention',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

/** "3 files need attention", "1 file read": the counts in the panel's header, as sentences. */
const COUNT_WORDS: Record<FileState, [string, string]> = {
  queued: ['waits', 'wait'],
  reading: ['is being read', 'are being read'],
  done: ['read', 'read'],
  attention: ['needs attention', 'need attention'],
  failed: ['could not be read', 'could not be read'],
  interrupted: ['was interrupted', 'were interrupted'],
};
export const countPhrase = (state: FileState, n: number) => `${n} ${n === 1 ? 'file' : 'files'} ${COUNT_WORDS[state][n === 1 ? 0 : 1]}`;

/** A file the user must act on before it can be read: a password to give, a Resume to press. */
const waitsForUser = (e: FileEntry) => e.state === 'interrupted' || (e.state === 'failed' && e.code === 'password');

function PasswordPrompt({ entry }: { entry: FileEntry }) {
  const [password, setPassword] = useState('');
  return (
    <form
      className="password-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) requeue([entry.id], password);
      }}
    >
      <input
        type="password"
        autoComplete="off"
        placeholder="PDF password"
        aria-label={`Password for ${entry.name}`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className="button button-small">
        Open
      </button>
    </form>
  );
}

/** Up to this many files every row is in the page; beyond it only those in view (plus a few) are. */
export const VIRTUALIZE_FROM = 200;
const ROW_HEIGHT = 34;

// Memoised: an entry object only changes when its own file does, so a big list re-renders one row per update.
const FileRow = memo(function FileRow({ entry, top }: { entry: FileEntry; top?: number }) {
  return (
    <li
      className={`file-row state-${entry.state}${top === undefined ? '' : ' is-virtual'}`}
      data-file={entry.name}
      data-state={entry.state}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <span className={`state-pill pill-${entry.state}`}>{STATE_LABEL[entry.state]}</span>
      <span className="file-name" title={entry.name}>
        {entry.sample ? <span className="count-chip sample-chip">Sample</span> : null} {entry.name}
      </span>
      <span className="file-message">{entry.message}</span>
      <span className="file-actions">
        {entry.state === 'failed' && entry.code === 'password' ? <PasswordPrompt entry={entry} /> : null}
        {entry.state === 'interrupted' ? (
          <button type="button" className="button button-small" onClick={() => requeue([entry.id])}>
            Resume
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={() => removeFiles([entry.id])} aria-label={`Remove ${entry.name}`}>
          Remove
        </button>
      </span>
    </li>
  );
});

export function FilesPanel() {
  const files = useAppStore((s) => s.files);
  const order = useAppStore((s) => s.order);
  const entries = useMemo(() => order.map((id) => files[id]!).filter(Boolean), [files, order]);
  const needsUser = useMemo(() => entries.some(waitsForUser), [entries]);
  const counts = useMemo(() => {
    const c: Partial<Record<FileState, number>> = {};
    for (const e of entries) c[e.state] = (c[e.state] ?? 0) + 1;
    return c;
  }, [entries]);
  // Problems first: what needs the user's eyes should not hide among hundreds of finished files.
  const sorted = useMemo(() => {
    const rank: Record<FileState, number> = { failed: 0, interrupted: 1, attention: 2, reading: 3, queued: 4, done: 5 };
    return [...entries].sort((a, b) => rank[a.state] - rank[b.state]);
  }, [entries]);
  const interrupted = useMemo(() => entries.filter((e) => e.state === 'interrupted').map((e) => e.id), [entries]);
  const pending = (counts.queued ?? 0) + (counts.reading ?? 0);
  const [open, setOpen] = useState(() => pending > 0 || needsUser);
  // Opens when files start to be read (their progress, e.g. "OCR page 2 of 5", is shown while they
  // are); folds when the last file is read; opens when a file comes to wait for the user (adjusted
  // while rendering, from what the previous render saw).
  const [seen, setSeen] = useState({ reading: pending > 0, needsUser });
  if (seen.reading !== pending > 0 || seen.needsUser !== needsUser) {
    if (!seen.reading && pending > 0) setOpen(true);
    if (seen.reading && pending === 0 && !needsUser) setOpen(false);
    if (needsUser && !seen.needsUser) setOpen(true);
    setSeen({ reading: pending > 0, needsUser });
  }
  const finished = (counts.done ?? 0) + (counts.attention ?? 0) + (counts.failed ?? 0);
  const run = useAppStore((s) => s.run);
  const lastRun =
    run?.finishedAt && run.done > 0
      ? `${run.done} read in ${((run.finishedAt - run.startedAt) / 1000).toFixed(1)} s · ${(run.done / Math.max(0.001, (run.finishedAt - run.startedAt) / 1000)).toFixed(1)} letters/s`
      : null;

  return (
    <section
      className={`files-panel${open ? ' is-open' : ''}`}
      aria-label="Files"
      data-testid="files-panel"
      data-total={entries.length}
      data-pending={pending}
      data-finished={finished}
    >
      <header className="files-head">
        <button type="button" className="files-toggle" aria-expanded={open} aria-controls="file-list" onClick={() => setOpen(!open)}>
          <span aria-hidden>{open ? '▾' : '▸'}</span> Files <span className="muted">({entries.length})</span>
          <span className="sr-only">{open ? ' (hide the list)' : ' (show the list)'}</span>
        </button>
        <span className="files-counts">
          {(Object.keys(STATE_LABEL) as FileState[])
            .filter((s) => counts[s])
            .map((s) => (
              <span key={s} className={`count-chip pill-${s}`}>
                {countPhrase(s, counts[s]!)}
              </span>
            ))}
        </span>
        {lastRun ? (
          <span className="muted last-run" data-testid="last-run">
            {lastRun}
          </span>
        ) : null}
        {interrupted.length > 0 ? (
          <button type="button" className="button button-small" onClick={() => requeue(interrupted)}>
            Resume all ({interrupted.length})
          </button>
        ) : null}
        <RemoveGroups entries={entries} />
      </header>
      {/* Folded, a short list stays in the page (hidden): its files' states are still there to read. */}
      {sorted.length < VIRTUALIZE_FROM ? <FileList entries={sorted} hidden={!open} /> : open ? <VirtualFileList entries={sorted} /> : null}
    </section>
  );
}

function FileList({ entries, hidden }: { entries: readonly FileEntry[]; hidden: boolean }) {
  return (
    <ul className="file-list" id="file-list" hidden={hidden} tabIndex={0} aria-label="Files and their states">
      {entries.map((entry) => (
        <FileRow key={entry.id} entry={entry} />
      ))}
    </ul>
  );
}

function VirtualFileList({ entries }: { entries: readonly FileEntry[] }) {
  const scrollRef = useRef<HTMLUListElement>(null);
  // The virtualizer's functions are read fresh on every render and never memoised (see ReviewTable).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entries[index]!.id,
    overscan: 8,
  });
  return (
    <ul className="file-list is-virtual" id="file-list" ref={scrollRef} tabIndex={0} aria-label="Files and their states">
      <li className="file-list-spacer" aria-hidden style={{ height: virtualizer.getTotalSize() }} />
      {virtualizer.getVirtualItems().map((item) => (
        <FileRow key={item.key} entry={entries[item.index]!} top={item.start} />
      ))}
    </ul>
  );
}

/** One click removes every failed file, or the group of sample letters. */
function RemoveGroups({ entries }: { entries: readonly FileEntry[] }) {
  const failed = entries.filter((e) => e.state === 'failed').map((e) => e.id);
  const samples = entries.filter((e) => e.sample).map((e) => e.id);
  return (
    <>
      {failed.length > 0 ? (
        <button type="button" className="button button-small" onClick={() => removeFiles(failed)}>
          Remove failed ({failed.length})
        </button>
      ) : null}
      {samples.length > 0 ? (
        <button type="button" className="button button-small" onClick={() => removeFiles(samples)}>
          Remove sample letters ({samples.length})
        </button>
      ) : null}
    </>
  );
}
