// Node's DecompressionStream is web streams over zlib in the libuv thread pool. A letter is many small
// Flate streams (page contents, font programs), and for those the per-stream cost of that machinery
// (promises, stream queues, thread hand-offs) is more than the inflating itself. pdf.js inflates in
// its own thread, in JavaScript, whenever DecompressionStream is missing. On the shared corpus that
// took a CLI process from about 21.6 to 17.9 ms per letter, with the same text out (in-thread-inflate.test.ts).
// Only the CLI's parse processes call this: nothing else runs in them.
export function inflateInThread(): void {
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
}
