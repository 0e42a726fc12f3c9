// Which files a CLI run looks at: files named on the command line, and every file in the folders
// given (walked recursively), as the app takes a dropped folder: hidden files and OS clutter aside,
// what each file is is decided from its bytes (expand-archives.ts), and one that is no letter is
// named in a message, never silently passed over.
// Each file is named by its path relative to the folder it was found in (a file named alone, by its
// own name), so dir/a/letter.pdf and dir/b/letter.pdf are two letters with two names.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { isClutter } from '../intake/letter-candidates.ts';

export interface FoundFile {
  /** Where it is on disk. */
  path: string;
  /** The name its record carries: its path relative to the folder given, with "/" between folders. */
  name: string;
}

export function findLetters(paths: string[]): { files: FoundFile[]; missing: string[] } {
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, name: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, name });
  };
  const walk = (root: string, dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(root, path);
      else if (entry.isFile()) {
        const name = relative(root, path).split(sep).join('/');
        if (!isClutter(name)) add(path, name);
      }
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
    if (stat.isDirectory()) walk(path, path);
    else add(join(path), basename(path));
  }
  return { files, missing };
}
