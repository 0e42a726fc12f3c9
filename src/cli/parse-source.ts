// One letter source (a path, or bytes out of an archive) to its record, on the app's engine. Used by
// the CLI's parse processes and, for a run of one letter, by the CLI process itself.
import { readFile } from 'node:fs/promises';
import { sha256Hex } from '../document/sha256.ts';
import type { LetterRecord } from '../extract/record.ts';
import { parseLetter, setOcrPlatform, type ParseProgress } from '../parsing/worker/parse-letter.ts';
import { failedRecord } from '../parsing/failed-record.ts';
import { limitMessages } from '../limits/limits.ts';
import type { LetterSource } from './child-protocol.ts';
import { inflateInThread } from './in-thread-inflate.ts';
import { setPdfiumWasm } from '../document/pdfium-text.ts';
import { nodePdfiumWasm } from '../document/pdfium-wasm-node.ts';
import { setTextEngine } from '../document/pdf-text-engine.ts';
import { TEXT_ENGINE_VARIABLE } from './child-protocol.ts';

// Nothing else runs in a process that parses letters for the CLI (see in-thread-inflate.ts).
inflateInThread();
// Scans are read by OCR in Node, with the OCR code loaded only when one appears.
setOcrPlatform(async () => (await import('../document/ocr-platform-node.ts')).nodeOcrPlatform);
// PDF text is read by PDFium (pdfium.wasm from node_modules) unless the CLI was told --text-engine pdfjs.
setPdfiumWasm(nodePdfiumWasm);
if (process.env[TEXT_ENGINE_VARIABLE] === 'pdfjs') setTextEngine('pdfjs');

export async function parseSource(source: LetterSource, onProgress?: (progress: ParseProgress) => void): Promise<LetterRecord> {
  try {
    // A copy of exactly the letter's bytes, as its own ArrayBuffer (a Buffer may share a larger one).
    const bytes = new Uint8Array(source.bytes ?? (await readFile(source.path!)));
    return await parseLetter({ name: source.name, bytes: bytes.buffer }, onProgress);
  } catch (error) {
    const message = limitMessages.unreadable((error as Error).message);
    return failedRecord(source.name, await sha256Hex(new Uint8Array()), 'text', message, 'io');
  }
}
