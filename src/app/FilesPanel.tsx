// Every file and its state (queued, reading, done, needs attention, failed, interrupted) with its
// message, a password prompt for protected PDFs and Resume for interrupted files. A long list (a drop
// of thousands) is virtualized: only the rows in view are in the page. The panel folds away by itself
// once every file is read (the table gets the room), unless a file waits for the user (a password,
// Resume); its header stays, with the counts, to open it again. Files can be ticked (shift-click ticks a
// range, the header's box all or none) and the ticked ones removed together.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  const selection = useFileSelection(sorted);
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
      {open && entries.length > 0 ? <SelectionBar total={entries.length} {...selection} /> : null}
      {/* Folded, a short list stays in the page (hidden): its files' states are still there to read. */}
      {sorted.length < VIRTUALIZE_FROM ? (
        <FileList entries={sorted} hidden={!open} ticked={selection.ticked} onTick={selection.onTick} />
      ) : open ? (
        <VirtualFileList entries={sorted} ticked={selection.ticked} onTick={selection.onTick} />
      ) : null}
    </section>
  );
}

interface ListSelection {
  ticked: ReadonlySet<string>;
  onTick: RowSelection['onTick'];
}

/** Tick all or none, and remove the ticked files. */
function SelectionBar({ total, selected, setAll }: { total: number; selected: readonly string[]; setAll: (on: boolean) => void }) {
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
