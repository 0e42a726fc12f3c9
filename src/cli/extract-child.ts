// One CLI worker process: receives letters (paths, or bytes out of an archive), answers with their
// records. One per core.
import { readFile } from 'node:fs/promises';
import { sha256Hex } from '../document/sha256.ts';
import { parseLetter, setOcrPlatform } from '../parsing/worker/parse-letter.ts';
import { failedRecord } from '../parsing/failed-record.ts';
import type { ChildProgress, ChildReply, ChildTask } from './child-protocol.ts';
import { inflateInThread } from './in-thread-inflate.ts';

inflateInThread();
setOcrPlatform(async () => (await import('../document/ocr-platform-node.ts')).nodeOcrPlatform);

process.on('message', async (task: ChildTask) => {
  let reply: ChildReply;
  try {
    // A copy of exactly the letter's bytes, as its own ArrayBuffer (a Buffer may share a larger one).
    const bytes = new Uint8Array(task.bytes ?? (await readFile(task.path!)));
    const record = await parseLetter({ name: task.name, bytes: bytes.buffer }, (progress) => {
      process.send!({ index: task.index, progress } satisfies ChildProgress);
    });
    reply = { index: task.index, record };
  } catch (error) {
    const message = `Could not read the file: ${(error as Error).message}`;
    reply = { index: task.index, record: failedRecord(task.name, await sha256Hex(new Uint8Array()), 'text', message, 'io') };
  }
  process.send!(reply);
});
