// The app's one keyboard shortcut registry: every single-key and Ctrl shortcut is registered here
// with the words that describe it, and one keydown listener on the window runs them. Keys typed into
// a field, keys a part of the page already handled (preventDefault), and keys while a dialog is open
// (except those registered to work there) do nothing. The "?" dialog lists what is registered.

export interface Shortcut {
  /** Key combinations: "c", "ArrowDown", "Ctrl+Z", "Ctrl+Shift+Z", "?" (Ctrl also means ⌘). */
  keys: readonly string[];
  /** What it does, as the shortcuts dialog lists it. */
  label: string;
  /** Heading it is listed under. */
  group: string;
  /** Runs the shortcut; return false to leave the key to the browser (nothing to do here). */
  run: (event: KeyboardEvent) => boolean | void;
  /** Only when this holds for the key event (e.g. focus in the table). */
  when?: (event: KeyboardEvent) => boolean;
  /** Also while a dialog is open. */
  inDialog?: boolean;
  /** Also while focus is in a field (Esc closing the drawer the field is in, say). */
  inFields?: boolean;
}

interface Combo {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

/** "Ctrl+Shift+Z" → its key and modifiers; a letter key matches either case. */
export function parseCombo(spec: string): Combo {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts.pop()!;
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
  };
}

/** Whether a key event is this combination. Shift is only checked with Ctrl or Alt ("?" is typed with Shift). */
export function matches(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: Combo): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== combo.key) return false;
  if ((event.ctrlKey || event.metaKey) !== combo.ctrl || event.altKey !== combo.alt) return false;
  if ((combo.ctrl || combo.alt) && event.shiftKey !== combo.shift) return false;
  return true;
}

/** Typing in a field, a list box or an editable region (or on a checkbox): keys belong to it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && typeof el.tagName === 'string' && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Enter or Space on a focused button, link or summary belongs to that control. */
export function isControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && typeof el.tagName === 'string' && ['BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
}

interface Entry {
  shortcut: Shortcut;
  combos: Combo[];
}

const entries = new Set<Entry>();
const listeners = new Set<() => void>();
let snapshot: readonly Shortcut[] = [];

function changed() {
  snapshot = [...entries].map((e) => e.shortcut);
  for (const listener of listeners) listener();
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented) return;
  const typing = isTypingTarget(event.target);
  const inDialog = document.querySelector('dialog[open]') !== null;
  // The latest registration first: a part of the page shown on top takes a key before what is under it.
  for (const entry of [...entries].reverse()) {
    const { shortcut } = entry;
    if ((inDialog && !shortcut.inDialog) || (typing && !shortcut.inFields)) continue;
    if (!entry.combos.some((c) => matches(event, c))) continue;
    if (shortcut.when && !shortcut.when(event)) continue;
    if (shortcut.run(event) === false) continue;
    event.preventDefault();
    return;
  }
}

/** Adds a shortcut; returns the function that removes it. */
export function registerShortcut(shortcut: Shortcut): () => void {
  const entry: Entry = { shortcut, combos: shortcut.keys.map(parseCombo) };
  if (entries.size === 0 && typeof window !== 'undefined') window.addEventListener('keydown', onKeyDown);
  entries.add(entry);
  changed();
  return () => {
    entries.delete(entry);
    if (entries.size === 0 && typeof window !== 'undefined') window.removeEventListener('keydown', onKeyDown);
    changed();
  };
}

/** Every registered shortcut, in the order registered (for the "?" dialog). */
export const registeredShortcuts = (): readonly Shortcut[] => snapshot;

export function subscribeShortcuts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How a key combination is written for people: "Ctrl+Shift+Z", "↓", "Esc". */
export function keyWords(spec: string): string {
  const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };
  return spec
    .split('+')
    .map((k) => names[k] ?? k)
    .join('+');
}
