import { describe, expect, it } from 'vitest';
import { taskSlicer } from './task-slices.ts';

const busy = (ms: number) => {
  const start = performance.now();
  while (performance.now() - start < ms);
};

describe('taskSlicer', () => {
  it('gives the thread back once a slice has run for its budget', async () => {
    const slice = taskSlicer(10);
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true));
    let steps = 0;
    while (!otherTaskRan && steps < 20) {
      busy(4);
      steps++;
      await slice();
    }
    expect(otherTaskRan).toBe(true);
    expect(steps).toBeLessThanOrEqual(4);
  });

  it('keeps cheap steps in one task', async () => {
    const slice = taskSlicer(5_000); // far above 1,000 cheap awaits, even on a loaded machine
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true));
    for (let i = 0; i < 1000; i++) await slice();
    expect(otherTaskRan).toBe(false);
  });
});
