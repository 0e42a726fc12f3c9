// Figures 1 and 2: the engine on Node, one process per core, beside poppler's pdftotext; and the
// extractor alone on canonical text.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { extractLetter } from '../src/extract/extract-letter.ts';
import { parseFiles } from '../src/cli/run-pool.ts';
import { corpusPdfs, repeatTo } from './corpus.ts';
import type { Figure } from './figures.ts';

const cores = availableParallelism();

async function pdftotextAll(paths: string[], jobs: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      await new Promise<void>((resolve, reject) => {
        const child = spawn('pdftotext', ['-q', path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
        child.on('exit', () => resolve());
        child.on('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return (performance.now() - started) / 1000;
}

export async function engineFigures(letterCount = 1000): Promise<Figure[]> {
  const pdfs = corpusPdfs();
  if (pdfs.length === 0) return [{ name: 'engine', value: 'skipped: ../shared/corpus/letters not found' }];
  const paths = repeatTo(pdfs, letterCount);

  const started = performance.now();
  const records = await parseFiles(paths, { jobs: cores });
  const engineSeconds = (performance.now() - started) / 1000;
  const pages = records.reduce((n, r) => n + r.pages, 0);
  const figures: Figure[] = [
    { name: `engine: full records, ${paths.length} letters (${pages} pages), ${cores} processes`, value: engineSeconds, unit: 's' },
    { name: 'engine: letters/s', value: paths.length / engineSeconds, unit: 'letters/s' },
    { name: 'engine: pages/s', value: pages / engineSeconds, unit: 'pages/s' },
  ];

  if (spawnSync('pdftotext', ['-v']).error) {
    figures.push({ name: 'pdftotext', value: 'skipped: pdftotext not installed (apt-get install poppler-utils)' });
  } else {
    const popplerSeconds = await pdftotextAll(paths, cores);
    figures.push(
      { name: `pdftotext: text only, same letters, ${cores} processes`, value: popplerSeconds, unit: 's' },
      { name: 'pdftotext: letters/s', value: paths.length / popplerSeconds, unit: 'letters/s' },
      { name: 'ratio: engine time / pdftotext time (target <= 1.5)', value: engineSeconds / popplerSeconds, unit: 'x' },
    );
  }

  // Figure 2: the extractor alone on canonical text, one core.
  const texts = records.slice(0, pdfs.length).map((r) => ({ text: r.text, pageStarts: r.pageStarts }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const t of texts) extractLetter(t.text, t.pageStarts);
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  figures.push({ name: 'extractor alone on canonical text, 1 core', value: (bytes * rounds) / seconds / 1e6, unit: 'MB/s' });
  return figures;
}
