// The source view: a letter beside its extracted values, every value traceable to the words it was
// read from. PDF letters are shown as their real pages (drawn by pdf.js, loaded on demand) with
// highlight boxes placed by document/highlight-rects.ts; any letter can be shown as its canonical
// text (record.text) with the same highlights as <mark> ranges. Letter text is hostile input: it is
// only ever rendered as React text nodes.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LetterRecord } from '../extract/record.ts';
import type { LoadedLetter } from '../document/load-letter.ts';
import { allEntries, problemsToShow, type FieldEntry } from './field-entries.ts';
import { readLayout } from './layout-client.ts';
import type { PageSource } from './page-source.ts';
import './source-view.css';
import { FieldPanel, Legend, ProblemList } from './FieldPanel.tsx';
import { PdfPages } from './PdfPages.tsx';
import { TextPane } from './TextPane.tsx';

export interface SourceViewProps {
  record: LetterRecord;
  itemIndex: number | null;
  loadBytes: () => Promise<ArrayBuffer | null>;
  /** What to say when loadBytes gives nothing (by default: the file is not in this session). */
  missingFileNotice?: string | undefined;
  onClose: () => void;
  /** The record as the reviewer corrected it (review/reviewed-record.ts), for the values and highlights shown. */
  shown?: LetterRecord;
  /** Focus mode (the letter at full width), when the page has room for the table beside it too. */
  focusMode?: boolean;
  onFocusMode?: () => void;
}

type Mode = 'pages' | 'text';

type PageLayout = Pick<LoadedLetter, 'pieces' | 'pageSizes' | 'text'>;
type PagesState =
  { status: 'loading' } | { status: 'ready'; layout: PageLayout; doc: PageSource } | { status: 'unavailable'; notice: string };

/** A PDF, or an image letter read by OCR, has pages to draw; a text letter has not. */
const hasPages = (record: LetterRecord) => (record.kind === 'pdf' || record.kind === 'image') && record.text.length > 0;

/** Clockwise turn OCR applied to each page of an image letter to read it upright. */
function pageRotations(record: LetterRecord): number[] {
  const out = Array.from({ length: record.pages }, () => 0);
  for (const note of record.ocr?.pages ?? []) out[note.page] = note.rotation;
  return out;
}

