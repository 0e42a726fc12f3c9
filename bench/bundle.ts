// Figure 5: the built app's JavaScript, gzipped: what loads before pdf.js is needed, and all of it.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures.ts';

const DIST = resolve(import.meta.dirname, '../dist');

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The entry chunk and every chunk it imports statically (modulepreload links and the entry script). */
function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

export async function bundleFigures(): Promise<Figure[]> {
  execSync('npx vite build --logLevel error', { stdio: 'inherit', cwd: resolve(import.meta.dirname, '..') });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = initialScripts(html).reduce((n, f) => n + gz(join(DIST, f)), 0);
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    .reduce((n, f) => n + gz(join(DIST, 'assets', f)), 0);
  return [
    { name: 'initial JavaScript, gzipped (target < 250 KB)', value: initial / 1024, unit: 'KB' },
    { name: 'all JavaScript incl. workers and pdf.js, gzipped', value: all / 1024, unit: 'KB' },
  ];
}
