// What the source view draws its pages from: a PDF (pdf.js, pdf-view.ts) or the images of a letter
// that is a scan (PNG, JPEG, multi-page TIFF). Loaded with import() when a letter is opened.
import type { PDFDocumentProxy } from './pdf-view.ts';

export interface PageSource {
  /** Draws page `index` (0-based) into `canvas`, `cssWidth` CSS pixels wide. */
  draw(index: number, canvas: HTMLCanvasElement, cssWidth: number): { promise: Promise<void>; cancel(): void };
  destroy(): void;
}

export function pdfPageSource(doc: PDFDocumentProxy): PageSource {
  return {
    draw(index, canvas, cssWidth) {
      let task: { cancel(): void; promise: Promise<void> } | null = null;
      let cancelled = false;
      const promise = (async () => {
        const [{ renderPage }, page] = await Promise.all([import('./pdf-view.ts'), doc.getPage(index + 1)]);
        if (cancelled) throw Object.assign(new Error('cancelled'), { name: 'RenderingCancelledException' });
        task = renderPage(page, canvas, cssWidth);
        await task.promise;
      })();
      return {
        promise,
        cancel: () => {
          cancelled = true;
          task?.cancel();
        },
      };
    },
    destroy: () => void doc.destroy(),
  };
}

/**
 * The pages of an image letter. `rotations` (clockwise degrees per page) are the turns OCR applied to
 * read a page upright: the page is drawn turned the same way, so highlights fall on its words.
 */
export async function imagePageSource(bytes: ArrayBuffer, rotations: readonly number[]): Promise<PageSource> {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const isTiff = (head[0] === 0x49 && head[1] === 0x49) || (head[0] === 0x4d && head[1] === 0x4d);
  const bitmaps: ImageBitmap[] = [];
  if (isTiff) {
    const UTIF = (await import('utif2')).default;
    for (const ifd of UTIF.decode(bytes).filter((i) => i['t256'] !== undefined && i['t257'] !== undefined)) {
      UTIF.decodeImage(bytes, ifd);
      const rgba = new Uint8ClampedArray(UTIF.toRGBA8(ifd));
      bitmaps.push(await createImageBitmap(new ImageData(rgba, ifd.width, ifd.height)));
    }
  } else {
    bitmaps.push(await createImageBitmap(new Blob([bytes])));
  }
  return {
    draw(index, canvas, cssWidth) {
      const bitmap = bitmaps[index];
      const promise = (async () => {
        if (!bitmap) throw new Error(`no page ${index + 1} in this image`);
        const rotation = rotations[index] ?? 0;
        const quarter = rotation % 180 !== 0;
        const w = quarter ? bitmap.height : bitmap.width;
        const h = quarter ? bitmap.width : bitmap.height;
        const scale = (cssWidth * Math.min(window.devicePixelRatio || 1, 2)) / w;
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        const ctx = canvas.getContext('2d')!;
        ctx.translate(canvas.width / 2, canvas.height / 2);
        ctx.rotate((rotation * Math.PI) / 180);
        ctx.drawImage(bitmap, (-bitmap.width * scale) / 2, (-bitmap.height * scale) / 2, bitmap.width * scale, bitmap.height * scale);
      })();
      return { promise, cancel: () => {} };
    },
    destroy: () => bitmaps.forEach((b) => b.close()),
  };
}
