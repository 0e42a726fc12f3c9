// What lets the next start tell a page that died while reading a file (out of memory, a crash: the
// letter may be the cause) from one that was closed or reloaded, and from another tab still reading.
// While a file is read, this tab holds a Web Lock named after it (released when the read settles, and
// by the browser when the tab dies); as the page is closed it writes the files it was reading to
// localStorage, synchronously, which a dying page never does.

const CLOSED_KEY = 'imr-lens closed while reading';
const LOCK_PREFIX = 'imr-lens reading ';
const readingNow = new Set<string>();
/**
 * Files this page read to the end, most recent last: the session may still hold one as "reading" when
 * the page closes (its record not yet written), and a page closed cleanly died under none of them.
 * Kept to the last few thousand, so what is written to localStorage stays small.
 */
const readHere = new Set<string>();
const READ_HERE_KEPT = 4000;
let listening = false;

function listen(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  addEventListener('pagehide', () => {
    if (readingNow.size === 0 && readHere.size === 0) return;
    try {
      localStorage.setItem(CLOSED_KEY, JSON.stringify([...new Set([...closedCleanly(), ...readingNow, ...readHere])]));
    } catch {
      // no localStorage (or full): the next start takes these files for ones the page died under
    }
  });
  // Back from the back-forward cache: the page did not close after all.
  addEventListener('pageshow', (event) => (event as PageTransitionEvent).persisted && localStorage.removeItem(CLOSED_KEY));
}

/** Marks `id` as being read by this tab until the returned function is called. */
export function holdReadingMark(id: string): () => void {
  listen();
  readingNow.add(id);
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  if (typeof navigator !== 'undefined' && navigator.locks) void navigator.locks.request(LOCK_PREFIX + id, () => released).catch(() => {});
  return () => {
    readingNow.delete(id);
    readHere.delete(id);
    readHere.add(id);
    if (readHere.size > READ_HERE_KEPT) readHere.delete(readHere.values().next().value!);
    release();
  };
}

function closedCleanly(): string[] {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(CLOSED_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * At start, of the files saved as being read (`reading`): those a page died under. Files a page was
 * reading when it was closed, and files another open tab is reading now, are not among them. The
 * record of closed pages is used up.
 */
export async function readsThePageDiedUnder(reading: readonly string[]): Promise<string[]> {
  if (reading.length === 0) return [];
  const cleanly = new Set(closedCleanly());
  try {
    localStorage.removeItem(CLOSED_KEY);
  } catch {
    // nothing to use up
  }
  const held = new Set<string>();
  if (typeof navigator !== 'undefined' && navigator.locks) {
    const { held: locks = [], pending = [] } = await navigator.locks.query().catch(() => ({ held: [], pending: [] }));
    for (const lock of [...locks, ...pending]) if (lock.name?.startsWith(LOCK_PREFIX)) held.add(lock.name.slice(LOCK_PREFIX.length));
  }
  return reading.filter((id) => !cleanly.has(id) && !held.has(id));
}
