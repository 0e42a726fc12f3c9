// A parse worker: one per core, pdf.js runs inside it (see document/pdf-text.ts), and OCR when a scan appears.
import { expose } from 'comlink';
import { loadLetter } from '../../document/load-letter.ts';
import type { ParseWorkerApi } from '../protocol.ts';
import { loadOptions, parseWorkerJob, setOcrPlatform } from './parse-letter.ts';

// Scans are read by OCR here; the OCR code (and tesseract.js) is loaded only when one appears.
setOcrPlatform(async () => (await import('../../document/ocr-platform-browser.ts')).browserOcrPlatform);

const api: ParseWorkerApi = {
  parse: (job, onProgress) => parseWorkerJob(job, onProgress),
  readLayout: (job) => loadLetter(new Uint8Array(job.bytes), loadOptions(job.password)),
};
expose(api);
