// Closing a popup the way users expect: Esc closes it and puts focus back on the control that opened
// it; a pointer press outside closes it and goes no further (it does not also open a row beneath).
import { useEffect, type RefObject } from 'react';

export function useDismiss(open: boolean, popup: RefObject<HTMLElement | null>, opener: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
      opener.current?.focus();
    }
    function onPointer(event: PointerEvent) {
      const target = event.target as Node;
      if (popup.current?.contains(target) || opener.current?.contains(target)) return;
      close();
      // The press that closes the menu is not also a click on what lies under it.
      const swallow = (e: MouseEvent) => {
        e.stopPropagation();
        e.preventDefault();
      };
      addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => removeEventListener('click', swallow, { capture: true }), 1000);
    }
    // Capture: before the table's own key handler (which would close the source view on Esc).
    addEventListener('keydown', onKey, { capture: true });
    addEventListener('pointerdown', onPointer, { capture: true });
    return () => {
      removeEventListener('keydown', onKey, { capture: true });
      removeEventListener('pointerdown', onPointer, { capture: true });
    };
  }, [open, popup, opener, close]);
}
