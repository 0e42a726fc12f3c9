// The letter as its real pages (a PDF drawn by pdf.js, or the images of a scan) drawn near the viewport,
// with highlight boxes placed by document/highlight-rects.ts (the one place text offsets become page positions).
// Page furniture (LetterRecord.furniture) is drawn the same way, as subdued boxes under the highlights.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LoadedLetter } from '../document/load-letter.ts';
import { asPageFractions, highlightRects, type MeasureText } from '../document/highlight-rects.ts';
import type { FieldEntry } from './field-entries.ts';
import type { PageSource } from './page-source.ts';
import { fieldTitle, spanLength } from './field-colours.ts';
import { PageTextLayer } from './PageTextLayer.tsx';
import { FURNITURE_NOTE } from './TextPane.tsx';
import type { Span } from '../extract/record.ts';

const NO_FURNITURE: readonly Span[] = [];

interface Box {
  key: string;
  entry: FieldEntry;
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
  area: number;
}

export function PdfPages({
  source,
  layout,
  entries,
  activeItem,
  zoom,
  ocr = false,
  furniture = NO_FURNITURE,
}: {
  source: PageSource;
  layout: Pick<LoadedLetter, 'pieces' | 'pageSizes' | 'text'>;
  entries: FieldEntry[];
  activeItem: number | null;
  zoom: number;
  /** The pages are images of text read by OCR. */
  ocr?: boolean;
  /** LetterRecord.furniture: stretches of the text that are page furniture. */
  furniture?: readonly Span[];
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [fitWidth, setFitWidth] = useState(0);
  const width = Math.round(fitWidth * zoom);
  const [near, setNear] = useState<Set<number>>(() => new Set([0]));
  const pageRefs = useRef<(HTMLDivElement | null)[]>([]);

  // OCR words carry their own measured boxes: even spread inside a word is as good as a font's widths.
  const measure = useMemo(() => (ocr ? undefined : serifMeasure()), [ocr]);
  const boxesByPage = useMemo(() => {
    const out: Box[][] = layout.pageSizes.map(() => []);
    for (const entry of entries) {
      highlightRects(layout, entry.spans, measure).forEach((rect, k) => {
        const size = layout.pageSizes[rect.page];
        if (!size) return;
        const f = asPageFractions(rect, size);
        out[rect.page]!.push({ key: `${entry.id}#${k}`, entry, page: rect.page, ...f, area: spanLength(entry.spans) });
      });
    }
    // Large sources (a rationale) underneath, small ones (a date, a decision) on top.
    for (const boxes of out) boxes.sort((a, b) => b.area - a.area);
    return out;
  }, [layout, entries, measure]);
  const furnitureByPage = useMemo(() => {
    const out: { key: string; left: number; top: number; width: number; height: number }[][] = layout.pageSizes.map(() => []);
    highlightRects(layout, furniture, measure).forEach((rect, k) => {
      const size = layout.pageSizes[rect.page];
      if (size) out[rect.page]!.push({ key: `furniture#${k}`, ...asPageFractions(rect, size) });
    });
    return out;
  }, [layout, furniture, measure]);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const pane = host.closest('.sv-doc') ?? host;
    const measure = () => setFitWidth(Math.max(240, Math.min(900, Math.floor(pane.clientWidth - 24))));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(pane);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const host = hostRef.current;
    const root = host?.closest('.sv-doc') ?? null;
    const io = new IntersectionObserver(
      (seen) => {
        const visible = seen.filter((e) => e.isIntersecting).map((e) => Number((e.target as HTMLElement).dataset.page));
        if (visible.length) setNear((prev) => (visible.every((p) => prev.has(p)) ? prev : new Set([...prev, ...visible])));
      },
      { root, rootMargin: '600px 0px' },
    );
    pageRefs.current.forEach((el) => el && io.observe(el));
    return () => io.disconnect();
  }, [layout]);

  return (
    <div className="sv-pages" ref={hostRef} style={width ? { width } : undefined}>
      {layout.pageSizes.map((size, i) => (
        <div
          key={i}
          className="sv-page"
          data-page={i}
          ref={(el) => {
            pageRefs.current[i] = el;
          }}
          style={{ aspectRatio: `${size.width} / ${size.height}` }}
          aria-label={`Page ${i + 1} of ${layout.pageSizes.length}`}
          role="img"
        >
          <PdfCanvas source={source} index={i} width={width} render={near.has(i) && width > 0} />
          <div className="sv-overlay">
            {furnitureByPage[i]!.map((b) => (
              <div
                key={b.key}
                className="sv-box sv-furniture"
                title={FURNITURE_NOTE}
                style={{ left: `${b.left * 100}%`, top: `${b.top * 100}%`, width: `${b.width * 100}%`, height: `${b.height * 100}%` }}
              />
            ))}
            {boxesByPage[i]!.map((b) => {
              const dim = activeItem !== null && b.entry.item !== null && b.entry.item !== activeItem;
              const selected = activeItem !== null && b.entry.item === activeItem;
              return (
                <div
                  key={b.key}
                  className={`sv-box sv-k-${b.entry.kind}${dim ? ' sv-dim' : ''}${selected ? ' sv-selected' : ''}`}
                  data-fields={b.entry.id}
                  title={fieldTitle(b.entry)}
                  style={{ left: `${b.left * 100}%`, top: `${b.top * 100}%`, width: `${b.width * 100}%`, height: `${b.height * 100}%` }}
                />
              );
            })}
          </div>
          {near.has(i) ? <PageTextLayer layout={layout} page={i} width={width} measure={measure} /> : null}
        </div>
      ))}
    </div>
  );
}

/**
 * Widths of strings in a Times-like serif, the face IMR letters are set in, to place highlight edges
 * inside a text run by what the characters before them measure rather than by their count.
 */
function serifMeasure(): MeasureText | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = '100px "Liberation Serif", "Times New Roman", Times, serif';
  const cache = new Map<string, number>();
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      w = ctx.measureText(s).width;
      if (cache.size < 20_000) cache.set(s, w);
    }
    return w;
  };
}

function PdfCanvas({ source, index, width, render }: { source: PageSource; index: number; width: number; render: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!render) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    const timer = setTimeout(async () => {
      try {
        // Draw off screen and copy when done, so a page being redrawn (a resize) never shows half-drawn.
        const offscreen = document.createElement('canvas');
        task = source.draw(index, offscreen, width);
        await task.promise;
        const canvas = canvasRef.current;
        if (cancelled || !canvas) return;
        canvas.width = offscreen.width;
        canvas.height = offscreen.height;
        canvas.getContext('2d')?.drawImage(offscreen, 0, 0);
        if (!cancelled) setDrawn(true);
      } catch (error) {
        if ((error as { name?: string })?.name !== 'RenderingCancelledException' && !cancelled) setDrawn(false);
      }
    }, 60); // wait for resizing to settle
    return () => {
      cancelled = true;
      clearTimeout(timer);
      task?.cancel();
    };
  }, [source, index, width, render]);
  return <canvas ref={canvasRef} className={drawn ? 'sv-canvas sv-drawn' : 'sv-canvas'} data-page-canvas={index} aria-hidden="true" />;
}
