// The source view: a letter beside its extracted values, every value traceable to the words it was
// read from. PDF letters are shown as their real pages (drawn by pdf.js, loaded on demand) with
// highlight boxes placed by document/highlight-rects.ts; any letter can be shown as its canonical
// text (record.text) with the same highlights as <mark> ranges. Letter text is hostile input: it is
// only ever rendered as React text nodes.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LetterRecord, Problem, Span } from '../extract/record.ts';
import type { LoadedLetter } from '../document/load-letter.ts';
import { asPageFractions, highlightRects, type MeasureText } from '../document/highlight-rects.ts';
import { allEntries, FIELD_KINDS, itemEntries, letterEntries, problemsToShow, type FieldEntry } from './field-entries.ts';
import { segmentText } from './text-segments.ts';
import { readLayout } from './layout-client.ts';
import type { PDFDocumentProxy } from './pdf-view.ts';
import './source-view.css';

export interface SourceViewProps {
  record: LetterRecord;
  itemIndex: number | null;
  loadBytes: () => Promise<ArrayBuffer | null>;
  onClose: () => void;
}

type Mode = 'pages' | 'text';

type PagesState =
  { status: 'loading' } | { status: 'ready'; layout: LoadedLetter; doc: PDFDocumentProxy } | { status: 'unavailable'; notice: string };

const spanLength = (spans: Span[]) => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);

function fieldTitle(entry: FieldEntry): string {
  const where = entry.item === null ? '' : ` (item ${entry.item + 1})`;
  return `${entry.label}${where}: ${entry.value ?? ''}`;
}

