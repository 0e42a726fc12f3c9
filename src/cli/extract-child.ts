// One CLI parse process: receives letters (paths, or bytes out of an archive), answers with their
// records, and with each OCR page read of a scan. One per core.
import type { ChildProgress, ChildReply, ChildTask } from './child-protocol.ts';
import { parseSource } from './parse-source.ts';

process.on('message', async (task: ChildTask) => {
  const record = await parseSource(task, (progress) => process.send!({ index: task.index, progress } satisfies ChildProgress));
  const reply: ChildReply = { index: task.index, record };
  process.send!(reply);
});
