// One CLI parse process: receives letters (paths, or bytes out of an archive), answers with their
// records. One per core.
import type { ChildReply, ChildTask } from './child-protocol.ts';
import { parseSource } from './parse-source.ts';

process.on('message', async (task: ChildTask) => {
  const reply: ChildReply = { index: task.index, record: await parseSource(task) };
  process.send!(reply);
});
