// pdf.js's legacy build carries core-js, and on Node 20 (V8 11) core-js swaps the engine's
// Array.prototype.push for a JavaScript one: V8 there does not throw when push() with no items meets
// a read-only length, a corner pdf.js never touches. The swap slows every push in the process,
// pdf.js's per-glyph loops and our own code alike: it cost the engine about 13% of its time.
// Import this module before pdf.js, so it keeps the engine's push, and call restoreEngineArrayPush()
// once pdf.js has loaded (pdf-text.ts; the CLI's preload-pdfjs.mjs). Where core-js leaves push alone
// (current Chromium), it does nothing.
//
// Plain JavaScript (typed by native-array-push.d.ts) because the CLI's preload runs before any
// TypeScript loader is in place.
const enginePush = Array.prototype.push;

export function restoreEngineArrayPush() {
  if (Array.prototype.push === enginePush) return;
  Object.defineProperty(Array.prototype, 'push', { value: enginePush, writable: true, enumerable: false, configurable: true });
}
