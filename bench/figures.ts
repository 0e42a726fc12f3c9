import { availableParallelism } from 'node:os';

export interface Figure {
  name: string;
  value: number | string;
  unit?: string;
}

export function printFigures(title: string, figures: Figure[]) {
  console.log(`\n${title} (machine: ${availableParallelism()} cores)`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const value = typeof f.value === 'number' ? (f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(2)) : f.value;
    console.log(`  ${f.name.padEnd(width)}  ${value}${f.unit ? ' ' + f.unit : ''}`);
  }
}
