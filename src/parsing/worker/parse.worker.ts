// A parse worker: one per core. PDF text is read by PDFium (document/pdfium-text.ts; pdf.js, loaded
// only then, when PDFium cannot read a file), and OCR runs here when a scan appears.
import { expose } from 'comlink';
import { loadLetter } from '../../document/load-letter.ts';
import type { ParseWorkerApi } from '../protocol.ts';
import { loadOptions, parseWorkerJob, setOcrPlatform } from './parse-letter.ts';
import { setPdfiumWasm } from '../../document/pdfium-text.ts';
import { browserPdfiumWasm } from '../../document/pdfium-wasm-browser.ts';

// Scans are read by OCR here; the OCR code (and tesseract.js) is loaded only when one appears.
setOcrPlatform(async () => (await import('../../document/ocr-platform-browser.ts')).browserOcrPlatform);
// pdfium.wasm is fetched from the app's own files the first time a PDF is read.
setPdfiumWasm(browserPdfiumWasm);

const api: ParseWorkerApi = {
  parse: (job, onProgress) => parseWorkerJob(job, onProgress),
  readLayout: (job) => loadLetter(new Uint8Array(job.bytes), loadOptions(job.password)),
  holdLifeLock: (name) =>
    new Promise<void>((held) => {
      void navigator.locks.request(name, () => {
        held();
        return new Promise<never>(() => {}); // released only when this worker ends
      });
    }),
};
expose(api);
