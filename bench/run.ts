// npm run bench: figures for speed and size, printed (never asserted in tests).
// Usage: npm run bench [-- engine|extractor|bundle|app|table|insights|ocr|bombs ...]   (default: all)
// `engine` prints the extractor's figure too; `extractor` prints only that one.
import { appParseFigures, tableFigures } from './app.ts';
import { bombFigures } from './bombs.ts';
import { bundleFigures } from './bundle.ts';
import { engineFigures } from './engine.ts';
import { extractorFigures } from './extractor.ts';
import { printFigures } from './figures.ts';
import { insightsFigures } from './insights.ts';
import { ocrFigures } from './ocr.ts';

const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

if (want('engine')) printFigures('1. Engine (Node) beside pdftotext', await engineFigures());
if (want('engine') || want('extractor')) printFigures('2. The extractor alone', await extractorFigures());
// The bundle figures build the app, which the app figures then serve.
if (want('bundle') || want('app') || want('table') || want('insights'))
  printFigures('5. Built app JavaScript, gzipped', await bundleFigures());
if (want('app')) printFigures('3. The app in headless Chromium', await appParseFigures());
if (want('table')) printFigures('4. The table with 10,000 letters', await tableFigures());
if (want('insights')) printFigures('7. Insights with 10,000 letters', await insightsFigures());
if (want('ocr')) printFigures('6. OCR of scanned letters', await ocrFigures());
if (want('bombs')) printFigures('8. Hostile inputs through the CLI, each alone', bombFigures());
