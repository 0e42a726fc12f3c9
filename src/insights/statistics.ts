// The small statistics Insights shows: a Wilson score interval for a rate, and quantiles of a list of
// day counts. Pure functions.

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `k` successes in `n` trials (95%): unlike the normal approximation it
 * stays inside [0, 1] and is honest about small n (0 of 1 gives 0–79%). Null when n is 0.
 */
export function wilsonInterval(k: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The q-quantile (0..1) of sorted numbers, interpolated between the two nearest ranks (R's type 7, d3.quantile). */
export function quantileSorted(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(sorted.length - 1, below + 1)]!;
  return lower + (upper - lower) * (position - below);
}

const DAY_MS = 86_400_000;

/** Two to four ASCII digits at [from, to) as a number, or NaN. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of an ISO date (yyyy-mm-dd), or null: read by hand, Date.parse is slow for tens of thousands. */
function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole days from one ISO date (yyyy-mm-dd) to another, or null when either is missing or not a date. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : Math.round(b - a);
}
