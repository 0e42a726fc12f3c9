import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from './shard.ts';

describe('--shard k/n', () => {
  it('reads k/n and refuses what is not a share', () => {
    expect(parseShard('2/5')).toEqual({ k: 2, n: 5 });
    expect(parseShard(' 1/1 ')).toEqual({ k: 1, n: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1-3', '', 'a/b', '1/2/3']) expect(parseShard(bad)).toBeNull();
  });

  it('puts every name in exactly one share, the same one on every call, and spreads names evenly', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `CM${String(i % 100).padStart(2, '0')}-${String(i).padStart(7, '0')}.pdf`);
    const n = 3;
    const counts = [0, 0, 0];
    for (const name of names) {
      const shares = [1, 2, 3].filter((k) => inShard(name, { k, n }));
      expect(shares).toHaveLength(1);
      counts[shares[0]! - 1]!++;
      expect(inShard(name, { k: shares[0]!, n })).toBe(true);
    }
    for (const count of counts) expect(count).toBeGreaterThan(900);
  });

  it('gives a name the same share in every release (literal shares, so a fan-out never drifts between versions)', () => {
    const share = (name: string, n: number) => [...Array(n).keys()].map((i) => i + 1).find((k) => inShard(name, { k, n }));
    expect(share('CM16-0219557.pdf', 4)).toBe(1);
    expect(share('letter.txt', 4)).toBe(4);
    expect(share('letter.txt', 3)).toBe(2);
    expect(share('batch.zip/a/b.pdf', 3)).toBe(3);
  });
});
