// Invisible, selectable text over a drawn page, one element per text piece of the layout, placed by
// highlight-rects.ts (the one place offsets become page positions). Each carries `data-start`, so a
// selection of words on the page maps back to offsets of the canonical text (review/selection-offsets.ts).
// It takes the mouse only while the reviewer picks words (`.rv-picking`), so the highlights keep their hover.
import { memo, useMemo } from 'react';
import type { LoadedLetter } from '../document/load-letter.ts';
import { asPageFractions, highlightRects, type MeasureText } from '../document/highlight-rects.ts';

export const PageTextLayer = memo(function PageTextLayer({
  layout,
  page,
  width,
  measure,
}: {
  layout: Pick<LoadedLetter, 'text' | 'pieces' | 'pageSizes'>;
  page: number;
  /** The page's drawn width in CSS pixels. */
  width: number;
  measure: MeasureText | undefined;
}) {
  const size = layout.pageSizes[page]!;
  const scale = width / size.width;
  const runs = useMemo(
    () =>
      layout.pieces
        .filter((p) => p.page === page && p.end > p.start)
        .flatMap((piece) => {
          const rect = highlightRects(layout, [{ start: piece.start, end: piece.end }], measure)[0];
          if (!rect) return [];
          const text = layout.text.slice(piece.start, piece.end);
          return [{ piece, text, f: asPageFractions(rect, size), natural: measure ? measure(text) / 100 : text.length * 0.5 }];
        }),
    [layout, page, size, measure],
  );
  if (!width) return null;
  return (
    <div className="sv-textlayer">
      {runs.map(({ piece, text, f, natural }) => {
        const fontSize = piece.fontSize * scale;
        const stretch = natural > 0 ? (f.width * width) / (natural * fontSize) : 1;
        return (
          <span
            key={piece.start}
            data-start={piece.start}
            style={{ left: `${f.left * 100}%`, top: `${f.top * 100}%`, fontSize, transform: `scaleX(${stretch})` }}
          >
            {text}
          </span>
        );
      })}
    </div>
  );
});
