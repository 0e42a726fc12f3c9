// The import graph of src/: every file and what it imports (static and dynamic imports, `import type`,
// `export … from`, and a worker or asset started with `new URL('…', import.meta.url)`), read with
// TypeScript's own pre-processor and resolved against the importing file, as the boundary lint does.
// `cycles` finds the strongly connected parts of a graph: a file or folder graph without cycles has none.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mjs|js)$/;
const NEW_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? filesUnder(full) : SOURCE.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The file an import names (a module written with its extension, or a folder of assets), or null outside the tree. */
function resolve(from, spec) {
  const target = path.resolve(path.dirname(from), spec.split('?')[0]);
  if (existsSync(target) && statSync(target).isFile()) return target;
  for (const ext of ['.ts', '.tsx', '.js', '.mjs']) if (existsSync(target + ext)) return target + ext;
  // A `.mjs` a build makes from a `.ts` (the CLI's child process).
  const ts_ = target.replace(/\.mjs$/, '.ts');
  return existsSync(ts_) ? ts_ : null;
}

/** Every file of `srcDir` with the files of `srcDir` it imports. */
export function importGraph(srcDir) {
  const graph = new Map();
  for (const file of filesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const specs = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    for (const m of text.matchAll(NEW_URL)) specs.push(m[1]);
    const targets = new Set();
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(file, spec);
      if (target && target.startsWith(srcDir + path.sep) && target !== file) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The graph of the folders of src/ (a file at src/'s top is its own node): an edge where a file of one imports a file of another. */
export function folderGraph(srcDir, files, include = () => true) {
  const folder = (file) => path.relative(srcDir, file).split(path.sep)[0];
  const graph = new Map();
  for (const [file, targets] of files) {
    if (!include(file)) continue;
    const from = folder(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of targets) if (folder(target) !== from) graph.get(from).add(folder(target));
  }
  return graph;
}

/** The cycles of a graph: each strongly connected part of more than one node (Tarjan), as its nodes. */
export function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const part = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
