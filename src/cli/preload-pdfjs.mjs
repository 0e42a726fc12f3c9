// Loaded with `--import` by every CLI parse process, before tsx. tsx rewrites each module that
// contains import() (to add CommonJS interop) and builds a source map for it: for pdf.js's 3 MB of
// modules that was about 1.2 s of start-up per process, on every run. Loaded here first, pdf.js is
// already in Node's module map when the TypeScript sources import it, so tsx never touches it.
// Plain JavaScript, since no TypeScript loader is in place yet. The order is the one pdf-text.ts keeps.
import { restoreEngineArrayPush } from '../document/native-array-push.js';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import 'pdfjs-dist/legacy/build/pdf.mjs';

restoreEngineArrayPush();
