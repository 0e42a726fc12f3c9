// React's way into the shortcut registry: a component's shortcuts are registered while it is mounted,
// and always call its latest handler.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { registerShortcut, registeredShortcuts, subscribeShortcuts, type Shortcut } from './shortcuts.ts';

export function useShortcut(shortcut: Shortcut, enabled = true): void {
  const latest = useRef(shortcut);
  useEffect(() => {
    latest.current = shortcut;
  });
  const { keys, label, group, inDialog, inFields } = shortcut;
  const keyList = keys.join(' ');
  useEffect(() => {
    if (!enabled) return;
    return registerShortcut({
      keys: keyList.split(' '),
      label,
      group,
      inDialog,
      inFields,
      run: (event) => latest.current.run(event),
      when: (event) => latest.current.when?.(event) ?? true,
    });
  }, [enabled, keyList, label, group, inDialog, inFields]);
}

export function useRegisteredShortcuts(): readonly Shortcut[] {
  return useSyncExternalStore(subscribeShortcuts, registeredShortcuts, registeredShortcuts);
}
