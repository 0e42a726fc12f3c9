// npm run bench: figures for speed and size, printed (never asserted in tests).
// Usage: npm run bench [-- engine|extractor|bundle|app|table|insights|ocr|bombs|text-layer ...]   (default: all)
// `engine` prints the extractor's figure too; `extractor` prints only that one.
import { appParseFigures } from './app.ts';
import { bombFigures } from './bombs.ts';
import { bundleFigures } from './bundle.ts';
import { engineFigures } from './engine.ts';
import { extractorFigures } from './extractor.ts';
import { printFigures } from './figures.ts';
import { insightsFigures } from './insights.ts';
import { ocrFigures } from './ocr.ts';
import { tableFigures } from './table.ts';
import { textLayerFigures } from './text-layer.ts';

const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

if (want('engine')) printFigures('1. Engine (Node) beside pdftotext', await engineFigures());
if (want('engine') || want('extractor')) printFigures('2. The extractor alone', await extractorFigures());
// The bundle figures build the app, which the app figures then serve.
if (want('bundle') || want('app') || want('table') || want('insights'))
  printFigures('5. Built app JavaScript, gzipped', await bundleFigures());
if (want('app')) printFigures('3. The app in headless Chromium', await appParseFigures());
// BENCH_TABLE_COUNTS=10000 runs the table part at 10,000 letters only (default: 10,000 and 100,000).
const tableCounts = (process.env.BENCH_TABLE_COUNTS ?? '10000,100000').split(',').map(Number);
if (want('table')) await tableFigures(tableCounts);
if (want('insights')) printFigures('7. Insights with 10,000 letters', await insightsFigures());
if (want('ocr')) printFigures('6. OCR of scanned letters', await ocrFigures());
if (want('bombs')) printFigures('8. Hostile inputs through the CLI, each alone', bombFigures());
if (want('text-layer')) printFigures('9. Text layers checked against the printed page', await textLayerFigures());
