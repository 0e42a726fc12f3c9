// One CLI parse process: receives letters (paths, or bytes out of an archive), answers with their
// records, and with each OCR page read of a scan. One per core.
import type { ChildProgress, ChildReply, ChildTask } from './child-protocol.ts';
import { parseSource } from './parse-source.ts';

// Ctrl-C reaches the whole process group: the parent decides what stops (it kills this process when
// it abandons the letter), so a letter is never failed as "crashed" by the key the user pressed.
process.on('SIGINT', () => {});
// The parent is gone (killed): nothing would ever read an answer.
process.on('disconnect', () => process.exit(0));

process.on('message', async (task: ChildTask) => {
  const record = await parseSource(task, (progress) => process.send!({ index: task.index, progress } satisfies ChildProgress));
  const reply: ChildReply = { index: task.index, record };
  process.send!(reply);
});