export function SourceView({
  record: read,
  itemIndex,
  loadBytes,
  missingFileNotice = 'The original file is not available in this session, so its text is shown.',
  onClose,
  shown,
  focusMode,
  onFocusMode,
}: SourceViewProps) {
  // The pages come from the record read; the values shown are the reviewed ones.
  const record = shown ?? read;
  const isPdf = hasPages(read);
  const [mode, setMode] = useState<Mode>(isPdf ? 'pages' : 'text');
  const [activeItem, setActiveItem] = useState<number | null>(itemIndex);
  const [pages, setPages] = useState<PagesState>({ status: 'loading' });
  const [zoom, setZoom] = useState(1);
  const [valuesShown, setValuesShown] = useState(true);
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
    if (shownFor.record.sha256 !== record.sha256) setMode(hasPages(record) ? 'pages' : 'text');
  }

  const entries = useMemo(() => allEntries(record), [record]);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const problems = useMemo(() => problemsToShow(record, entries), [record, entries]);
  // Highlighted: the letter's fields and the chosen item's, not every item's at once (overlapping
  // colours hid the words being checked).
  // A place a problem points at, while the reviewer visits it (one of its spans, highlighted alone).
  const [visit, setVisit] = useState<FieldEntry | null>(null);
  const visitRef = useRef(visit);
  useLayoutEffect(() => {
    visitRef.current = visit;
  });
  const highlighted = useMemo(() => {
    const chosen = activeItem === null ? entries : entries.filter((e) => e.item === null || e.item === activeItem);
    return visit ? [...chosen, visit] : chosen;
  }, [entries, activeItem, visit]);

  // PDF pages: the bytes, the layout (text pieces) from the layout worker, and the document for drawing.
  useEffect(() => {
    if (!isPdf) return;
    let cancelled = false;
    (async () => {
      const bytes = await loadBytesRef.current();
      if (!bytes) return { status: 'unavailable', notice: missingFileNotice } as const;
      // A letter read by OCR carries its page map (OCR is far too slow to run again here).
      const ocr = read.ocr;
      const [layout, doc] = await Promise.all([
        ocr ? { text: read.text, pieces: ocr.pieces, pageSizes: ocr.pageSizes } : readLayout(read.file, bytes),
        read.kind === 'image'
          ? import('./page-source.ts').then((m) => m.imagePageSource(bytes, pageRotations(read)))
          : Promise.all([import('./pdf-view.ts'), import('./page-source.ts')]).then(async ([view, sources]) =>
              sources.pdfPageSource(await view.openPdfForView(bytes)),
            ),
      ]);
      if (layout.text !== read.text) {
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
  }, [isPdf, read, missingFileNotice]);

  useEffect(() => {
    const doc = pages.status === 'ready' ? pages.doc : null;
    return () => {
      if (doc) void doc.destroy();
    };
  }, [pages]);

  const focusField = useCallback(
    (id: string, flash = true) => {
      const root = docRef.current;
      const entry = byId.get(id) ?? (visitRef.current?.id === id ? visitRef.current : undefined);
      if (!root || !entry || entry.spans.length === 0) return;
      const targets = [...root.querySelectorAll<HTMLElement>(`[data-fields~="${id}"]`)];
      if (!targets.length) {
        pendingFocus.current = { id, flash };
        return;
      }
      pendingFocus.current = null;
      // Scroll the document pane only (scrollIntoView would also scroll the app around it): down to
      // the value, and sideways too when the page is zoomed wider than the pane.
      const box = targets[0]!.getBoundingClientRect();
      const pane = root.getBoundingClientRect();
      root.scrollTop += box.top - pane.top - Math.max(24, (pane.height - box.height) / 3);
      if (box.left < pane.left || box.right > pane.right)
        root.scrollLeft += box.left - pane.left - Math.max(24, (pane.width - box.width) / 3);
      if (!flash) return;
      for (const el of targets) {
        el.classList.remove('sv-flash');
        void el.offsetWidth; // restart the animation
        el.classList.add('sv-flash');
      }
    },
    [byId],
  );

  const visitProblem = (problem: number, k: number) => {
    const p = problems[problem];
    const span = p?.spans?.[k];
    if (!p || !span) return;
    const about = p.field ? byId.get(p.field) : undefined;
    const place: FieldEntry = {
      id: `problem-${problem}-${k}`,
      label: p.severity === 'error' ? 'Error' : 'Warning',
      kind: about?.kind ?? 'case',
      value: p.message,
      parts: null,
      spans: [span],
      item: about?.item ?? null,
      verbatim: false,
    };
    if (place.item !== null && place.item !== activeItem) setActiveItem(place.item);
    setVisit(place);
    pendingFocus.current = { id: place.id, flash: true };
  };

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
            {record.kind === 'text'
              ? 'Text letter'
              : `${record.kind === 'pdf' ? 'PDF' : 'Image'} · ${record.pages} page${record.pages === 1 ? '' : 's'}`}
            {record.ocr ? ` · read by OCR (${Math.round(record.ocr.confidence)}% confidence)` : ''}
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
        {onFocusMode ? (
          <button
            type="button"
            className="sv-focus"
            aria-pressed={!!focusMode}
            onClick={onFocusMode}
            title={focusMode ? 'Show the table beside the letter again (f)' : 'The letter and its values at full width (f)'}
          >
            Focus
          </button>
        ) : null}
        <button type="button" className="sv-close" onClick={onClose} aria-label="Close source view" title="Close (Esc)">
          ×
        </button>
      </header>

      <ProblemList problems={problems} byId={byId} onChoose={chooseField} onVisit={visitProblem} />

      <div className={`sv-body${valuesShown ? '' : ' values-hidden'}`}>
        <FieldPanel record={record} activeItem={activeItem} onItem={setActiveItem} onChoose={chooseField} />
        <div className="sv-doc-wrap">
          <div className="sv-tools">
            <button
              type="button"
              className="sv-values-toggle"
              aria-pressed={valuesShown}
              onClick={() => setValuesShown(!valuesShown)}
              title={
                valuesShown ? 'Hide the list of values: the letter takes the whole width' : 'Show the list of values beside the letter'
              }
            >
              {valuesShown ? 'Hide values' : 'Show values'}
            </button>
            <Legend />
            {mode === 'pages' && pages.status === 'ready' && (
              <div className="sv-zoom" role="group" aria-label="Zoom">
                <button type="button" onClick={() => setZoom((z) => Math.max(1, z - 0.25))} disabled={zoom <= 1} aria-label="Zoom out">
                  −
                </button>
                <button
                  type="button"
                  onClick={() => setZoom(1)}
                  aria-label={`${Math.round(zoom * 100)}%, fit page width`}
                  title="Fit page width"
                >
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
              <PdfPages
                source={pages.doc}
                layout={pages.layout}
                entries={highlighted}
                activeItem={activeItem}
                zoom={zoom}
                ocr={!!record.ocr}
                furniture={record.furniture}
              />
            ) : mode === 'pages' ? (
              <p className="sv-empty" role="status">
                Drawing the pages…
              </p>
            ) : (
              <TextPane text={record.text} entries={highlighted} activeItem={activeItem} furniture={record.furniture} />
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
