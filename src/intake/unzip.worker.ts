// Opening a .zip off the page's thread: inflating a big archive would otherwise freeze the UI.
import { expose, transfer } from 'comlink';
import { unzipLetters, type UnzipResult } from './unzip-letters.ts';

const api = {
  unzip(name: string, data: ArrayBuffer): UnzipResult {
    const result = unzipLetters(name, new Uint8Array(data));
    // Each buffer once: transferring the same buffer twice is an error.
    return transfer(result, [...new Set(result.letters.map((l) => l.bytes.buffer as ArrayBuffer))]);
  },
};
export type UnzipWorkerApi = typeof api;
expose(api);
