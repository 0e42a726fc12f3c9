// When each chart is drawn. Drawing a chart (Observable Plot building its SVG) is most of what a
// filter change costs Insights, so only the charts in view are drawn at once, in the commit that
// shows the new numbers; the others when they come near the view (IntersectionObserver) or when the
// page is idle, one at a time, and all of them before printing. A chart's SVG is kept for its data
// object: a chart whose numbers did not change (aggregate.ts keepUnchanged) is not drawn again.
//
// What is in view is what the observer last reported for each card, not a measurement: measuring in
// the commit forced a layout of the page before the charts were drawn, and another one after (about
// a third of a filter change at 10,000 letters). A card that a change moves into view is reported
// in the next frame and drawn then. Only before the first report (a page just opened with charts to
// draw) are the cards measured.
import { whenIdle } from './idle.ts';

/** How far outside the scrolled view a chart still counts as in view, in CSS pixels. */
const NEAR = 120;

interface Job {
  holder: HTMLElement;
  /** What is observed (or measured) for the holder: its card (see `request`). */
  box: Element;
  draw: () => void;
}

export class DrawQueue {
  private readonly waiting = new Map<HTMLElement, Job>();
  /** The job waiting for each box. */
  private readonly jobOfBox = new Map<Element, Job>();
  /** The boxes the observer last reported in or near the view. */
  private readonly inView = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private reported = false;
  private cancelIdle: (() => void) | null = null;
  private readonly onBeforePrint = () => this.drawAll();

  /** Starts drawing whatever is left before the page is printed; returns the stop (which drops what waits). */
  start(): () => void {
    addEventListener('beforeprint', this.onBeforePrint);
    return () => this.dispose();
  }

  /**
   * Asks for a chart to be drawn into `holder`; `flush` then decides when. Returns the cancel. Whether
   * it is in view is read from `box`, the holder's card: a card out of view is not laid out
   * (content-visibility: auto), and measuring anything inside it would lay it out.
   */
  request(holder: HTMLElement, draw: () => void, box: Element = holder): () => void {
    const job = { holder, box, draw };
    this.forget(holder);
    this.waiting.set(holder, job);
    this.jobOfBox.set(box, job);
    holder.dataset.drawn = 'false';
    return () => {
      if (this.waiting.get(holder) === job) this.forget(holder);
    };
  }

  /**
   * After a commit (the page's layout effect, which runs after its cards'): draws the waiting charts
   * in or near the view of `scroller` now, and leaves the rest to the observer and to idle time.
   */
  flush(scroller: HTMLElement | null): void {
    if (this.waiting.size === 0 || !scroller) return;
    const observer = (this.observer ??= new IntersectionObserver((entries) => this.onReport(entries), {
      root: scroller,
      rootMargin: `${NEAR}px 0px`,
    }));
    const jobs = [...this.waiting.values()];
    for (const { box } of jobs) observer.observe(box);
    for (const job of this.reported ? jobs.filter(({ box }) => this.inView.has(box)) : this.measuredInView(scroller, jobs)) this.run(job);
    this.scheduleIdle();
  }

  drawAll(): void {
    for (const job of [...this.waiting.values()]) this.run(job);
  }

  /** The jobs whose box is in or near the view, measured (all before drawing any: one layout). */
  private measuredInView(scroller: HTMLElement, jobs: Job[]): Job[] {
    const view = scroller.getBoundingClientRect();
    return jobs.filter(({ box }) => {
      const r = box.getBoundingClientRect();
      return r.bottom > view.top - NEAR && r.top < view.bottom + NEAR;
    });
  }

  private onReport(entries: IntersectionObserverEntry[]) {
    this.reported = true;
    for (const entry of entries) {
      if (!entry.isIntersecting) {
        this.inView.delete(entry.target);
        continue;
      }
      this.inView.add(entry.target);
      const job = this.jobOfBox.get(entry.target);
      if (job) this.run(job);
    }
  }

  private dispose(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    this.observer?.disconnect();
    this.cancelIdle?.();
    this.waiting.clear();
    this.jobOfBox.clear();
  }

  private run(job: Job) {
    this.forget(job.holder);
    job.draw();
    job.holder.dataset.drawn = 'true';
  }

  /** Drops the holder's job; its box stays observed, so that what is in view stays known. */
  private forget(holder: HTMLElement) {
    const job = this.waiting.get(holder);
    if (!job) return;
    this.waiting.delete(holder);
    if (this.jobOfBox.get(job.box) === job) this.jobOfBox.delete(job.box);
  }

  /** One chart per idle period, while time is left in it. */
  private scheduleIdle() {
    if (this.cancelIdle !== null || this.waiting.size === 0) return;
    this.cancelIdle = whenIdle((deadline) => {
      this.cancelIdle = null;
      do {
        const next = this.waiting.values().next();
        if (next.done) return;
        this.run(next.value);
      } while (deadline.timeRemaining() > 10);
      this.scheduleIdle();
    });
  }
}
