// A button that shows a small panel of actions under it: where a toolbar puts what does not fit on
// its one line. Esc closes it and gives focus back to the button; a press outside closes it; an
// action chosen closes it.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function FoldMenu({
  label,
  children,
  className = 'button',
  title,
  align = 'right',
}: {
  label: ReactNode;
  /** The actions; clicking any button inside closes the menu. */
  children: ReactNode;
  className?: string;
  title?: string;
  align?: 'left' | 'right';
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
      opener.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !opener.current?.contains(target)) close();
    };
    addEventListener('keydown', onKey, { capture: true });
    addEventListener('pointerdown', onPointer, { capture: true });
    panel.current?.querySelector<HTMLElement>('button:not(:disabled), input, select')?.focus();
    return () => {
      removeEventListener('keydown', onKey, { capture: true });
      removeEventListener('pointerdown', onPointer, { capture: true });
    };
  }, [open, close]);
  return (
    <div className="fold-menu">
      <button
        ref={opener}
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={id}
        title={title}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div
        ref={panel}
        id={id}
        className={`fold-menu-panel align-${align}`}
        role="group"
        aria-label={typeof label === 'string' ? label : title}
        hidden={!open}
        onClick={(e) => {
          // An action chosen closes the menu (after it ran: the click reached it first).
          if ((e.target as HTMLElement).closest('button')) close();
        }}
      >
        {children}
      </div>
    </div>
  );
}