export function SourceView({ record, itemIndex, loadBytes, onClose }: SourceViewProps) {
  const isPdf = record.kind === 'pdf' && record.text.length > 0;
  const [mode, setMode] = useState<Mode>(isPdf ? 'pages' : 'text');
  const [activeItem, setActiveItem] = useState<number | null>(itemIndex);
  const [pages, setPages] = useState<PagesState>({ status: 'loading' });
  const [zoom, setZoom] = useState(1);
  const docRef = useRef<HTMLDivElement>(null);
  // The parent may pass a new loadBytes function on every render: only the latest one is called.
  const loadBytesRef = useRef(loadBytes);
  useLayoutEffect(() => {
    loadBytesRef.current = loadBytes;
  });
  const pendingFocus = useRef<{ id: string; flash: boolean } | null>(
    itemIndex !== null && record.items[itemIndex] ? { id: `items[${itemIndex}].request`, flash: false } : null,
  );

  // A different item chosen in the table while the view is open.
  const [shownFor, setShownFor] = useState({ record, itemIndex });
  if (shownFor.record !== record || shownFor.itemIndex !== itemIndex) {
    setShownFor({ record, itemIndex });
    setActiveItem(itemIndex);
    if (shownFor.record !== record) setMode(record.kind === 'pdf' && record.text.length > 0 ? 'pages' : 'text');
  }

  const entries = useMemo(() => allEntries(record), [record]);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const problems = useMemo(() => problemsToShow(record, entries), [record, entries]);

  // PDF pages: the bytes, the layout (text pieces) from the layout worker, and the document for drawing.
  useEffect(() => {
    if (!isPdf) return;
    let cancelled = false;
    (async () => {
      const bytes = await loadBytesRef.current();
      if (!bytes)
        return { status: 'unavailable', notice: 'The original file is not available in this session, so its text is shown.' } as const;
      const [layout, doc] = await Promise.all([
        readLayout(record.file, bytes),
        import('./pdf-view.ts').then((m) => m.openPdfForView(bytes)),
      ]);
      if (layout.text !== record.text) {
        void doc.destroy();
        return {
          status: 'unavailable',
          notice:
            'The pages read differently now than when this letter was parsed, so highlights are shown on the text the values were read from.',
        } as const;
      }
      return { status: 'ready', layout, doc } as const;
    })()
      .catch((error: unknown) => ({
        status: 'unavailable' as const,
        notice: `The pages could not be drawn (${error instanceof Error ? error.message : String(error)}), so the text is shown.`,
      }))
      .then((next) => {
        if (cancelled) {
          if (next.status === 'ready') void next.doc.destroy();
          return;
        }
        setPages(next);
        if (next.status === 'unavailable') setMode('text');
      });
    return () => {
      cancelled = true;
    };
  }, [isPdf, record]);

  useEffect(() => {
    const doc = pages.status === 'ready' ? pages.doc : null;
    return () => {
      if (doc) void doc.destroy();
    };
  }, [pages]);

  const focusField = useCallback(
    (id: string, flash = true) => {
      const root = docRef.current;
      const entry = byId.get(id);
      if (!root || !entry || entry.spans.length === 0) return;
      const targets = [...root.querySelectorAll<HTMLElement>(`[data-fields~="${id}"]`)];
      if (!targets.length) {
        pendingFocus.current = { id, flash };
        return;
      }
      pendingFocus.current = null;
      // Scroll the document pane only (scrollIntoView would also scroll the app around it).
      const box = targets[0]!.getBoundingClientRect();
      const pane = root.getBoundingClientRect();
      root.scrollTop += box.top - pane.top - Math.max(24, (pane.height - box.height) / 3);
      if (!flash) return;
      for (const el of targets) {
        el.classList.remove('sv-flash');
        void el.offsetWidth; // restart the animation
        el.classList.add('sv-flash');
      }
    },
    [byId],
  );

  const chooseField = (entry: FieldEntry) => {
    if (entry.item !== null && entry.item !== activeItem) setActiveItem(entry.item);
    focusField(entry.id);
  };

  useEffect(() => {
    if (itemIndex !== null && record.items[itemIndex]) focusField(`items[${itemIndex}].request`, false);
  }, [itemIndex, record, focusField]);

  // Scroll to what was asked for once the document is on screen.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending) focusField(pending.id, pending.flash);
  });

  const notice = pages.status === 'unavailable' ? pages.notice : null;
  const canShowPages = isPdf && pages.status !== 'unavailable';

  return (
    <section className="sv" aria-label={`Source of ${record.file}`}>
      <header className="sv-bar">
        <div className="sv-title">
          <h2 title={record.file}>{record.file}</h2>
          <span className="sv-sub">
            {record.kind === 'pdf' ? `PDF · ${record.pages} page${record.pages === 1 ? '' : 's'}` : 'Text letter'}
            {record.caseNumber.value ? ` · ${record.caseNumber.value}` : ''}
          </span>
        </div>
        <div className="sv-switch" role="group" aria-label="Show the letter as">
          <button type="button" aria-pressed={mode === 'pages'} disabled={!canShowPages} onClick={() => setMode('pages')}>
            Pages
          </button>
          <button type="button" aria-pressed={mode === 'text'} onClick={() => setMode('text')}>
            Text
          </button>
        </div>
        <button type="button" className="sv-close" onClick={onClose} aria-label="Close source view" title="Close (Esc)">
          ×
        </button>
      </header>

      <ProblemList problems={problems} byId={byId} onChoose={chooseField} />

      <div className="sv-body">
        <FieldPanel record={record} activeItem={activeItem} onItem={setActiveItem} onChoose={chooseField} />
        <div className="sv-doc-wrap">
          <div className="sv-tools">
            <Legend />
            {mode === 'pages' && pages.status === 'ready' && (
              <div className="sv-zoom" role="group" aria-label="Zoom">
                <button type="button" onClick={() => setZoom((z) => Math.max(1, z - 0.25))} disabled={zoom <= 1} aria-label="Zoom out">
                  −
                </button>
                <button type="button" onClick={() => setZoom(1)} aria-label="Fit page width" title="Fit page width">
                  {Math.round(zoom * 100)}%
                </button>
                <button type="button" onClick={() => setZoom((z) => Math.min(3, z + 0.25))} disabled={zoom >= 3} aria-label="Zoom in">
                  +
                </button>
              </div>
            )}
          </div>
          {notice && (
            <p className="sv-notice" role="status">
              {notice}
            </p>
          )}
          <div className="sv-doc" ref={docRef} tabIndex={0} aria-label={mode === 'pages' ? 'Letter pages' : 'Letter text'}>
            {record.text.length === 0 ? (
              <p className="sv-empty">Nothing could be read from this file.</p>
            ) : mode === 'pages' && pages.status === 'ready' ? (
              <PdfPages doc={pages.doc} layout={pages.layout} entries={entries} activeItem={activeItem} zoom={zoom} />
            ) : mode === 'pages' ? (
              <p className="sv-empty" role="status">
                Drawing the pages…
              </p>
            ) : (
              <TextPane text={record.text} entries={entries} activeItem={activeItem} />
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

function ProblemList({
  problems,
  byId,
  onChoose,
}: {
  problems: Problem[];
  byId: Map<string, FieldEntry>;
  onChoose: (e: FieldEntry) => void;
}) {
  if (!problems.length) return null;
  return (
    <ul className="sv-problems" aria-label="Problems">
      {problems.map((p, i) => {
        const entry = p.field ? byId.get(p.field) : undefined;
        const target = entry && entry.spans.length ? entry : undefined;
        return (
          <li key={i} className={`sv-problem sv-${p.severity}`}>
            <span className="sv-problem-badge">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
            {target ? (
              <button type="button" className="sv-link" onClick={() => onChoose(target)}>
                {p.message}
              </button>
            ) : (
              <span>{p.message}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Legend() {
  return (
    <ul className="sv-legend" aria-label="Highlight colours">
      {FIELD_KINDS.map(({ kind, label }) => (
        <li key={kind} className={`sv-k-${kind}`}>
          <span className="sv-swatch" aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

function FieldRow({ entry, onChoose }: { entry: FieldEntry; onChoose: (e: FieldEntry) => void }) {
  const found = entry.spans.length > 0;
  const body: ReactNode = (
    <>
      <span className="sv-field-label">
        <span className="sv-swatch" aria-hidden="true" />
        {entry.label}
      </span>
      <span className={entry.value === null || !found ? 'sv-field-value sv-missing' : 'sv-field-value'}>
        {entry.value === null ? 'not found in the letter' : entry.value}
        {entry.value !== null && !found ? ' (not found in the letter)' : ''}
      </span>
    </>
  );
  return (
    <li className={`sv-field sv-k-${entry.kind}`} data-field={entry.id} data-value={entry.value ?? ''} data-verbatim={entry.verbatim}>
      {found ? (
        <button type="button" className="sv-field-button" onClick={() => onChoose(entry)} title="Show in the letter">
          {body}
        </button>
      ) : (
        <div className="sv-field-button" aria-disabled="true">
          {body}
        </div>
      )}
    </li>
  );
}

function FieldPanel({
  record,
  activeItem,
  onItem,
  onChoose,
}: {
  record: LetterRecord;
  activeItem: number | null;
  onItem: (i: number) => void;
  onChoose: (e: FieldEntry) => void;
}) {
  const letter = useMemo(() => letterEntries(record), [record]);
  const item = useMemo(() => (activeItem === null ? [] : itemEntries(record, activeItem)), [record, activeItem]);
  return (
    <nav className="sv-fields" aria-label="Extracted values">
      <h3>Letter</h3>
      <ul>
        {letter.map((e) => (
          <FieldRow key={e.id} entry={e} onChoose={onChoose} />
        ))}
      </ul>
      <h3>
        Items <span className="sv-count">{record.items.length}</span>
      </h3>
      {record.items.length > 0 ? (
        <div className="sv-items" role="group" aria-label="Choose an item">
          {record.items.map((it, i) => (
            <button
              key={i}
              type="button"
              aria-pressed={activeItem === i}
              className={`sv-item-chip ${it.decision.value === 'Overturned' ? 'sv-overturned' : it.decision.value === 'Upheld' ? 'sv-upheld' : ''}`}
              title={it.request.value ?? `Item ${i + 1}`}
              onClick={() => {
                const request = itemEntries(record, i)[0];
                if (request && request.spans.length) onChoose(request);
                else onItem(i);
              }}
            >
              {i + 1}
              <span className="sv-chip-decision">{it.decision.value ?? '?'}</span>
            </button>
          ))}
        </div>
      ) : (
        <p className="sv-missing">No disputed items found.</p>
      )}
      {activeItem !== null && (
        <ul aria-label={`Item ${activeItem + 1}`}>
          {item.map((e) => (
            <FieldRow key={e.id} entry={e} onChoose={onChoose} />
          ))}
        </ul>
      )}
      {activeItem === null && record.items.length > 0 && <p className="sv-hint">Choose an item to list its values.</p>}
    </nav>
  );
}

/** Which field a stretch of letter is shown as: the most specific one (shortest source) wins the colour. */
function usePrimary(entries: FieldEntry[]) {
  return useMemo(() => {
    const length = new Map(entries.map((e) => [e.id, spanLength(e.spans)]));
    return (ids: string[]) => ids.reduce((best, id) => ((length.get(id) ?? 0) < (length.get(best) ?? 0) ? id : best), ids[0]!);
  }, [entries]);
}

function TextPane({ text, entries, activeItem }: { text: string; entries: FieldEntry[]; activeItem: number | null }) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const segments = useMemo(() => segmentText(text.length, entries), [text, entries]);
  const primary = usePrimary(entries);
  const children = useMemo(
    () =>
      segments.map((seg) => {
        const content = withPageBreaks(text.slice(seg.start, seg.end), seg.start);
        if (!seg.fields.length) return <span key={seg.start}>{content}</span>;
        const main = byId.get(primary(seg.fields))!;
        const dim = activeItem !== null && main.item !== null && main.item !== activeItem;
        const selected = activeItem !== null && main.item === activeItem;
        return (
          <mark
            key={seg.start}
            className={`sv-mark sv-k-${main.kind}${dim ? ' sv-dim' : ''}${selected ? ' sv-selected' : ''}`}
            data-fields={seg.fields.join(' ')}
            title={seg.fields.map((id) => fieldTitle(byId.get(id)!)).join('\n')}
          >
            {content}
          </mark>
        );
      }),
    [segments, text, byId, primary, activeItem],
  );
  return <div className="sv-text">{children}</div>;
}

/** Text with each form feed (a page break in the canonical text) shown as a rule instead of a control character. */
function withPageBreaks(s: string, offset: number): ReactNode {
  if (!s.includes('\f')) return s;
  return s
    .split('\f')
    .flatMap((part, i) =>
      i === 0 ? [part] : [<span key={`${offset}-${i}`} className="sv-pagebreak" role="separator" aria-label="page break" />, part],
    );
}

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

function PdfPages({
  doc,
  layout,
  entries,
  activeItem,
  zoom,
}: {
  doc: PDFDocumentProxy;
  layout: LoadedLetter;
  entries: FieldEntry[];
  activeItem: number | null;
  zoom: number;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [fitWidth, setFitWidth] = useState(0);
  const width = Math.round(fitWidth * zoom);
  const [near, setNear] = useState<Set<number>>(() => new Set([0]));
  const pageRefs = useRef<(HTMLDivElement | null)[]>([]);

  const measure = useMemo(() => serifMeasure(), []);
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

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const pane = host.closest('.sv-doc') ?? host;
    const measure = () => setFitWidth(Math.max(240, Math.min(900, Math.floor(pane.clientWidth - 32))));
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
          <PdfCanvas doc={doc} index={i} width={width} render={near.has(i) && width > 0} />
          <div className="sv-overlay">
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

function PdfCanvas({ doc, index, width, render }: { doc: PDFDocumentProxy; index: number; width: number; render: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!render) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    const timer = setTimeout(async () => {
      try {
        const [{ renderPage }, page] = await Promise.all([import('./pdf-view.ts'), doc.getPage(index + 1)]);
        if (cancelled) return;
        // Draw off screen and copy when done, so a page being redrawn (a resize) never shows half-drawn.
        const offscreen = document.createElement('canvas');
        task = renderPage(page, offscreen, width);
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
  }, [doc, index, width, render]);
  return <canvas ref={canvasRef} className={drawn ? 'sv-canvas sv-drawn' : 'sv-canvas'} data-page-canvas={index} aria-hidden="true" />;
}
