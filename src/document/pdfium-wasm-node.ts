// PDFium in Node (the CLI, tests): pdfium.wasm is read from the installed @embedpdf/pdfium package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const nodePdfiumWasm = async () => new Uint8Array(await readFile(require.resolve('@embedpdf/pdfium/pdfium.wasm')));
