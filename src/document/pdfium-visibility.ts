// Whether a character of a page's text layer is printed, from PDFium's page objects: a forged letter
// can say one thing on its page and another in text a reader never sees. Text is not printed when its
// render mode draws nothing (3, 7), when it lies outside the page's box or its clipping path, when an
// opaque image or filled rectangle is drawn over it afterwards, or when it is painted in the colour of
// what lies under it (white on a white page). Decided per text object (mode, colours, clip) and per
// character box (where it sits), so it costs little beside reading the characters.
import type { HiddenReason } from './page-runs.ts';
import type { PdfiumExports } from './pdfium-exports.ts';

// FPDFPageObj_GetType values (fpdf_edit.h).
const PAGEOBJ_TEXT = 1;
const PAGEOBJ_PATH = 2;
const PAGEOBJ_IMAGE = 3;
const PAGEOBJ_FORM = 5;
// FPDFPathSegment_GetType: a Bézier curve (a rounded shape's box is not what it covers).
const SEGMENT_BEZIER = 1;

/** Text render modes (PDF 32000 9.3.6) that paint nothing: 3 invisible, 7 add to the clip only. */
const PAINTS_NOTHING = new Set([3, 7]);
/** Modes that paint the outline only (stroke colour); 2 and 6 paint both, the rest fill only. */
const STROKE_ONLY = new Set([1, 5]);
const FILL_AND_STROKE = new Set([2, 6]);

/** Colours closer than this on every channel (0-255) cannot be told apart on a page. */
const SAME_COLOUR = 24;
/** An alpha below this is transparent. */
const TRANSPARENT_ALPHA = 8;

export interface Rect {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** What is drawn over (or under) text: an opaque image, or a filled rectangle of one colour. */
interface Paint {
  order: number;
  rect: Rect;
  /** 0xRRGGBB of a fill; null for an image (its colours are not known here). */
  colour: number | null;
}

/** What a text object draws with, asked once per object. */
export interface TextLook {
  order: number;
  paintsNothing: boolean;
  /** The colours its glyphs are painted in (0xRRGGBB), or null when they are transparent. */
  colours: number[] | null;
  clip: Rect | null;
}

const contains = (r: Rect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.bottom && y <= r.top;
const intersect = (a: Rect, b: Rect | null): Rect =>
  b
    ? {
        left: Math.max(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
        top: Math.min(a.top, b.top),
      }
    : a;
const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.top - r.bottom);
const near = (a: number, b: number) =>
  Math.abs((a >> 16) - (b >> 16)) < SAME_COLOUR &&
  Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) < SAME_COLOUR &&
  Math.abs((a & 255) - (b & 255)) < SAME_COLOUR;
const WHITE = 0xffffff;

export class PageVisibility {
  /** Share of the page the largest image covers. */
  readonly imageCover: number;
  private readonly order = new Map<number, number>();
  private readonly paints: Paint[] = [];
  private readonly looks = new Map<number, TextLook>();
  private lastObject = 0;
  private lastLook: TextLook | null = null;

  constructor(
    private readonly x: PdfiumExports,
    /** 64 bytes of scratch memory. */
    private readonly scratch: number,
    page: number,
    private readonly pageBox: Rect,
  ) {
    let next = 0;
    const walk = (count: number, get: (i: number) => number) => {
      for (let i = 0; i < count; i++) {
        const object = get(i);
        const type = x.FPDFPageObj_GetType(object);
        const order = next++;
        if (type === PAGEOBJ_TEXT) this.order.set(object, order);
        else if (type === PAGEOBJ_FORM) walk(x.FPDFFormObj_CountObjects(object), (k) => x.FPDFFormObj_GetObject(object, k));
        else if (type === PAGEOBJ_IMAGE || type === PAGEOBJ_PATH) this.notePaint(object, type, order);
      }
    };
    walk(x.FPDFPage_CountObjects(page), (i) => x.FPDFPage_GetObject(page, i));
    const pageArea = area(pageBox) || 1;
    this.imageCover = Math.min(
      1,
      Math.max(0, ...this.paints.filter((p) => p.colour === null).map((p) => area(intersect(p.rect, pageBox)) / pageArea)),
    );
  }

  /** Why a character of `textObject` with this box is not printed, or null when it is. */
  hiddenReason(textObject: number, box: Rect): HiddenReason | null {
    const cx = (box.left + box.right) / 2;
    const cy = (box.bottom + box.top) / 2;
    if (!contains(this.pageBox, cx, cy)) return 'off-page';
    const look = this.look(textObject);
    if (look.clip && !contains(look.clip, cx, cy)) return 'clipped';
    if (look.paintsNothing) return 'invisible';
    let under = WHITE as number | null;
    for (const paint of this.paints) {
      if (!contains(paint.rect, cx, cy)) continue;
      if (paint.order > look.order) return 'covered';
      under = paint.colour;
    }
    if (look.colours === null) return 'background';
    if (under !== null && look.colours.every((c) => near(c, under))) return 'background';
    return null;
  }

