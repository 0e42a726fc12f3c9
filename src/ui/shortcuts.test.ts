import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTypingTarget, keyWords, matches, parseCombo, registerShortcut, registeredShortcuts } from './shortcuts.ts';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;
const key = (k: string, mods: Partial<Key> = {}): Key => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('key combinations', () => {
  it('a letter matches either case, and not with Ctrl or Alt', () => {
    expect(matches(key('c'), parseCombo('c'))).toBe(true);
    expect(matches(key('C', { shiftKey: true }), parseCombo('c'))).toBe(true);
    expect(matches(key('c', { ctrlKey: true }), parseCombo('c'))).toBe(false);
    expect(matches(key('c', { altKey: true }), parseCombo('c'))).toBe(false);
  });
  it('Ctrl means Ctrl or ⌘, and Shift is told apart with it', () => {
    expect(matches(key('z', { ctrlKey: true }), parseCombo('Ctrl+Z'))).toBe(true);
    expect(matches(key('z', { metaKey: true }), parseCombo('Ctrl+Z'))).toBe(true);
    expect(matches(key('Z', { ctrlKey: true, shiftKey: true }), parseCombo('Ctrl+Z'))).toBe(false);
    expect(matches(key('Z', { ctrlKey: true, shiftKey: true }), parseCombo('Ctrl+Shift+Z'))).toBe(true);
  });
  it('"?" is typed with Shift and still matches; named keys match by name', () => {
    expect(matches(key('?', { shiftKey: true }), parseCombo('?'))).toBe(true);
    expect(matches(key('ArrowDown'), parseCombo('ArrowDown'))).toBe(true);
    expect(matches(key('ArrowUp'), parseCombo('ArrowDown'))).toBe(false);
  });
  it('names keys for people', () => {
    expect(keyWords('ArrowDown')).toBe('↓');
    expect(keyWords('Ctrl+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(keyWords('Escape')).toBe('Esc');
  });
  it('fields and editable regions keep their keys', () => {
    expect(isTypingTarget({ tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'TR', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('the one registry', () => {
  let listener: ((e: KeyboardEvent) => void) | null = null;
  let dialogOpen = false;
  const g = globalThis as unknown as { window?: unknown; document?: unknown };
  beforeEach(() => {
    g.window = {
      addEventListener: (_: string, l: (e: KeyboardEvent) => void) => (listener = l),
      removeEventListener: () => (listener = null),
    };
    g.document = { querySelector: () => (dialogOpen ? {} : null) };
  });
  afterEach(() => {
    delete g.window;
    delete g.document;
    dialogOpen = false;
  });
  const press = (k: string, target: unknown = { tagName: 'BODY', isContentEditable: false }, mods: Partial<Key> = {}) => {
    let prevented = false;
    listener?.({ ...key(k, mods), target, defaultPrevented: false, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent);
    return prevented;
  };

  it('runs the latest registration first, lists every shortcut, and has one listener only while any is registered', () => {
    const ran: string[] = [];
    const off1 = registerShortcut({ keys: ['Escape'], label: 'Close the letter', group: 'Letter', run: () => void ran.push('letter') });
    const off2 = registerShortcut({ keys: ['Escape'], label: 'Close the drawer', group: 'App', run: () => void ran.push('drawer') });
    expect(registeredShortcuts().map((s) => s.label)).toEqual(['Close the letter', 'Close the drawer']);
    expect(press('Escape')).toBe(true);
    expect(ran).toEqual(['drawer']);
    off2();
    press('Escape');
    expect(ran).toEqual(['drawer', 'letter']);
    off1();
    expect(listener).toBeNull();
    expect(registeredShortcuts()).toEqual([]);
  });

  it('leaves keys typed into fields, keys while a dialog is open, and keys a shortcut declines', () => {
    const ran: string[] = [];
    const off = [
      registerShortcut({ keys: ['c'], label: 'Confirm', group: 'Review', run: () => void ran.push('c') }),
      registerShortcut({ keys: ['Escape'], label: 'Close the drawer', group: 'App', inFields: true, run: () => void ran.push('esc') }),
      registerShortcut({ keys: ['n'], label: 'Next', group: 'Review', run: () => false }),
    ];
    expect(press('c', { tagName: 'INPUT', isContentEditable: false })).toBe(false);
    expect(press('Escape', { tagName: 'INPUT', isContentEditable: false })).toBe(true);
    expect(press('n')).toBe(false);
    dialogOpen = true;
    expect(press('c')).toBe(false);
    expect(ran).toEqual(['esc']);
    off.forEach((f) => f());
  });
});
