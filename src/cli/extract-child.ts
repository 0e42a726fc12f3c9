// One CLI worker process: receives file paths, answers with their records. One per core.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseLetter, failedRecord, sha256Hex } from '../parsing/worker/parse-letter.ts';
import type { ChildReply, ChildTask } from './child-protocol.ts';

process.on('message', async (task: ChildTask) => {
  let reply: ChildReply;
  try {
    const bytes = await readFile(task.path);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const record = await parseLetter({ name: basename(task.path), bytes: view.slice().buffer });
    reply = { index: task.index, record };
  } catch (error) {
    const message = `Could not read the file: ${(error as Error).message}`;
    reply = { index: task.index, record: failedRecord(basename(task.path), await sha256Hex(new Uint8Array()), 'text', message, 'io') };
  }
  process.send!(reply);
});
