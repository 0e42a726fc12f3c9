// Developer aid: print the canonical text of letters (reads files in place; writes nothing).
import { readFileSync } from 'node:fs';
import { readPdfRuns } from '../src/document/pdf-text.ts';
import { layoutLetterText } from '../src/document/layout-text.ts';

for (const file of process.argv.slice(2)) {
  const pages = await readPdfRuns(new Uint8Array(readFileSync(file)));
  const { text } = layoutLetterText(pages);
  console.log(`===== ${file}\n${text.replace(/\f/g, '<<FF>>')}`);
}
