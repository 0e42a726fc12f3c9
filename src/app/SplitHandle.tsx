// The border between the table and the source view, dragged (or moved with ←/→) to share the width.
// The source view's width is kept in localStorage for the next visit.
import { useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent } from 'react';

const KEY = 'imr-lens-source-width';
/** Narrowest source view, and narrowest the table beside it may become (the filters are a drawer then). */
const MIN_PANE = 360;
const MIN_TABLE = 440;
/** By default the letter gets room to draw its page at least 560 px wide beside its values. */
const DEFAULT_PANE = 800;
const STEP = 32;

const clampWidth = (width: number) => Math.round(Math.max(MIN_PANE, Math.min(width, innerWidth - MIN_TABLE)));

/** The width the user chose (kept for the next visit), or the default; shown within the window's bounds. */
function preferredWidth(): number {
  try {
    const saved = Number(localStorage.getItem(KEY));
    if (saved > 0) return saved;
  } catch {
    // Storage refused: the default width.
  }
  return Math.max(DEFAULT_PANE, innerWidth * 0.5);
}

/**
 * The source view's width in pixels, kept within bounds as the window resizes. The width chosen is
 * remembered as chosen: a window made narrow (or zoomed in) and wide again gets it back.
 */
export function usePaneWidth(): [number, (w: number) => void] {
  const [preferred, setPreferred] = useState(preferredWidth);
  const [, setWindowWidth] = useState(() => innerWidth);
  useEffect(() => {
    const onResize = () => setWindowWidth(innerWidth);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  const set = useCallback((w: number) => {
    const next = clampWidth(w);
    setPreferred(next);
    try {
      localStorage.setItem(KEY, String(next));
    } catch {
      // Not kept; still applied.
    }
  }, []);
  return [clampWidth(preferred), set];
}

export function SplitHandle({ width, onWidth }: { width: number; onWidth: (w: number) => void }) {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onWidth(innerWidth - e.clientX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onWidth(width + (event.key === 'ArrowLeft' ? STEP : -STEP));
  };
  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the source view"
      aria-valuemin={MIN_PANE}
      aria-valuemax={Math.max(MIN_PANE, innerWidth - MIN_TABLE)}
      aria-valuenow={width}
      tabIndex={0}
      title="Drag (or use ← →) to share the width between the table and the letter"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
