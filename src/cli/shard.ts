// `--shard k/n`: this run takes the k-th of n stable shares of the inputs, so one batch of letters
// can be fanned out over machines (one job per share) and the JSON Lines outputs concatenated. A
// letter's share depends only on its name (the name its record carries), never on which other files
// were found or in what order, so every job agrees on the split without talking to the others.

export interface Shard {
  /** 1-based. */
  k: number;
  n: number;
}

export function parseShard(spec: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return n >= 1 && k >= 1 && k <= n ? { k, n } : null;
}

/** FNV-1a, 32 bits, over the name's UTF-16 code units: small, fast, and the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(name: string, shard: Shard): boolean {
  return fnv1a(name) % shard.n === shard.k - 1;
}
