// The engine version: which build of the code that turns a file into a record made that record. It
// is a hash of exactly what a record depends on, so it changes when a record could come out
// differently and at no other time, and nobody has to remember to bump it:
//   - the sources the parsers import, followed from their entry points (the app's parse worker, the
//     CLI's parse of one source) through the import graph (scripts/lint/import-graph.mjs), so page-only
//     code, tests and the CLI's output writers are left out;
//   - of the field catalogue, everything but the table's display settings (each line's `column: {…}`:
//     widths, shown by default, facets), which no record contains: widening a column must not make
//     every saved letter be read again;
//   - the release of every package those sources import (pdf.js, PDFium, tesseract.js and its data…).
// The app and the CLI are built with it (vite.config.ts, build-cli.mjs); a saved session re-reads the
// records an older engine made (session/restore-plan.ts).
//
// Plain JavaScript, so the CLI build and the Vite config can both run it before anything is compiled.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { importGraph } from './lint/import-graph.mjs';

/** Where a file becomes a record: the app's parse worker, the CLI's parse of one source, a failed file's record. */
export const RECORD_ENTRIES = ['src/parsing/worker/parse.worker.ts', 'src/cli/parse-source.ts', 'src/parsing/failed-record.ts'];

/** Packages a record depends on that no source imports by name: OCR's WebAssembly core and its English data, found by path. */
const DATA_PACKAGES = ['tesseract.js-core', '@tesseract.js-data/eng'];

/** The one file whose display settings are not part of a record. */
const CATALOGUE = 'src/extract/field-catalogue.ts';

/** The sources a record depends on: the entries and every file of src/ they import, directly or not, sorted. */
export function recordSources(root) {
  const srcDir = join(resolve(root), 'src');
  const graph = importGraph(srcDir);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph.get(file) ?? []) visit(next);
  };
  for (const entry of RECORD_ENTRIES) visit(join(resolve(root), entry));
  return [...seen].map((file) => relative(resolve(root), file).split(sep).join('/')).sort();
}

/** The packages a set of sources imports by name (`@scope/name` or `name`; Node's own modules left out). */
function packagesImported(texts) {
  const names = new Set();
  for (const text of texts) {
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith('.') || fileName.startsWith('node:')) continue;
      const parts = fileName.split('/');
      names.add(fileName.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...names].sort();
}

/** The catalogue's text without its lines' `column: {…}` settings (parsed, so formatting and comments inside them do not count either). */
export function catalogueWithoutDisplay(text) {
  const source = ts.createSourceFile(CATALOGUE, text, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const walk = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'column' && ts.isObjectLiteralExpression(node.initializer)) {
      cuts.push([node.initializer.getStart(source), node.initializer.getEnd()]);
      return;
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += text.slice(at, start) + '{}';
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The version: a short hash. `read` reads a file of the tree by its path from `root` (a test passes
 * one that changes a file, to see what changes the version).
 */
export function engineVersion(root, read = (file) => readFileSync(join(root, file), 'utf8')) {
  const files = recordSources(root);
  const texts = files.map((file) => (file === CATALOGUE ? catalogueWithoutDisplay(read(file)) : read(file)));
  const hash = createHash('sha256');
  for (const name of [...packagesImported(files.map(read)), ...DATA_PACKAGES]) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    hash.update(`${name} ${version}\n`);
  }
  files.forEach((file, i) => hash.update(`${file}\n`).update(texts[i]));
  return hash.digest('hex').slice(0, 12);
}
