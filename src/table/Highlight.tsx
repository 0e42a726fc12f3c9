// Search matches marked inside a cell: the text split around each case-insensitive occurrence of the
// search, the matches as <mark> elements built by React (letter text is never injected as HTML).
import type { ReactNode } from 'react';

/** [text, isMatch] pieces of `text` around each occurrence of `needle` (already lower-cased and trimmed). */
export function splitMatches(text: string, needle: string): [string, boolean][] {
  if (!needle) return [[text, false]];
  const lower = text.toLowerCase();
  const pieces: [string, boolean][] = [];
  let at = 0;
  // Lower-casing keeps the length of almost every string; when it does not, no marking is safer than wrong marking.
  if (lower.length !== text.length) return [[text, false]];
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, at)) {
    if (i > at) pieces.push([text.slice(at, i), false]);
    pieces.push([text.slice(i, i + needle.length), true]);
    at = i + needle.length;
  }
  if (at < text.length) pieces.push([text.slice(at), false]);
  return pieces;
}

export function Highlight({ text, needle }: { text: string; needle: string }): ReactNode {
  const pieces = splitMatches(text, needle);
  if (pieces.length === 1 && !pieces[0]![1]) return text;
  return pieces.map(([piece, match], i) =>
    match ? (
      <mark key={i} className="search-hit">
        {piece}
      </mark>
    ) : (
      piece
    ),
  );
}
