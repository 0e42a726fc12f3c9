// The page's peak JS heap over a stretch of work, sampled through the DevTools protocol (Chromium).
// Shared by the benchmark and the scale test.
import type { Page } from '@playwright/test';

export async function samplePeakHeap(page: Page, intervalMs = 200): Promise<{ stop: () => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  /** Stops sampling and resolves with the peak, in bytes. */
  const stop = async () => {
    sampling = false;
    await sampler;
    return peak;
  };
  return { stop };
}
