// npm run bench: figures for speed and size, printed (never asserted in tests).
// Usage: npm run bench [-- engine|bundle|app|table ...]   (default: all)
import { bundleFigures } from './bundle.ts';
import { engineFigures } from './engine.ts';
import { printFigures } from './figures.ts';

const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

if (want('engine')) printFigures('1-2. Engine (Node) beside pdftotext; extractor alone', await engineFigures());
if (want('bundle')) printFigures('5. Built app JavaScript, gzipped', await bundleFigures());