  private look(textObject: number): TextLook {
    // Characters come object by object: the last object's look is usually the one asked for.
    if (textObject === this.lastObject && this.lastLook) return this.lastLook;
    let look = this.looks.get(textObject);
    if (look) return this.remember(textObject, look);
    const x = this.x;
    const mode = x.FPDFTextObj_GetTextRenderMode(textObject);
    const colours: number[] = [];
    let transparent = true;
    const paint = (get: typeof x.FPDFPageObj_GetFillColor) => {
      const colour = this.colour(textObject, get);
      if (colour !== null) {
        colours.push(colour);
        transparent = false;
      }
    };
    if (!STROKE_ONLY.has(mode)) paint(x.FPDFPageObj_GetFillColor);
    if (STROKE_ONLY.has(mode) || FILL_AND_STROKE.has(mode)) paint(x.FPDFPageObj_GetStrokeColor);
    look = {
      // A text object inside a form whose place in the drawing order is not known is drawn last: nothing covers it.
      order: this.order.get(textObject) ?? Number.MAX_SAFE_INTEGER,
      paintsNothing: PAINTS_NOTHING.has(mode),
      colours: transparent ? null : colours,
      clip: this.clip(textObject),
    };
    this.looks.set(textObject, look);
    return this.remember(textObject, look);
  }

  private remember(textObject: number, look: TextLook): TextLook {
    this.lastObject = textObject;
    this.lastLook = look;
    return look;
  }

  /** 0xRRGGBB of an object's fill or stroke, or null when it is transparent (or not known). */
  private colour(object: number, get: PdfiumExports['FPDFPageObj_GetFillColor']): number | null {
    const s = this.scratch;
    if (!get(object, s, s + 4, s + 8, s + 12)) return null;
    const [r = 0, g = 0, b = 0, a = 255] = new Uint32Array(this.x.memory.buffer, s, 4);
    return a < TRANSPARENT_ALPHA ? null : (r << 16) | (g << 8) | b;
  }

  /** The box of an object's clipping path (the intersection of its paths' boxes), or null when it has none. */
  private clip(object: number): Rect | null {
    const x = this.x;
    const clip = x.FPDFPageObj_GetClipPath(object);
    if (!clip) return null;
    const paths = x.FPDFClipPath_CountPaths(clip);
    let box: Rect | null = null;
    for (let p = 0; p < paths; p++) {
      const segments = x.FPDFClipPath_CountPathSegments(clip, p);
      const pathBox = this.segmentsBox(segments, (k) => x.FPDFClipPath_GetPathSegment(clip, p, k));
      if (pathBox) box = intersect(pathBox, box);
    }
    return box;
  }

  private segmentsBox(count: number, get: (k: number) => number): Rect | null {
    if (count <= 0) return null;
    const s = this.scratch;
    const box: Rect = { left: Infinity, bottom: Infinity, right: -Infinity, top: -Infinity };
    for (let k = 0; k < count; k++) {
      this.x.FPDFPathSegment_GetPoint(get(k), s, s + 4);
      const [px = 0, py = 0] = new Float32Array(this.x.memory.buffer, s, 2);
      box.left = Math.min(box.left, px);
      box.right = Math.max(box.right, px);
      box.bottom = Math.min(box.bottom, py);
      box.top = Math.max(box.top, py);
    }
    return box;
  }

  /** Notes an opaque image, or a filled straight-edged shape of four corners (a rectangle), as a paint. */
  private notePaint(object: number, type: number, order: number) {
    const x = this.x;
    const s = this.scratch;
    if (x.FPDFPageObj_HasTransparency(object)) return;
    let colour: number | null = null;
    if (type === PAGEOBJ_PATH) {
      x.FPDFPath_GetDrawMode(object, s, s + 4);
      if (new Int32Array(x.memory.buffer, s, 1)[0] === 0) return; // stroked only: a line covers nothing
      const segments = x.FPDFPath_CountSegments(object);
      if (segments < 4 || segments > 5) return;
      for (let k = 0; k < segments; k++) if (x.FPDFPathSegment_GetType(x.FPDFPath_GetPathSegment(object, k)) === SEGMENT_BEZIER) return;
      colour = this.colour(object, x.FPDFPageObj_GetFillColor);
      if (colour === null) return;
    }
    if (!x.FPDFPageObj_GetBounds(object, s, s + 4, s + 8, s + 12)) return;
    const [left = 0, bottom = 0, right = 0, top = 0] = new Float32Array(x.memory.buffer, s, 4);
    this.paints.push({ order, rect: intersect({ left, bottom, right, top }, this.clip(object)), colour });
  }
}
