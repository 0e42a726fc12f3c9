// A parse worker: one per core, pdf.js runs inside it (see document/pdf-text.ts).
import { expose } from 'comlink';
import { loadLetter } from '../../document/load-letter.ts';
import { MAX_PDF_PAGES, type ParseWorkerApi } from '../protocol.ts';
import { parseWorkerJob } from './parse-letter.ts';

const api: ParseWorkerApi = {
  parse: parseWorkerJob,
  readLayout: (job) => loadLetter(new Uint8Array(job.bytes), { password: job.password, maxPages: MAX_PDF_PAGES }),
};
expose(api);
