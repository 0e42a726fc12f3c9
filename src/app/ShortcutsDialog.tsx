// "?" lists every keyboard shortcut: read from the one registry (ui/shortcuts.ts), so the list is
// exactly what the keys do right now. Also the polite live region that says where a keyboard move went.
import { useEffect, useRef } from 'react';
import { useAnnouncement } from '../ui/announce.ts';
import { setLayout, useLayout } from '../ui/layout-state.ts';
import { keyWords } from '../ui/shortcuts.ts';
import { useRegisteredShortcuts, useShortcut } from '../ui/use-shortcut.ts';

export function ShortcutsDialog() {
  const open = useLayout((s) => s.shortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useShortcut({ keys: ['?'], label: 'List the keyboard shortcuts', group: 'App', run: () => setLayout({ shortcutsOpen: true }) });
  const shortcuts = useRegisteredShortcuts();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const groups = [...new Set(shortcuts.map((s) => s.group))];
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      onClose={() => setLayout({ shortcutsOpen: false })}
      aria-labelledby="shortcuts-title"
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {open
        ? groups.map((group) => (
            <section key={group} className="shortcut-group">
              <h3>{group}</h3>
              <dl>
                {shortcuts
                  .filter((s) => s.group === group)
                  .map((s) => (
                    <div key={s.label} className="shortcut">
                      <dt>
                        {s.keys.map((k, i) => (
                          <span key={k}>
                            {i > 0 ? ' or ' : null}
                            <kbd>{keyWords(k)}</kbd>
                          </span>
                        ))}
                      </dt>
                      <dd>{s.label}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))
        : null}
      <p className="muted">
        Keys do nothing while you type in a field. In the list of values beside a letter, ↑ and ↓ move from value to value.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setLayout({ shortcutsOpen: false })}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The app's one polite live region (ui/announce.ts). */
export function LiveRegion() {
  const text = useAnnouncement((s) => s.text);
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
