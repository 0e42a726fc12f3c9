// Servers the policy tests start for themselves: a static host that sends no headers at all (to show
// the service worker brings the policy to any host), and a listener on another origin that counts
// who reached it (a request the policy let through would be counted, whatever CORS said after).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const DIST = resolve(import.meta.dirname, '../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

export interface Host {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const closer = (server: Server) => () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done())));

/** dist/ as a bare static host: a Content-Type and nothing else (no policy header). */
export async function startStaticHost(): Promise<Host> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return { url: await listen(server), close: closer(server) };
}

export interface Listener extends Host {
  /** Every path that reached it. */
  hits: string[];
}

/** Another origin (another port): answers anyone, with CORS open, so only the policy can stop a request. */
export async function startListener(): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('reached');
  });
  return { url: await listen(server), close: closer(server), hits };
}
