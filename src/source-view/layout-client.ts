// The source view's own parse worker, created on first use and kept: it re-reads a letter's bytes to
// get the canonical text with its map back to page positions (ParseWorkerApi.readLayout). It is a
// dedicated instance so that opening a letter never waits behind a batch of parsing in the pool.
import { wrap, transfer, type Remote } from 'comlink';
import type { LoadedLetter } from '../document/load-letter.ts';
import type { ParseWorkerApi } from '../parsing/protocol.ts';

let api: Remote<ParseWorkerApi> | null = null;

function layoutWorker(): Remote<ParseWorkerApi> {
  if (!api) {
    const worker = new Worker(new URL('../parsing/worker/parse.worker.ts', import.meta.url), { type: 'module', name: 'imr-lens-layout' });
    api = wrap<ParseWorkerApi>(worker);
  }
  return api;
}

/** The letter's canonical text and text pieces. `bytes` is copied, so the caller keeps its buffer. */
export async function readLayout(name: string, bytes: ArrayBuffer): Promise<LoadedLetter> {
  const copy = bytes.slice(0);
  return layoutWorker().readLayout(transfer({ name, bytes: copy }, [copy]));
}
