// No import cycle in src/, between files or between folders: the layers the boundary lint ranks hold
// for the whole graph, dynamic imports and workers included. Tests are leaves (nothing imports one),
// so they are in the file graph; the folder graph is the code's (a test may use test-support/, which
// sits above the layers it helps test).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript run by Node, typed by its use here.
import { cycles, folderGraph, importGraph } from './import-graph.mjs';

type Graph = Map<string, Set<string>>;
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const files: Graph = importGraph(SRC);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const relative = (parts: string[][]) => parts.map((part) => part.map((f) => path.relative(SRC, f)));

describe('the import graph of src/', () => {
  it('reads static, dynamic and type imports and workers started by URL', () => {
    const edges = (file: string) => [...(files.get(path.join(SRC, file)) ?? [])].map((f) => path.relative(SRC, f));
    expect(edges('parsing/page/parse-worker-client.ts')).toContain('parsing/worker/parse.worker.ts');
    expect(edges('app/SourcePane.tsx')).toContain('source-view/SourceView.tsx');
    expect(files.size).toBeGreaterThan(200);
  });

  it('has no cycle between files', () => {
    expect(relative(cycles(files) as string[][])).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders: Graph = folderGraph(SRC, files, (file: string) => !isTest(file));
    expect(folders.size).toBeGreaterThan(15);
    expect(cycles(folders)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph: Graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
