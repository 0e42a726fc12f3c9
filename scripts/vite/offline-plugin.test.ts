// The service worker caches every file the build wrote but source maps and itself, under a name that
// changes exactly when a file does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheManifest } from './offline-plugin.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'imr-lens-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the precache manifest', () => {
  it('lists every file of the build in every folder, but source maps and the service worker', () => {
    const out = build({
      'index.html': '<html>',
      'sw.js': 'old',
      'assets/index-abc.js': 'js',
      'assets/index-abc.js.map': '{}',
      'assets/pdfium-x.wasm': 'wasm',
      'ocr/eng.traineddata.gz': 'data',
      'samples/a.pdf': '%PDF',
    });
    expect(precacheManifest(out).files).toEqual([
      'assets/index-abc.js',
      'assets/pdfium-x.wasm',
      'index.html',
      'ocr/eng.traineddata.gz',
      'samples/a.pdf',
    ]);
  });

  it('names the cache by the files and their contents', () => {
    const first = precacheManifest(build({ 'index.html': 'one', 'ocr/worker.min.js': 'w' })).cacheName;
    rmSync(dir, { recursive: true });
    const same = precacheManifest(build({ 'index.html': 'one', 'ocr/worker.min.js': 'w' })).cacheName;
    rmSync(dir, { recursive: true });
    const changed = precacheManifest(build({ 'index.html': 'one', 'ocr/worker.min.js': 'w2' })).cacheName;
    expect(first).toMatch(/^imr-lens-[0-9a-f]{16}$/);
    expect(same).toBe(first);
    expect(changed).not.toBe(first);
  });
});
