// vitest globalSetup: the CLI's tests run it as users do, built (scripts/build-cli.mjs), so build it
// first when its sources changed.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { stdio: 'inherit' });
}
