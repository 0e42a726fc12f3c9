// The engine version changes exactly when a record could come out differently: a rule, a label the
// problems quote, a parser; not a column's width, not page-only code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueWithoutDisplay, engineVersion, recordSources } from './engine-version.mjs';

const root = join(import.meta.dirname, '..');
const CATALOGUE = 'src/extract/field-catalogue.ts';
const readTree = (file: string) => readFileSync(join(root, file), 'utf8');
/** The tree with one file changed. */
const changed = (target: string, change: (text: string) => string) => (file: string) =>
  file === target ? change(readTree(file)) : readTree(file);

describe('engine version', () => {
  const version = engineVersion(root);

  it('follows the parsers through their imports and leaves out the views, the CLI output and the tests', () => {
    const sources = recordSources(root);
    expect(sources).toContain('src/extract/extract-letter.ts');
    expect(sources).toContain('src/document/pdfium-text.ts');
    expect(sources).toContain('src/document/ocr-platform-node.ts');
    expect(sources).toContain('src/parsing/worker/parse-letter.ts');
    expect(sources.filter((f) => /^src\/(table|app|insights|review|rows|export|store)\//.test(f))).toEqual([]);
    expect(sources).not.toContain('src/cli/record-output.ts');
    expect(sources.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });

  it('does not change when a column is widened or shown by default', () => {
    const widened = changed(CATALOGUE, (text) => text.replace('column: { width: 260, visible: true }', 'column: { width: 420 }'));
    expect(widened(CATALOGUE)).not.toBe(readTree(CATALOGUE));
    expect(engineVersion(root, widened)).toBe(version);
  });

  it('changes when a label the problems quote changes', () => {
    const relabelled = changed(CATALOGUE, (text) => text.replace("label: 'Case number'", "label: 'IMR case number'"));
    expect(relabelled(CATALOGUE)).not.toBe(readTree(CATALOGUE));
    expect(engineVersion(root, relabelled)).not.toBe(version);
  });

  it('changes when a rule or a parser changes', () => {
    expect(
      engineVersion(
        root,
        changed('src/extract/necessity.ts', (t) => `${t}\n// a changed rule\n`),
      ),
    ).not.toBe(version);
    expect(
      engineVersion(
        root,
        changed('src/document/decode-text.ts', (t) => `${t}\n// a changed reader\n`),
      ),
    ).not.toBe(version);
  });

  it('cuts only the column settings from the catalogue', () => {
    const line = "item({ key: 'x', label: 'X', column: { width: 1, facet: true } }),";
    expect(catalogueWithoutDisplay(line)).toBe("item({ key: 'x', label: 'X', column: {} }),");
  });
});
