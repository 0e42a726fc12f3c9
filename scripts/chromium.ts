// How every script, benchmark and test here starts Chromium: Debian's build where it is installed
// (Playwright cannot download its own here), else Playwright's; and the flags that keep a headless
// browser from reaching for the network on its own (updates, sync, background services).
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutablePath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumLaunchOptions = { executablePath: chromiumExecutablePath, args: CHROMIUM_ARGS };
