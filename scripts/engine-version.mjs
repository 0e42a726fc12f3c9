// The engine version: which build of the code that turns a file into a record made that record. It
// is a hash of every source a record depends on (bytes to text, text to record) and of the releases
// of the two PDF text engines (pdf.js, and PDFium as @embedpdf/pdfium), so it changes exactly when a
// record could come out differently, and nobody has to remember to bump it. The app and the CLI are built with it (vite.config.ts, build-cli.mjs);
// a saved session re-parses records an older engine made.
//
// Plain JavaScript, so the CLI build and the Vite config can both run it before anything is compiled.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders whose sources decide a record; tests and page-only code are left out. */
const RECORD_SOURCES = ['src/extract', 'src/document', 'src/parsing/worker'];
const EXTRA_FILES = ['src/parsing/failed-record.ts', 'src/parsing/protocol.ts'];

function sourcesUnder(root, folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(relative(root, path));
    }
  };
  walk(join(root, folder));
  return out;
}

export function engineVersion(root) {
  const files = RECORD_SOURCES.flatMap((folder) => sourcesUnder(root, folder))
    .concat(EXTRA_FILES)
    .sort();
  const hash = createHash('sha256');
  for (const engine of ['pdfjs-dist', '@embedpdf/pdfium']) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', engine, 'package.json'), 'utf8'));
    hash.update(`${engine} ${version}\n`);
  }
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 12);
}
