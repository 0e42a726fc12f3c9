import { describe, expect, it } from 'vitest';

describe('loading pdf.js', () => {
  it("leaves the engine's own Array.prototype.push in place", async () => {
    // On Node 20 core-js (inside pdf.js's legacy build) would otherwise swap in a slow JavaScript push,
    // one that even answers toString() like a native function, so compare identities.
    const enginePush = Array.prototype.push;
    await import('./pdf-text.ts');
    expect(Array.prototype.push).toBe(enginePush);
    const items: number[] = [];
    expect(items.push(1, 2, 3)).toBe(3);
    expect(items).toEqual([1, 2, 3]);
  });
});
