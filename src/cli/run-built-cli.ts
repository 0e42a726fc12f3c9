// How tests and the benchmark run the CLI: exactly as `npm run extract` does, the built JavaScript
// in a Node process of its own (see src/cli/cli-test-setup.ts and scripts/build-cli.mjs).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BUILT_CLI = fileURLToPath(new URL('../../dist-cli/extract.mjs', import.meta.url));

export function runBuiltCli(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
}
