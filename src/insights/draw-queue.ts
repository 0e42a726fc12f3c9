// When each chart is drawn. Drawing a chart (Observable Plot building its SVG) is most of what a
// filter change costs Insights, so only the charts in view are drawn at once, in the commit that
// shows the new numbers; the others when they come near the view (IntersectionObserver) or when the
// page is idle, one at a time, and all of them before printing. A chart's SVG is kept for its data
// object: a chart whose numbers did not change (aggregate.ts keepUnchanged) is not drawn again.

/** How far outside the scrolled view a chart still counts as in view, in CSS pixels. */
const NEAR = 120;

interface Job {
  holder: HTMLElement;
  draw: () => void;
}

export class DrawQueue {
  private readonly waiting = new Map<HTMLElement, Job>();
  private observer: IntersectionObserver | null = null;
  private idle: number | null = null;
  private readonly onBeforePrint = () => this.drawAll();

  /** Starts drawing whatever is left before the page is printed; returns the stop (which drops what waits). */
  start(): () => void {
    addEventListener('beforeprint', this.onBeforePrint);
    return () => this.dispose();
  }

  /** Asks for a chart to be drawn into `holder`; `flush` then decides when. Returns the cancel. */
  request(holder: HTMLElement, draw: () => void): () => void {
    const job = { holder, draw };
    this.waiting.set(holder, job);
    holder.dataset.drawn = 'false';
    return () => {
      if (this.waiting.get(holder) === job) this.forget(holder);
    };
  }

  /**
   * After a commit (the page's layout effect, which runs after its cards'): draws the waiting charts
   * in or near the view of `scroller` now, measuring them all before drawing any (one layout), and
   * leaves the rest to the observer and to idle time.
   */
  flush(scroller: HTMLElement | null): void {
    if (this.waiting.size === 0 || !scroller) return;
    const view = scroller.getBoundingClientRect();
    const jobs = [...this.waiting.values()];
    const near = jobs.filter(({ holder }) => {
      const r = holder.getBoundingClientRect();
      return r.bottom > view.top - NEAR && r.top < view.bottom + NEAR;
    });
    for (const job of near) this.run(job);
    this.observer ??= new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && this.runHolder(e.target)), {
      root: scroller,
      rootMargin: `${NEAR}px 0px`,
    });
    for (const { holder } of this.waiting.values()) this.observer.observe(holder);
    this.scheduleIdle();
  }

  drawAll(): void {
    for (const job of [...this.waiting.values()]) this.run(job);
  }

  private dispose(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    this.observer?.disconnect();
    if (this.idle !== null) cancelIdle(this.idle);
    this.waiting.clear();
  }

  private runHolder(holder: Element) {
    const job = this.waiting.get(holder as HTMLElement);
    if (job) this.run(job);
  }

  private run(job: Job) {
    this.forget(job.holder);
    job.draw();
    job.holder.dataset.drawn = 'true';
  }

  private forget(holder: HTMLElement) {
    this.waiting.delete(holder);
    this.observer?.unobserve(holder);
  }

  /** One chart per idle period, while time is left in it. */
  private scheduleIdle() {
    if (this.idle !== null || this.waiting.size === 0) return;
    this.idle = requestIdle((deadline) => {
      this.idle = null;
      do {
        const next = this.waiting.values().next();
        if (next.done) return;
        this.run(next.value);
      } while (deadline.timeRemaining() > 10);
      this.scheduleIdle();
    });
  }
}

// Safari has no requestIdleCallback.
type IdleDeadlineLike = { timeRemaining: () => number };
const requestIdle = (run: (deadline: IdleDeadlineLike) => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : window.setTimeout(() => run({ timeRemaining: () => 0 }), 50);
const cancelIdle = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id));
