// Builds the service worker (src/offline/service.worker.ts) into dist/sw.js once the app is written:
// it lists every file of dist/ (the page, its scripts and workers, pdf.js, PDFium's wasm, tesseract's
// worker, core and data under ocr/, the sample letters) to be cached on the first visit, and names
// the cache by a hash of their contents, so a new build replaces the cache whole and an unchanged one
// keeps it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
/** Not cached: source maps (only a debugger asks for them) and the service worker itself. */
const LEFT_OUT = (path: string) => path.endsWith('.map') || path === SERVICE_WORKER_FILE;

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The files to cache and the cache's name, from what the build wrote to `outDir`. */
export function precacheManifest(outDir: string): { files: string[]; cacheName: string } {
  const files = filesUnder(outDir).filter((path) => !LEFT_OUT(path));
  const hash = createHash('sha256');
  for (const path of files)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(outDir, path)));
  return { files, cacheName: `imr-lens-${hash.digest('hex').slice(0, 16)}` };
}

export function offlineServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'imr-lens-offline',
    apply: 'build',
    configResolved: (resolved) => void (config = resolved),
    // After every plugin wrote its files (the OCR assets, the licences, public/), so all are listed.
    closeBundle: {
      order: 'post',
      handler() {
        const outDir = config.build.outDir;
        const { files, cacheName } = precacheManifest(outDir);
        const built = buildSync({
          entryPoints: [join(config.root, 'src/offline/service.worker.ts')],
          bundle: true,
          write: false,
          format: 'iife',
          target: 'es2022',
          minify: true,
          define: {
            __PRECACHE__: JSON.stringify(files),
            __CACHE_NAME__: JSON.stringify(cacheName),
            __CONTENT_SECURITY_POLICY__: JSON.stringify(CONTENT_SECURITY_POLICY),
          },
        });
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), built.outputFiles[0]!.contents);
      },
    },
  };
}
