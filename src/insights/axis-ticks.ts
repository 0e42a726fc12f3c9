// Ticks for axes of things that come whole: items, letters, days. Plot's own ticks for a domain of
// 0 to 3 are 0, 0.5, 1 … ("2.5 letters"); these step by 1, 2 or 5 times a power of ten, never below 1.

/** The whole-number step that gives about `count` ticks over `span`: 1, 2, 5, 10, 20, 50 … */
export function wholeStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  // The nearest of 1, 2, 5 and 10 times the power (as d3's ticks choose, on a log scale).
  const ratio = rough / power;
  return power * (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1);
}

/** Whole-number ticks from `lo` to `hi` (both inside), about `count` of them. */
export function wholeTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  const step = wholeStep(hi - lo, count);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return ticks;
}
