// Every file and its state (queued, reading, done, needs attention, failed, interrupted) with its
// message, a password prompt for protected PDFs, Resume for interrupted files and Try again for a file
// its reader stopped under once. A long list (a drop
// of thousands) is virtualized: only the rows in view are in the page. The panel is one line whenever
// no file is being read (the table gets the room): the counts, failures and passwords as a status that
// opens the list (a drawer over the table) and can be dismissed. Files can be ticked (shift-click ticks a
// range, the header's box all or none) and the ticked ones removed together.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { requeue } from '../parsing/page/parse-queue.ts';
import { useAppStore } from '../store/app-store.ts';
import { removeFiles } from '../session/remove-files.ts';
import type { FileEntry, FileState } from '../store/file-entry.ts';
import { mayTryAgain } from '../store/reader-stops.ts';
import { reviewedEntry } from './reviewed-entry.ts';

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
// `onTick` is stable (see useFileSelection), so ticking one file re-renders that row alone.
const FileRow = memo(function FileRow({ entry, top, ticked, onTick }: { entry: FileEntry; top?: number } & RowSelection) {
  return (
    <li
      className={`file-row state-${entry.state}${top === undefined ? '' : ' is-virtual'}`}
      data-file={entry.name}
      data-state={entry.state}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <input
        type="checkbox"
        className="file-tick"
        aria-label={`Select ${entry.name}`}
        checked={ticked}
        // React reports a checkbox's change from its click: the event knows whether shift was held.
        onChange={(e) => onTick(entry.id, (e.nativeEvent as MouseEvent).shiftKey === true)}
      />
      <span className={`state-pill pill-${entry.state}`}>{STATE_LABEL[entry.state]}</span>
      <span className="file-name" title={entry.name}>
        {entry.sample ? <span className="count-chip sample-chip">Sample</span> : null} {entry.name}
      </span>
      <span className="file-message">{entry.message}</span>
      <span className="file-actions">
        {entry.state === 'failed' && entry.code === 'password' ? <PasswordPrompt entry={entry} /> : null}
        {mayTryAgain(entry) ? (
          <button type="button" className="button button-small" onClick={() => requeue([entry.id])}>
            Try again
          </button>
        ) : null}
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

interface RowSelection {
  ticked: boolean;
  onTick: (id: string, range: boolean) => void;
}

/**
 * The ticked files, by id, over the list as shown (`sorted`). A tick flips one file; a shift-tick sets
 * every file from the last one ticked to this one as this one is now set. Removed files drop out.
 */
function useFileSelection(sorted: readonly FileEntry[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const order = useRef(sorted);
  useEffect(() => {
    order.current = sorted;
  }, [sorted]);
  const onTick = useCallback((id: string, range: boolean) => {
    // Read now: the updater below may run after the anchor has moved to this file.
    const ids = order.current.map((e) => e.id);
    const from = range && anchor.current !== null ? ids.indexOf(anchor.current) : -1;
    const to = ids.indexOf(id);
    const span = from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    anchor.current = id;
    setTicked((current) => {
      const next = new Set(current);
      const on = !current.has(id);
      for (const one of span) {
        if (on) next.add(one);
        else next.delete(one);
      }
      return next;
    });
  }, []);
  // Only files still in the list count (a removed or cleared file is no longer ticked).
  const selected = useMemo(() => sorted.filter((e) => ticked.has(e.id)).map((e) => e.id), [sorted, ticked]);
  const setAll = useCallback((on: boolean) => {
    setTicked(on ? new Set(order.current.map((e) => e.id)) : new Set());
    anchor.current = null;
  }, []);
  return { ticked, selected, onTick, setAll };
}

export function FilesPanel() {
  const files = useAppStore((s) => s.files);
  const order = useAppStore((s) => s.order);
  const records = useAppStore((s) => s.records);
  const review = useAppStore((s) => s.review.present);
  const entries = useMemo(
    () =>
      order
        .map((id) => files[id]!)
        .filter(Boolean)
        .map((e) => reviewedEntry(e, records[e.id], review.letters[e.id])),
    [files, order, records, review],
  );
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
  const selection = useFileSelection(sorted);
  const interrupted = useMemo(() => entries.filter((e) => e.state === 'interrupted').map((e) => e.id), [entries]);
  const pending = (counts.queued ?? 0) + (counts.reading ?? 0);
  const [open, setOpen] = useState(() => pending > 0);
  // Opens when files start to be read (their progress, e.g. "OCR page 2 of 5", is shown while they
  // are) and folds to its one line whenever no file is being read: the table keeps the room. A file
  // waiting for the user (a password, Resume) or failed is said on that line, which opens the list.
  const [wasReading, setWasReading] = useState(pending > 0);
  if (wasReading !== pending > 0) {
    setOpen(pending > 0);
    setWasReading(pending > 0);
  }
  const problems = (counts.failed ?? 0) + (counts.attention ?? 0) + (counts.interrupted ?? 0);
  const problemKey = `${counts.failed ?? 0}/${counts.attention ?? 0}/${counts.interrupted ?? 0}/${needsUser}`;
  // Dismissed, the problems leave the line until they change (another file fails, say).
  const [dismissed, setDismissed] = useState<string | null>(null);
  const showProblems = problems > 0 && dismissed !== problemKey;
  const finished = (counts.done ?? 0) + (counts.attention ?? 0) + (counts.failed ?? 0);
  const run = useAppStore((s) => s.run);
  const lastRun =
    run?.finishedAt && run.done > 0
      ? `${run.done} read in ${((run.finishedAt - run.startedAt) / 1000).toFixed(1)} s · ${(run.done / Math.max(0.001, (run.finishedAt - run.startedAt) / 1000)).toFixed(1)} letters/s`
      : null;

  const chipStates = (Object.keys(STATE_LABEL) as FileState[]).filter(
    (st) => counts[st] && (showProblems || !['failed', 'attention', 'interrupted'].includes(st)),
  );
  const passwords = entries.filter((e) => e.state === 'failed' && e.code === 'password').length;
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
        <button type="button" className="files-toggle" aria-expanded={open} aria-controls="files-body" onClick={() => setOpen(!open)}>
          <span aria-hidden>{open ? '▾' : '▸'}</span> Files <span className="muted">({entries.length})</span>
          <span className="sr-only">{open ? ' (hide the list)' : ' (show the list)'}</span>
          <span className="files-counts">
            {chipStates.map((st) => (
              <span key={st} className={`count-chip pill-${st}`}>
                {countPhrase(st, counts[st]!)}
              </span>
            ))}
            {showProblems && passwords > 0 ? (
              <span className="count-chip pill-failed">{passwords === 1 ? '1 needs a password' : `${passwords} need a password`}</span>
            ) : null}
          </span>
        </button>
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
        {showProblems ? (
          <button
            type="button"
            className="notice-close files-dismiss"
            aria-label="Dismiss the files' problems from this line"
            title="Dismiss (the list keeps them)"
            onClick={() => setDismissed(problemKey)}
          >
            ×
          </button>
        ) : null}
      </header>
      {/* Open, the list is a drawer over the table; folded, a short list stays in the page (hidden): its files' states are still there to read. */}
      <div className="files-body" id="files-body" hidden={!open}>
        {open && entries.length > 0 ? (
          <SelectionBar total={entries.length} {...selection}>
            <RemoveGroups entries={entries} />
          </SelectionBar>
        ) : null}
        {sorted.length < VIRTUALIZE_FROM ? (
          <FileList entries={sorted} hidden={!open} ticked={selection.ticked} onTick={selection.onTick} />
        ) : open ? (
          <VirtualFileList entries={sorted} ticked={selection.ticked} onTick={selection.onTick} />
        ) : null}
      </div>
    </section>
  );
}

interface ListSelection {
  ticked: ReadonlySet<string>;
  onTick: RowSelection['onTick'];
}

/** Tick all or none, and remove the ticked files. */
function SelectionBar({
  total,
  selected,
  setAll,
  children,
}: {
  total: number;
  selected: readonly string[];
  setAll: (on: boolean) => void;
  children: ReactNode;
}) {
  const all = selected.length === total;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected.length > 0 && !all;
  }, [selected.length, all]);
  return (
    <div className="files-selection" data-testid="files-selection">
      <label className="files-select-all">
        <input ref={box} type="checkbox" checked={all} onChange={() => setAll(!all)} /> Select all
      </label>
      {selected.length > 0 ? (
        <>
          <span className="muted">{selected.length === 1 ? '1 file selected' : `${selected.length} files selected`}</span>
          <button type="button" className="button button-small" onClick={() => setAll(false)}>
            Select none
          </button>
          <button type="button" className="button button-small" onClick={() => removeFiles(selected)}>
            Remove selected ({selected.length})
          </button>
        </>
      ) : (
        <span className="muted">Shift-click ticks a range.</span>
      )}
      <span className="files-groups">{children}</span>
    </div>
  );
}

function FileList({ entries, hidden, ticked, onTick }: { entries: readonly FileEntry[]; hidden: boolean } & ListSelection) {
  return (
    <ul className="file-list" id="file-list" hidden={hidden} tabIndex={0} aria-label="Files and their states">
      {entries.map((entry) => (
        <FileRow key={entry.id} entry={entry} ticked={ticked.has(entry.id)} onTick={onTick} />
      ))}
    </ul>
  );
}

function VirtualFileList({ entries, ticked, onTick }: { entries: readonly FileEntry[] } & ListSelection) {
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
        <FileRow key={item.key} entry={entries[item.index]!} top={item.start} ticked={ticked.has(item.key as string)} onTick={onTick} />
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
