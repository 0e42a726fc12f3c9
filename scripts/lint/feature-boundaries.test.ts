// The layers are only worth having if lint fails on an import that goes up or round: these lint
// small pieces of code as if they sat in src/, with the project's real eslint.config.js.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, typed by its use here.
import { layers } from '../../eslint.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The feature-boundary messages ESLint gives `code` placed at `file` (relative to the repository). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'imr/feature-boundaries').map((m) => m.message);
}

const names = (layers as [string, { packages: string[] }][]).map(([name]) => name);

describe('feature boundaries', () => {
  it('the extractor imports nothing outside itself, at any depth', async () => {
    expect(await boundaryErrors('src/extract/new-rule.ts', "import { x } from '../document/pdf-text.ts';\nvoid x;\n")).toEqual([
      expect.stringContaining('extract/ (rank 1) may not import document/'),
    ]);
    expect(await boundaryErrors('src/extract/layouts/deep.ts', "import { x } from '../../store/app-store.ts';\nvoid x;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/extract/new-rule.ts', "import React from 'react';\nvoid React;\n")).toEqual([
      expect.stringContaining("may not import the package 'react'"),
    ]);
    expect(await boundaryErrors('src/extract/new-rule.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toHaveLength(
      1,
    );
  });

  it('every folder may import the folders below it and none above or beside it: no two folders can import each other', async () => {
    // Every ordered pair of layers, both ways: the lower may never import the higher.
    for (const [i, lower] of names.entries())
      for (const higher of names.slice(i + 1)) {
        const down = `import { x } from '../${lower}/x.ts';\nvoid x;\n`;
        const up = `import { x } from '../${higher}/x.ts';\nvoid x;\n`;
        expect(await boundaryErrors(`src/${higher}/y.ts`, down), `${higher} → ${lower}`).toEqual([]);
        expect(await boundaryErrors(`src/${lower}/y.ts`, up), `${lower} → ${higher}`).toHaveLength(1);
      }
  });

  it('sees every kind of import: re-exports, dynamic imports, types, and workers started by URL', async () => {
    expect(await boundaryErrors('src/store/x.ts', "export * from '../parsing/protocol.ts';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/store/x.ts', "const m = import('../parsing/page/parse-queue.ts');\nvoid m;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/rows/x.ts', "export type T = typeof import('../table/columns.tsx');\n")).toHaveLength(1);
    expect(
      await boundaryErrors('src/parsing/x.ts', "const w = new Worker(new URL('../table/x.worker.ts', import.meta.url));\nvoid w;\n"),
    ).toEqual([expect.stringContaining('parsing/ (rank')]);
    expect(
      await boundaryErrors(
        'src/table/x.ts',
        "const w = new Worker(new URL('../parsing/worker/parse.worker.ts', import.meta.url));\nvoid w;\n",
      ),
    ).toEqual([]);
  });

  it('the row core, the review model and the store import no React module', async () => {
    for (const folder of ['rows', 'review-model', 'insights-model', 'store'])
      expect(await boundaryErrors(`src/${folder}/x.ts`, "import { useMemo } from 'react';\nvoid useMemo;\n"), folder).toHaveLength(1);
    expect(
      await boundaryErrors('src/store/x.ts', "import type { SortingState } from '@tanstack/react-table';\nexport type S = SortingState;\n"),
    ).toHaveLength(1);
  });

  it('test files may use the test runner and test-support, but not reach up the layers', async () => {
    expect(
      await boundaryErrors(
        'src/extract/x.test.ts',
        "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';\nvoid it; void readFileSync;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/rows/x.test.ts', "import { fakeRecord } from '../test-support/test-records.ts';\nvoid fakeRecord;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/extract/x.test.ts', "import { readPdfRuns } from '../document/pdf-text.ts';\nvoid readPdfRuns;\n"),
    ).toHaveLength(1);
  });

  it('a folder that is in no layer is reported, so a new feature gets its rank', async () => {
    expect(await boundaryErrors('src/new-feature/x.ts', "import { x } from '../extract/record.ts';\nvoid x;\n")).toEqual([
      expect.stringContaining('add it to the layers'),
    ]);
  });

  it('lists no exception: a layer says only which packages it may use', () => {
    for (const [name, zone] of layers as [string, object][])
      expect(
        Object.keys(zone).filter((k) => k !== 'packages' && k !== 'testPackages'),
        name,
      ).toEqual([]);
  });
});
