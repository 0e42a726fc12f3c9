// The width of an element as it changes (ResizeObserver), for parts that fold their controls into a
// menu when they run out of room, rather than wrapping onto more lines.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/** Whether a media query holds, following it as the window changes (a zoom changes the CSS width). */
export function useMedia(query: string): boolean {
  const [holds, setHolds] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useLayoutEffect(() => {
    const list = matchMedia(query);
    const update = () => setHolds(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return holds;
}
