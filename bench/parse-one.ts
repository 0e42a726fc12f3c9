// One letter parsed in this process exactly as a CLI parse process parses it (cli/parse-source.ts),
// so GNU time can give the parse's own peak memory (bench/bombs.ts). Prints the record's first problem.
import { parseSource } from '../src/cli/parse-source.ts';

const path = process.argv[2]!;
const record = await parseSource({ name: path.split('/').pop()!, path });
console.log(`${record.status}: ${record.problems[0]?.message ?? ''}`);
process.exit(0);
