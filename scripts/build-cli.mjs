// Builds the CLI (`npm run extract`) into dist-cli/: plain JavaScript that Node runs directly, with
// no TypeScript loader at run time. One bundle for the parent (walks folders, hands out files,
// writes records) and one for the parse processes (pdf.js and the extractor). pdf.js is bundled too,
// so module evaluation keeps the order pdf-text.ts sets (native-array-push.js before pdf.js's
// polyfills) and no loader ever rewrites it.
//
//   node scripts/build-cli.mjs             build
//   node scripts/build-cli.mjs --if-stale  build only when a source the last build read has changed
//
// Plain JavaScript itself, so it runs before anything is compiled.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-cli');
const inputsFile = join(outdir, 'inputs.json');

/** The last build is fresh when it exists and none of the files it was built from is newer. */
function isFresh() {
  if (!existsSync(inputsFile)) return false;
  const { builtAt, inputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.every((input) => {
    try {
      return statSync(join(root, input)).mtimeMs <= builtAt;
    } catch {
      return false;
    }
  });
}

if (process.argv.includes('--if-stale') && isFresh()) process.exit(0);

// Loaded only to build: `npm run extract` checks freshness first on every start, and loading esbuild
// and the engine-version hash took longer than the check itself.
const { build } = await import('esbuild');
const { engineVersion } = await import('./engine-version.mjs');

const builtAt = Date.now();
// Chunk names carry hashes: a fresh folder, so no chunk of an older build lingers.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { extract: 'src/cli/extract.ts', 'extract-child': 'src/cli/extract-child.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code both bundles use is shared in chunks (the parent never loads pdf.js: every letter, a lone one
  // too, is read in a parse process).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  // Left in node_modules: native canvases (@napi-rs/canvas, also what pdf.js draws scans with), and
  // tesseract.js, which finds its worker script, WebAssembly core and data next to its own files.
  external: ['@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/eng'],
  // Bundled CommonJS dependencies (papaparse) call require(); an ES module has none of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cliRequire } from 'node:module';\nconst require = __cliRequire(import.meta.url);",
  },
  legalComments: 'none',
  define: { __IMR_LENS_ENGINE__: JSON.stringify(engineVersion(root)) },
  logLevel: 'warning',
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).concat('scripts/build-cli.mjs', 'package-lock.json');
writeFileSync(inputsFile, JSON.stringify({ builtAt, inputs }));
