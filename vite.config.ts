import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { engineVersion } from './scripts/engine-version.mjs';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts';
import { offlineServiceWorker } from './scripts/vite/offline-plugin.ts';

export { CONTENT_SECURITY_POLICY } from './scripts/vite/content-security-policy.ts';

const require = createRequire(import.meta.url);

/**
 * What OCR needs at run time, served from the app's own origin under ocr/ (see
 * document/ocr-platform-browser.ts): tesseract.js's worker script, its WebAssembly core (SIMD, LSTM
 * only; the .wasm.js build carries its wasm inside) and the English data. Fixed names, since
 * tesseract.js builds the data's URL from a folder and a language code.
 */
export const OCR_ASSETS: Record<string, string> = {
  'worker.min.js': 'tesseract.js/dist/worker.min.js',
  'tesseract-core-simd-lstm.wasm.js': 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'eng.traineddata.gz': '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
};

function ocrAssets(): Plugin {
  return {
    name: 'imr-lens-ocr-assets',
    // Dev server: any .../ocr/<file> (the parse worker asks relative to its own URL).
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /\/ocr\/([^/?#]+)/.exec(req.url ?? '')?.[1];
        const source = name ? OCR_ASSETS[name] : undefined;
        if (!source) return next();
        res.setHeader('Content-Type', name!.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        createReadStream(require.resolve(source)).pipe(res);
      });
    },
    generateBundle() {
      for (const [name, source] of Object.entries(OCR_ASSETS)) {
        this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: readFileSync(require.resolve(source)) });
      }
    },
  };
}

/**
 * The licences that must travel with files the build ships as they are: PDFium's (BSD-style and
 * Apache-2.0) and its WebAssembly build's (MIT), beside pdfium.wasm's copy in assets/.
 */
const PDFIUM_LICENCES: Record<string, string> = {
  'licences/pdfium.txt': 'LICENSE.pdfium',
  'licences/embedpdf-pdfium.txt': 'LICENSE',
};

function licences(): Plugin {
  return {
    name: 'imr-lens-licences',
    apply: 'build',
    generateBundle() {
      // The package exports its wasm (dist/pdfium.wasm), not its folder.
      const pkg = join(dirname(require.resolve('@embedpdf/pdfium/pdfium.wasm')), '..');
      for (const [fileName, source] of Object.entries(PDFIUM_LICENCES)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(join(pkg, source)) });
      }
    },
  };
}

export default defineConfig({
  // The policy first: its middleware puts the header on every response, the OCR assets' included.
  plugins: [contentSecurityPolicy(), react(), ocrAssets(), licences(), offlineServiceWorker()],
  // Records carry the engine version that made them; a saved session re-parses older ones.
  define: { __IMR_LENS_ENGINE__: JSON.stringify(engineVersion(import.meta.dirname)) },
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 3000 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['src/cli/cli-test-setup.ts'],
    setupFiles: ['src/test-support/unit-setup.ts'],
  },
});
