// The dev server sends the policy on every response (the page, a worker's module, tesseract's files
// under ocr/), and every inline script it writes into the page carries the nonce the policy allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
  // Starting Vite loads its config and plugins: seconds on a busy machine, past the 10 s default.
}, 120_000);
afterAll(() => server?.close());

describe('the dev server', () => {
  it.each(['', 'src/parsing/worker/parse.worker.ts?worker_file&type=module', 'ocr/worker.min.js'])(
    'sends the policy with /%s',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy')!;
      expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'wasm-unsafe-eval'/);
      // Everything else is the built app's policy.
      expect(policy.replace(/ 'nonce-[\w+/=]+'/, '')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('writes that nonce on every inline script of the page', async () => {
    const response = await fetch(base);
    const nonce = /'nonce-([\w+/=]+)'/.exec(response.headers.get('content-security-policy')!)![1];
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>(?!<\/script>)/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs!));
    expect(inline.length).toBeGreaterThan(0);
    for (const [, attrs] of inline) expect(attrs).toContain(`nonce="${nonce}"`);
  });
});

describe('the README', () => {
  it('gives hosts the policy the app is built with', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });
});
