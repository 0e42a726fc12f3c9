import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { fileURLToPath, URL } from 'node:url';
import boundaries from './scripts/lint/feature-boundaries.mjs';

/**
 * The folders of src/ as layers, lowest first: a folder imports only from folders before it (the rank
 * is the place in this list), so no import goes up and no two folders import each other. Each names
 * the npm packages it may import. Moving a folder is a design decision; say why beside it.
 */
export const layers = [
  // Pure: text in, record out. Nothing outside itself, no package (its tsconfig lib keeps the DOM out).
  ['extract', { packages: [], testPackages: ['fast-check'] }],
  // Screen machinery no feature owns: the one keyboard shortcut registry, the layout state (drawers,
  // focus mode), the live region, the fold-out menu. Imports no other folder.
  ['ui', { packages: ['react', 'zustand'] }],
  // Every limit and time-out, and the words a user reads when one is hit: pure data, read by every reader.
  ['limits', { packages: [] }],
  // Writes files from headers and rows (CSV, a download); it never sees the table or the store.
  ['export', { packages: ['papaparse'] }],
  // Text and positions from PDFs and images: pdf.js, PDFium, OCR, decoding. Knows records only by type.
  ['document', { packages: ['pdfjs-dist', '@embedpdf/pdfium', '@napi-rs/canvas', 'tesseract.js', 'utif2', 'node:*'] }],
  // The row core: rows, the facts on their columns, filtering, sorting, counting, the CSV schema. Pure.
  ['rows', { packages: [] }],
  // The review as data: states, corrections, undo, the review file, and the review as a row feature. Pure.
  ['review-model', { packages: [] }],
  // What Insights registers with the rows (its facets) and reads of them. Pure.
  ['insights-model', { packages: [] }],
  // State: what the user has and sees. Never persistence or parsing (those subscribe to it).
  ['store', { packages: ['zustand'] }],
  // IndexedDB: the letters' bytes, their records, the saved view and review.
  ['storage', { packages: ['idb-keyval'] }],
  // The parse workers, the pool and the queue that feeds them.
  ['parsing', { packages: ['comlink'] }],
  // The sample letters we wrote and their answer keys (its tests read them through the parser).
  ['samples', { packages: [] }],
  // Saving and restoring the session: reads the store, re-reads stale letters through the parser.
  ['session', { packages: [] }],
  // Dropped files, folders and zips to letter candidates.
  ['intake', { packages: ['comlink', 'fflate'] }],
  // The app's rows: the row core with the review and Insights registered, over the store's letters.
  ['pipeline', { packages: [] }],
  // Hand-made records and TanStack's own table (the reference the row core is checked against), for tests.
  // fflate: hostile archives built at test time (hostile-files.ts).
  // Tests only: @napi-rs/canvas draws the page images of the PDFs crafted there (crafted-pdfs.ts).
  ['test-support', { packages: ['@tanstack/table-core', 'fflate', '@napi-rs/canvas'] }],
  ['source-view', { packages: ['react', 'comlink', 'utif2', 'pdfjs-dist'] }],
  // The table draws the cells its columns name; a feature's own cells are registered by the app.
  ['table', { packages: ['react', 'zustand', '@tanstack/react-table', '@tanstack/react-virtual'], testPackages: ['papaparse'] }],
  ['insights', { packages: ['react', '@observablehq/plot', 'papaparse'] }],
  ['review', { packages: ['react'] }],
  // The app shell composes the views (and registers the review's cells with the table).
  ['app', { packages: ['react', 'react-dom', '@tanstack/react-table', '@tanstack/react-virtual'] }],
  // The service worker: the offline copy of the app and the policy on everything it serves. It imports
  // nothing (it is bundled alone into sw.js by scripts/vite/offline-plugin.ts, which, like all of
  // scripts/, is outside src/ and these layers) and nothing imports it: the app registers it by URL.
  ['offline', { packages: [] }],
  // The batch CLI runs the same parse core and row core in Node.
  // hyparquet-writer and hyparquet: --format parquet (and --resume of it); DuckDB reads it back in tests.
  ['cli', { packages: ['node:*', 'fflate', 'papaparse', 'hyparquet-writer', 'hyparquet'], testPackages: ['@duckdb/node-api'] }],
];

/** What any test file may import besides its layer's: the test runner, and the test helpers (a layer of their own). */
const testing = { features: ['test-support'], packages: ['vitest', 'fast-check', 'node:*'] };

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript run by Node before anything is compiled (scripts/build-cli.mjs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { imr: boundaries },
    rules: {
      'imr/feature-boundaries': ['error', { srcDir: fileURLToPath(new URL('./src', import.meta.url)), layers, testing }],
    },
  },
);
