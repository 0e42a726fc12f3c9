// requestIdleCallback with a fallback (Safari has none: a timer, with a short budget), returning its cancel.
export interface IdleDeadlineLike {
  timeRemaining(): number;
}

/** The budget of the fallback's "idle period", in ms. */
const FALLBACK_BUDGET = 20;

export function whenIdle(run: (deadline: IdleDeadlineLike) => void, timeout?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, timeout === undefined ? undefined : { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(() => {
    const start = performance.now();
    run({ timeRemaining: () => Math.max(0, FALLBACK_BUDGET - (performance.now() - start)) });
  }, 50);
  return () => clearTimeout(timer);
}
