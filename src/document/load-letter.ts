// Bytes in, canonical letter text out. What a file is comes from its first bytes, never its name:
// the first reader of LETTER_READERS that accepts the file reads it. A new file type is one reader
// module (see letter-reader.ts) added to that list.
import { PDF_MAGIC_WITHIN } from './letter-kinds.ts';
import { LetterLoadError, type LetterReader, type LoadedLetter, type LoadOptions } from './letter-reader.ts';
import { imageReader } from './readers/image-reader.ts';
import { pdfReader } from './readers/pdf-reader.ts';
import { textReader } from './readers/text-reader.ts';

export type { ImageFormat, LetterKind, LetterReader, LoadedLetter, LoadOptions } from './letter-reader.ts';
export { LetterLoadError } from './letter-reader.ts';

/** Asked in this order; text, which takes anything, last. */
export const LETTER_READERS: readonly LetterReader[] = [imageReader, pdfReader, textReader];

/** The reader for a file, by its first bytes (and its name, for a type only a name tells). */
export function readerFor(name: string, bytes: Uint8Array, readers: readonly LetterReader[] = LETTER_READERS): LetterReader {
  const head = bytes.subarray(0, PDF_MAGIC_WITHIN + 5);
  return readers.find((reader) => reader.accepts(name, head)) ?? textReader;
}

export async function loadLetter(
  bytes: Uint8Array,
  options: LoadOptions = {},
  { name = '', readers = LETTER_READERS }: { name?: string; readers?: readonly LetterReader[] } = {},
): Promise<LoadedLetter> {
  if (bytes.length === 0) throw new LetterLoadError('The file is empty.', 'unknown', 'empty');
  return readerFor(name, bytes, readers).read(bytes, options);
}
