// The feature boundaries are only worth having if lint fails on a forbidden import: these lint small
// pieces of code as if they sat in src/, with the project's real eslint.config.js.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The feature-boundary messages ESLint gives `code` placed at `file` (relative to the repository). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'imr/feature-boundaries').map((m) => m.message);
}

describe('feature boundaries', () => {
  it('the extractor imports nothing outside itself, at any depth', async () => {
    expect(await boundaryErrors('src/extract/new-rule.ts', "import { x } from '../document/pdf-text.ts';\nvoid x;\n")).toEqual([
      expect.stringContaining('extract/ may not import document/'),
    ]);
    expect(await boundaryErrors('src/extract/layouts/deep.ts', "import { x } from '../../store/app-store.ts';\nvoid x;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/extract/new-rule.ts', "import React from 'react';\nvoid React;\n")).toEqual([
      expect.stringContaining("may not import the package 'react'"),
    ]);
    expect(await boundaryErrors('src/extract/new-rule.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toHaveLength(
      1,
    );
  });

  it('the store imports neither the session nor the parsing', async () => {
    expect(
      await boundaryErrors('src/store/x.ts', "import { loadSession } from '../session/session-db.ts';\nvoid loadSession;\n"),
    ).toHaveLength(1);
    expect(await boundaryErrors('src/store/x.ts', "export * from '../parsing/protocol.ts';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/store/x.ts', "const m = import('../parsing/page/parse-queue.ts');\nvoid m;\n")).toHaveLength(1);
  });

  it('allows what the allow-list names, and imports inside a feature', async () => {
    expect(
      await boundaryErrors('src/store/x.ts', "import type { LetterRecord } from '../extract/record.ts';\nexport type R = LetterRecord;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/extract/layouts/deep.ts', "import type { Field } from '../record.ts';\nexport type F = Field;\n"),
    ).toEqual([]);
  });

  it('test files may use the test runner but not reach across features the zone forbids', async () => {
    expect(
      await boundaryErrors(
        'src/extract/x.test.ts',
        "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';\nvoid it; void readFileSync;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/extract/x.test.ts', "import { readPdfRuns } from '../document/pdf-text.ts';\nvoid readPdfRuns;\n"),
    ).toHaveLength(1);
  });

  it('a folder that is in no zone is reported, so a new feature gets its allow-list', async () => {
    expect(await boundaryErrors('src/new-feature/x.ts', "import { x } from '../extract/record.ts';\nvoid x;\n")).toEqual([
      expect.stringContaining('add this folder to the zones'),
    ]);
  });
});
