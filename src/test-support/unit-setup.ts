// vitest setupFiles: every unit test file reads PDFs with PDFium, the engine the app's workers and the
// CLI use, not pdf.js's fallback (which a process without PDFium's wasm would silently fall back to).
// PDFium is loaded on first use, so a test that reads no PDF pays nothing. Tests that compare the
// engines choose one themselves (parsing/worker/pdfium-text.test.ts).
import { setPdfiumWasm } from '../document/pdfium-text.ts';
import { nodePdfiumWasm } from '../document/pdfium-wasm-node.ts';

setPdfiumWasm(nodePdfiumWasm);
