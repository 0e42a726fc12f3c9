import type { LetterRecord } from '../extract/record.ts';

export interface ChildTask {
  index: number;
  path: string;
}

export interface ChildReply {
  index: number;
  record: LetterRecord;
}
