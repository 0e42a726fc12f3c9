import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { fileURLToPath, URL } from 'node:url';
import boundaries from './scripts/lint/feature-boundaries.mjs';

/**
 * Which folders of src/ and which packages each feature may import: an allow-list, read by
 * scripts/lint/feature-boundaries.mjs. Adding an edge here is a design decision; say why beside it.
 */
export const zones = {
  // Pure: text in, record out. Nothing outside itself, no package (its tsconfig lib keeps the DOM out).
  extract: { features: [], packages: [], testPackages: ['fast-check'] },
  samples: { features: ['extract'], packages: [], testFeatures: ['parsing'] },
  // Text and positions from PDFs and images: pdf.js, OCR, decoding. Knows records only by type.
  document: {
    // parsing/limits.ts: every limit and the words a user reads when one is hit, in one place.
    features: ['extract', 'parsing'],
    packages: ['pdfjs-dist', '@embedpdf/pdfium', '@napi-rs/canvas', 'tesseract.js', 'utif2', 'node:*'],
    // Tests: OCR confidence is checked against the parse worker's review of it, and pdf.js's safe
    // options against every place that opens a document (the source view's included).
    testFeatures: ['parsing', 'source-view'],
  },
  // The parse workers and the queue that feeds them.
  parsing: { features: ['document', 'extract', 'session', 'store'], packages: ['comlink'] },
  intake: { features: ['document', 'parsing', 'session', 'store'], packages: ['comlink', 'fflate'] },
  // State: what the user has and sees. Never persistence or parsing (those subscribe to it).
  store: { features: ['extract', 'review', 'table'], packages: ['zustand', '@tanstack/react-table'] },
  session: { features: ['extract', 'parsing', 'review', 'store'], packages: ['idb-keyval'] },
  review: { features: ['export', 'extract', 'store', 'table'], packages: ['react'] },
  // Writes files from headers and rows; it never sees the table instance.
  export: { features: ['extract', 'review', 'store'], packages: ['papaparse'] },
  table: {
    features: ['export', 'extract', 'insights', 'review', 'store'],
    // Proof tests that span features: a field added to the catalogue reaches the source view's list,
    // and the app's CSV equals the CLI's.
    testFeatures: ['source-view', 'cli', 'parsing'],
    testPackages: ['papaparse'],
    packages: ['react', 'zustand', '@tanstack/react-table', '@tanstack/react-virtual'],
  },
  insights: { features: ['export', 'extract', 'store', 'table'], packages: ['react', '@observablehq/plot', 'papaparse'] },
  'source-view': { features: ['document', 'extract', 'parsing', 'review', 'store'], packages: ['react', 'comlink', 'utif2', 'pdfjs-dist'] },
  app: {
    // document/letter-kinds.ts: the file picker accepts what the readers read.
    features: ['document', 'export', 'extract', 'insights', 'intake', 'parsing', 'review', 'session', 'source-view', 'store', 'table'],
    packages: ['react', 'react-dom', '@tanstack/react-table', '@tanstack/react-virtual'],
  },
  // The batch CLI runs the same parse core in Node.
  // table/: the one CSV schema and the rows it is written from, so the CLI's CSV is the app's.
  cli: {
    features: ['document', 'export', 'extract', 'intake', 'parsing', 'samples', 'table'],
    packages: ['node:*', 'fflate', 'papaparse'],
  },
  // The service worker: the offline copy of the app and the policy on everything it serves. Nothing of the app.
  offline: { features: [], packages: [] },
  'test-support': {
    features: ['extract', 'parsing', 'review', 'store', 'table'],
    // fflate: hostile archives built at test time (hostile-files.ts).
    packages: ['@tanstack/react-table', '@tanstack/table-core', 'fflate'],
  },
};

/** What any test file may import besides its zone: the test runner, test helpers and shared fixtures. */
const testing = { features: ['test-support'], packages: ['vitest', 'fast-check', 'node:*'] };

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
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
      'imr/feature-boundaries': ['error', { srcDir: fileURLToPath(new URL('./src', import.meta.url)), zones, testing }],
    },
  },
);
