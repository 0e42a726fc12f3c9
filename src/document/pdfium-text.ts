// The second PDF text engine: PDFium compiled to WebAssembly (@embedpdf/pdfium). PDF bytes in, the
// same positioned text runs per page out as pdf-text.ts gives (page-runs.ts), so the canonical text,
// the extractor and the highlights run unchanged on either. pdf.js stays for drawing pages and as the
// fallback (see pdf-text-engine.ts).
//
// Why a second engine: reading characters with their boxes through PDFium's own exports takes about
// a third of the time pdf.js's getTextContent takes on these letters (docs/performance.md, Round 4).
// The package's cwrap()ed functions check and convert every argument; per character that costs more
// than the work itself, so this module calls the WebAssembly exports directly and reads the results
// out of the module's memory.
import { init } from '@embedpdf/pdfium';
import { DROPPED_REASONS, type HiddenReason, type HiddenText, type PageRuns, type TextRun } from './page-runs.ts';
import type { PdfiumExports } from './pdfium-exports.ts';
import { PageVisibility } from './pdfium-visibility.ts';
import {
  alphanumerics,
  NEEDS_PASSWORD,
  PdfReadError,
  SHORT_PAGE_CHARS,
  tooManyPages,
  WRONG_PASSWORD,
  type PdfReadOptions,
} from './pdf-read.ts';

// FPDF_GetLastError codes (fpdfview.h).
const FPDF_ERR_PASSWORD = 4;
// FPDFPageObj_GetType values (fpdf_edit.h).
const FPDF_PAGEOBJ_IMAGE = 3;
const FPDF_PAGEOBJ_FORM = 5;
/** How much of the text hidden for one reason a page keeps, to quote it. */
const HIDDEN_SAMPLE_CHARS = 80;
/** PDFium's code for a hyphen it found at the end of a line (a word broken across lines). */
const LINE_END_HYPHEN = 0x0002;

/** pdfium.wasm as bytes, or already compiled (a browser compiles it while it downloads, and caches the code). */
export type PdfiumWasm = ArrayBuffer | Uint8Array<ArrayBuffer> | WebAssembly.Module;

let loadWasm: (() => Promise<PdfiumWasm>) | null = null;
let engine: Promise<Pdfium> | null = null;

/**
 * Where this environment finds pdfium.wasm: the CLI reads it from node_modules, the parse worker
 * fetches it from the app's own files (pdfium-wasm-node.ts, pdfium-wasm-browser.ts). Without one,
 * PDFium is not available and PDFs are read by pdf.js.
 */
export function setPdfiumWasm(load: (() => Promise<PdfiumWasm>) | null): void {
  loadWasm = load;
  engine = null;
}

export const pdfiumAvailable = () => loadWasm !== null;

/** The one PDFium instance of this thread, made on first use. A failed start is not kept: the next call tries again. */
export function loadPdfium(): Promise<Pdfium> {
  if (!loadWasm) return Promise.reject(new Error('PDFium: no way to load pdfium.wasm was set'));
  const load = loadWasm;
  engine ??= (async () => {
    const wasm = await load();
    const compiled = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
    // The module is instantiated here rather than by the package's loader, which would look for the
    // file itself; a failure rejects instead of leaving the loader waiting.
    let failed: (error: unknown) => void = () => {};
    const instantiationFailed = new Promise<never>((_, reject) => (failed = reject));
    const module = await Promise.race([
      init({
        print: () => {},
        printErr: () => {},
        instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
          WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), failed);
          return {};
        },
      }),
      instantiationFailed,
    ]);
    module.PDFiumExt_Init();
    return new Pdfium(module.pdfium.wasmExports as unknown as PdfiumExports);
  })();
  engine.catch(() => (engine = null));
  return engine;
}

