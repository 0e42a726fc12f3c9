// Which files a CLI run reads: files named on the command line are always read (what they are is
// decided from their bytes); folders are walked recursively for the names the app takes too
// (document/letter-kinds.ts: letters, images of letters, .zip archives), skipping hidden entries.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isReadableName } from '../document/letter-kinds.ts';

export function findLetters(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isReadableName(entry.name)) files.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
