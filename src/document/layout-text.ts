// Builds the one canonical text of a PDF letter from positioned runs, in reading order, and keeps
// the map from each stretch of that text back to the run it came from.
//
// Reading order: runs are grouped into lines by baseline, top to bottom, and ordered left to right.
// A line is cut into cells where a wide gap separates runs (the header table's columns). A header
// cell ending in ":" is a label and is followed by its value on the same output line, so the table
// reads "Case Number: CM16-0246487" / "Date of Injury: 10/10/2016", one pair a line. A label that
// wraps inside its cell ("Application" over "Received:") is joined back before pairing.
// A vertical gap clearly larger than the line spacing becomes a blank line (a paragraph break), and
// pages are separated by a line holding a form feed.
import type { LetterText, PageRuns, TextPiece, TextRun } from './page-runs.ts';

export const PAGE_BREAK = '\n\f\n';

/** Gap, in ems, between runs on one line above which they belong to different table cells. */
const CELL_GAP_EMS = 2;
/** Baselines closer than this (in ems) are on the same line. */
const SAME_LINE_EMS = 0.4;
/** A vertical step larger than this (in ems) between lines is a paragraph break. */
const PARAGRAPH_GAP_EMS = 1.8;

interface Cell {
  runs: TextRun[];
  x: number;
  end: number;
}

interface Line {
  y: number;
  fontSize: number;
  cells: Cell[];
}

export function layoutLetterText(pages: PageRuns[]): LetterText {
  const out = new TextBuilder();
  const pageStarts: number[] = [];
  pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) out.append(PAGE_BREAK);
    pageStarts.push(out.length);
    const lines = joinWrappedLabels(groupLines(page.runs));
    let previous: Line | undefined;
    for (const line of lines) {
      if (previous) {
        const step = previous.y - line.y;
        out.append(step > PARAGRAPH_GAP_EMS * Math.max(previous.fontSize, line.fontSize) ? '\n\n' : '\n');
      }
      writeLine(out, line, pageIndex);
      previous = line;
    }
  });
  return {
    text: out.text(),
    pageStarts: pages.length ? pageStarts : [0],
    pieces: out.pieces,
    pageSizes: pages.map(({ width, height, skew }) => (skew ? { width, height, skew } : { width, height })),
  };
}

function groupLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; fontSize: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= SAME_LINE_EMS * Math.max(last.fontSize, run.fontSize)) {
      last.runs.push(run);
      last.fontSize = Math.max(last.fontSize, run.fontSize);
    } else {
      lines.push({ y: run.y, fontSize: run.fontSize, runs: [run] });
    }
  }
  return lines.map((line) => ({ y: line.y, fontSize: line.fontSize, cells: splitCells(line.runs.sort((a, b) => a.x - b.x)) }));
}

function splitCells(runs: TextRun[]): Cell[] {
  const cells: Cell[] = [];
  for (const run of runs) {
    const cell = cells[cells.length - 1];
    if (cell && run.x - cell.end <= CELL_GAP_EMS * run.fontSize) {
      cell.runs.push(run);
      cell.end = Math.max(cell.end, run.x + run.width);
    } else {
      cells.push({ runs: [run], x: run.x, end: run.x + run.width });
    }
  }
  return cells;
}

const cellText = (cell: Cell) => cell.runs.map((r) => r.str).join(' ');
const isLabel = (cell: Cell) => cellText(cell).trimEnd().endsWith(':');

/**
 * A line holding a single label cell ("Received:") right under a cell in the same column that is
 * not yet a label ("Application") is the rest of that label: move it up and drop the line.
 */
function joinWrappedLabels(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (const line of lines) {
    const only = line.cells.length === 1 ? line.cells[0] : undefined;
    const above = kept[kept.length - 1];
    if (only && isLabel(only) && above && above.y - line.y <= 1.6 * line.fontSize) {
      const index = above.cells.findIndex((c) => Math.abs(c.x - only.x) < 2 && !isLabel(c));
      const host = above.cells[index];
      // Only inside a table row: the host must have a value cell after it on its line.
      if (host && index < above.cells.length - 1) {
        host.runs.push(...only.runs);
        continue;
      }
    }
    kept.push(line);
  }
  return kept;
}

function writeLine(out: TextBuilder, line: Line, page: number) {
  if (line.cells.length === 1) {
    writeCell(out, line.cells[0]!, page);
    return;
  }
  // A table row: each label with its value on a line of its own.
  line.cells.forEach((cell, i) => {
    if (i > 0) out.append(isLabel(line.cells[i - 1]!) ? ' ' : '\n');
    writeCell(out, cell, page);
  });
}

function writeCell(out: TextBuilder, cell: Cell, page: number) {
  let previous: TextRun | undefined;
  for (const run of cell.runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const spaced = /\s$/.test(previous.str) || /^\s/.test(run.str);
      // Runs that touch are one word split by the producer; a visible gap or a wrapped label is a space.
      if (!spaced && (gap > 0.15 * run.fontSize || run.y !== previous.y)) out.append(' ');
    }
    out.appendRun(run, page);
    previous = run;
  }
}

class TextBuilder {
  private parts: string[] = [];
  length = 0;
  readonly pieces: TextPiece[] = [];

  append(s: string) {
    this.parts.push(s);
    this.length += s.length;
  }

  appendRun(run: TextRun, page: number) {
    this.pieces.push({
      start: this.length,
      end: this.length + run.str.length,
      page,
      x: run.x,
      y: run.y,
      width: run.width,
      fontSize: run.fontSize,
      ...(run.confidence !== undefined ? { confidence: run.confidence } : {}),
    });
    this.append(run.str);
  }

  text() {
    return this.parts.join('');
  }
}
