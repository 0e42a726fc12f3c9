// The app's Content-Security-Policy, and the Vite plugin that sends it. Letters hold medical details:
// nothing may leave the page, so every fetch, image, font and frame is limited to the app's own files,
// blob: and data:. A <meta> policy binds the page only; a worker loaded from a URL takes its policy
// from that URL's response headers. So the policy goes out as a header on every response of the dev
// server and of `vite preview`, in a <meta> tag of the built page (for a host that sends no header
// before the service worker has taken over), and on every response the service worker serves
// (offline-plugin.ts).
import { randomBytes } from 'node:crypto';
import type { Connect, Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' blob: data:",
  "connect-src 'self' blob: data:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The dev server's policy: the same, except that the inline script React's refresh injects runs under a
 * nonce made when the server starts (Vite writes it on the page's script tags: `html.cspNonce`). The
 * hot-reload socket is the server's own origin, which 'self' covers.
 */
export function devContentSecurityPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`);
}

const sendPolicy =
  (policy: string): Connect.NextHandleFunction =>
  (_req, res, next) => {
    res.setHeader('Content-Security-Policy', policy);
    next();
  };

export function contentSecurityPolicy(): Plugin {
  const nonce = randomBytes(18).toString('base64');
  return {
    name: 'imr-lens-csp',
    config: (_config, { command, isPreview }) => (command === 'serve' && !isPreview ? { html: { cspNonce: nonce } } : undefined),
    // Registered before every other middleware (this plugin is listed first), so no response leaves without it.
    configureServer: (server) => void server.middlewares.use(sendPolicy(devContentSecurityPolicy(nonce))),
    configurePreviewServer: (server) => void server.middlewares.use(sendPolicy(CONTENT_SECURITY_POLICY)),
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
                injectTo: 'head-prepend',
              },
            ],
    },
  };
}