export async function readPdfiumRuns(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PageRuns[]> {
  return (await loadPdfium()).readRuns(bytes, options);
}

class Pdfium {
  /** 64 bytes of scratch memory for out-parameters (two doubles, a rectangle, a matrix). */
  private readonly scratch: number;
  private f32 = new Float32Array(0);
  private f64 = new Float64Array(0);

  constructor(private readonly x: PdfiumExports) {
    this.scratch = x.malloc(64);
  }

  /**
   * Views of the module's memory, made again when it has grown: growing detaches the old buffer,
   * and a view of a detached buffer has length 0 (cheaper to ask than the memory's buffer).
   */
  private views() {
    if (this.f64.length === 0) {
      const buffer = this.x.memory.buffer;
      this.f32 = new Float32Array(buffer);
      this.f64 = new Float64Array(buffer);
    }
  }

  readRuns(bytes: Uint8Array, options: PdfReadOptions): PageRuns[] {
    const x = this.x;
    // PDFium reads the document from this copy for as long as it is open.
    const data = x.malloc(Math.max(1, bytes.length));
    new Uint8Array(x.memory.buffer, data, bytes.length).set(bytes);
    const password = options.password === undefined ? 0 : this.cString(options.password);
    const doc = x.FPDF_LoadMemDocument(data, bytes.length, password);
    try {
      if (!doc) {
        const error = x.FPDF_GetLastError();
        if (error === FPDF_ERR_PASSWORD)
          throw new PdfReadError(options.password === undefined ? NEEDS_PASSWORD : WRONG_PASSWORD, 'password');
        throw new PdfReadError(`Not a readable PDF for PDFium (error ${error})`, 'corrupt');
      }
      const count = x.FPDF_GetPageCount(doc);
      if (options.maxPages !== undefined && count > options.maxPages) throw tooManyPages(count, options.maxPages);
      const pages: PageRuns[] = [];
      for (let index = 0; index < count; index++) pages.push(this.readPage(doc, index));
      return pages;
    } finally {
      if (doc) x.FPDF_CloseDocument(doc);
      if (password) x.free(password);
      x.free(data);
    }
  }

  private cString(s: string): number {
    const utf8 = new TextEncoder().encode(s);
    const pointer = this.x.malloc(utf8.length + 1);
    const heap = new Uint8Array(this.x.memory.buffer, pointer, utf8.length + 1);
    heap.set(utf8);
    heap[utf8.length] = 0;
    return pointer;
  }

  private readPage(doc: number, index: number): PageRuns {
    const x = this.x;
    const page = x.FPDF_LoadPage(doc, index);
    if (!page) throw new PdfReadError(`PDFium could not load page ${index + 1} (error ${x.FPDF_GetLastError()})`, 'corrupt');
    try {
      // The page's box as pdf.js's page.view gives it (media box cut by the crop box), unrotated.
      x.FPDF_GetPageBoundingBox(page, this.scratch);
      this.views();
      const box = this.scratch >> 2; // FS_RECTF: left, top, right, bottom
      const [left, top, right, bottom] = [this.f32[box]!, this.f32[box + 1]!, this.f32[box + 2]!, this.f32[box + 3]!];
      const visibility = new PageVisibility(x, this.scratch, page, { left, bottom, right, top });
      const textPage = x.FPDFText_LoadPage(page);
      let read: { runs: TextRun[]; hidden: HiddenText[] };
      try {
        read = this.pageRuns(textPage, visibility);
      } finally {
        x.FPDFText_ClosePage(textPage);
      }
      const { runs, hidden } = read;
      // Only a page with almost no text may be a scan: only then is it worth asking what it draws.
      const drawsImage = alphanumerics(runs) < SHORT_PAGE_CHARS ? this.drawsAnImage(page) : undefined;
      return {
        width: right,
        height: top,
        runs,
        ...(drawsImage !== undefined ? { drawsImage } : {}),
        ...(hidden.length ? { hidden } : {}),
        ...(visibility.imageCover > 0 ? { imageCover: visibility.imageCover } : {}),
      };
    } finally {
      x.FPDF_ClosePage(page);
    }
  }

  /**
   * The page's characters grouped into runs: a run ends at a space or line end (PDFium's own or the
   * letter's), where the baseline or size changes, and where a gap opens between two characters, so
   * layout-text.ts decides spaces and table cells from geometry exactly as it does for pdf.js's runs.
   * Characters that are not printed (pdfium-visibility.ts) are counted by reason; those off the page
   * or clipped away are left out, the others end a run so that no run mixes printed and hidden text.
   */
  private pageRuns(textPage: number, visibility: PageVisibility): { runs: TextRun[]; hidden: HiddenText[] } {
    const x = this.x;
    const scratch = this.scratch;
    const runs: TextRun[] = [];
    const count = x.FPDFText_CountChars(textPage);
    let run: TextRun | null = null;
    let chars: string[] = [];
    let end = 0; // right edge of the run's last character
    let object = -1;
    let fontSize = 0;
    let runHidden: HiddenReason | null = null;
    const hidden = new Map<HiddenReason, HiddenText>();
    const close = () => {
      if (run) {
        run.str = chars.join('');
        run.width = end - run.x;
        runs.push(run);
      }
      run = null;
      chars = [];
    };
    for (let i = 0; i < count; i++) {
      let code = x.FPDFText_GetUnicode(textPage, i);
      if (code === LINE_END_HYPHEN) code = 0x2d;
      if (code <= 0x20 || code === 0xa0 || code === 0xfffe || code === 0xffff) {
        close();
        for (const h of hidden.values()) if (!h.sample.endsWith(' ')) h.sample += ' ';
        continue;
      }
      // Size and matrix belong to the text object: ask once per object, not per character.
      const textObject = x.FPDFText_GetTextObject(textPage, i);
      if (textObject !== object || textObject === 0) {
        object = textObject;
        const size = x.FPDFText_GetFontSize(textPage, i);
        x.FPDFText_GetMatrix(textPage, i, scratch);
        this.views();
        const m = scratch >> 2; // FS_MATRIX: a, b, c, d, e, f
        // The size PDFium reports is the font's own (often 1); the matrix scales it to the page.
        fontSize = size * (Math.hypot(this.f32[m + 2]!, this.f32[m + 3]!) || Math.hypot(this.f32[m]!, this.f32[m + 1]!) || 1);
      }
      x.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8);
      x.FPDFText_GetLooseCharBox(textPage, i, scratch + 16);
      this.views();
      const originX = this.f64[scratch >> 3]!;
      const originY = this.f64[(scratch >> 3) + 1]!;
      const r = (scratch + 16) >> 2; // FS_RECTF: left, top, right, bottom
      const left = Math.min(originX, this.f32[r]!);
      const right = this.f32[r + 2]!;
      const reason = visibility.hiddenReason(textObject, { left, top: this.f32[r + 1]!, right, bottom: this.f32[r + 3]! });
      if (reason) {
        const h = hidden.get(reason) ?? hidden.set(reason, { reason, chars: 0, sample: '' }).get(reason)!;
        h.chars++;
        if (h.sample.length < HIDDEN_SAMPLE_CHARS) h.sample += String.fromCodePoint(code);
        if (DROPPED_REASONS.has(reason)) {
          close();
          continue;
        }
      }
      if (reason !== runHidden) close();
      runHidden = reason;
      const current = run as TextRun | null;
      if (current) {
        const gap = left - end;
        const sameLine = Math.abs(originY - current.y) < 0.01 * fontSize;
        if (!sameLine || current.fontSize !== fontSize || gap > 0.1 * fontSize || gap < -0.5 * fontSize) close();
      }
      if (!run) run = { str: '', x: originX, y: originY, width: 0, fontSize };
      chars.push(String.fromCodePoint(code));
      end = Math.max(right, originX);
    }
    close();
    return { runs, hidden: [...hidden.values()].map((h) => ({ ...h, sample: h.sample.trim() })) };
  }

  /** Whether the page draws an image, directly or inside a form XObject. */
  private drawsAnImage(page: number): boolean {
    const x = this.x;
    const holds = (count: number, get: (i: number) => number): boolean => {
      for (let i = 0; i < count; i++) {
        const object = get(i);
        const type = x.FPDFPageObj_GetType(object);
        if (type === FPDF_PAGEOBJ_IMAGE) return true;
        if (type === FPDF_PAGEOBJ_FORM && holds(x.FPDFFormObj_CountObjects(object), (k) => x.FPDFFormObj_GetObject(object, k))) return true;
      }
      return false;
    };
    return holds(x.FPDFPage_CountObjects(page), (i) => x.FPDFPage_GetObject(page, i));
  }
}
