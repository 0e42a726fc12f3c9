// PDFs written by hand at test time, to check how a text layer is read: text drawn invisible (render
// mode 3), in the page's colour, off the page, clipped away or covered, and a page image that says
// one thing under a text layer that says another. Minimal PDF syntax: Helvetica (a standard font, no
// embedding), one content stream a page, images as JPEG (DCTDecode takes the file's bytes as they are).

export interface CraftedImage {
  /** JPEG bytes. */
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface CraftedPage {
  width?: number;
  height?: number;
  /** The page's content stream; the font is /F1 (Helvetica), images /Im0, /Im1, … in `images` order. */
  content: string;
  images?: CraftedImage[];
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Escapes a string for a PDF literal `( … )`. */
export const pdfString = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Lines of text as a content stream: `q BT … ET Q` at (x, top baseline), `leading` apart, with extra operators before the text (colour, render mode). */
export function textLines(lines: readonly string[], { x = 72, y = 720, size = 11, leading = 15, before = '' } = {}): string {
  const shown = lines.map((line, i) => `${i === 0 ? '' : `0 ${-leading} Td `}${pdfString(line)} Tj`).join('\n');
  return `q BT ${before} /F1 ${size} Tf ${x} ${y} Td\n${shown}\nET Q`;
}

/** A PDF of the given pages. */
export function craftedPdf(pages: readonly CraftedPage[]): Uint8Array {
  const objects: (string | Uint8Array)[][] = [];
  const add = (...parts: (string | Uint8Array)[]) => objects.push(parts) + 2; // object numbers start at 3
  const pageRefs: number[] = [];
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const page of pages) {
    const images = (page.images ?? []).map((image) =>
      add(
        `<< /Type /XObject /Subtype /Image /Width ${image.widthPx} /Height ${image.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`,
        image.jpeg,
        '\nendstream',
      ),
    );
    const content = add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    const xobjects = images.map((ref, i) => `/Im${i} ${ref} 0 R`).join(' ');
    pageRefs.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 612} ${page.height ?? 792}] /Contents ${content} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R >> /XObject << ${xobjects} >> >> >>`,
      ),
    );
  }
  const all: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    [`<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`],
    ...objects,
  ];
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]!.length;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? latin1(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const offsets: number[] = [];
  all.forEach((parts, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    parts.forEach(push);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/** Points per inch; page images are drawn at 200 dpi, as the corpus's scans are. */
const IMAGE_SCALE = 200 / 72;
const LINE = { x: 72, y: 740, size: 11, leading: 15 };

/**
 * A one-page letter in the header-table layout, with one item decided `decision`, its rationale saying
 * so; `caseNumber` and the item's `request` may be changed. Our own wording, lines short enough to
 * stay on a US letter page at 11 pt.
 */
export function craftedLetterLines({
  decision = 'Upheld' as 'Upheld' | 'Overturned',
  caseNumber = 'CM26-0004417',
  request = 'Wrist splint for night use',
} = {}): string[] {
  const necessary = decision === 'Overturned' ? 'medically necessary' : 'not medically necessary';
  return [
    `Case Number: ${caseNumber}`,
    'Date Assigned: 11/02/2026',
    'Decision Date: 11/20/2026',
    'Date of Injury: 03/09/2025',
    'Priority: Standard',
    'UR Denial Date: 10/14/2026',
    'Application Received: 10/28/2026',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'The Expert Reviewer has the following credentials:',
    'State(s) of Licensure: Oregon',
    'Certification(s)/Specialty: Family Medicine',
    'CLINICAL CASE SUMMARY',
    'The injured worker is a 41 year old female who hurt her wrist at work',
    'on 03/09/2025. Diagnoses include a wrist sprain.',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    `${request}: ${decision}`,
    'Claims Administrator guideline: Decision based on MTUS Hand Complaints.',
    'MAXIMUS guideline: Decision based on MTUS Hand Complaints.',
    decision === 'Overturned'
      ? 'Decision rationale: Night splinting helped before and is advised for this'
      : 'Decision rationale: A splint was worn for months without any benefit,',
    `sprain, so the request is ${necessary}.`,
  ];
}

/** The letter's lines as a page image (JPEG, 200 dpi, black on white), laid out as `textLines` lays out text. */
export async function pageImage(lines: readonly string[]): Promise<CraftedImage> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const [widthPx, heightPx] = [Math.round(612 * IMAGE_SCALE), Math.round(792 * IMAGE_SCALE)];
  const canvas = createCanvas(widthPx, heightPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  ctx.fillStyle = '#000';
  ctx.font = `${LINE.size * IMAGE_SCALE}px "Liberation Sans"`;
  lines.forEach((line, i) => ctx.fillText(line, LINE.x * IMAGE_SCALE, (792 - LINE.y + i * LINE.leading) * IMAGE_SCALE));
  return { jpeg: new Uint8Array(await canvas.encode('jpeg', 92)), widthPx, heightPx };
}

/** The lines as a text layer at the places `pageImage` prints them; `before` sets its look (`3 Tr`: invisible). */
export const letterTextLayer = (lines: readonly string[], before = '') => textLines(lines, { ...LINE, before });

/**
 * A scanned page made searchable: the page `image`, with `layer` as an invisible text layer over it.
 * Honest when the layer says what the image prints; forged when it does not.
 */
export const searchableScan = (image: CraftedImage, layer: readonly string[]): Uint8Array =>
  craftedPdf([{ content: `q 612 0 0 792 0 0 cm /Im0 Do Q\n${letterTextLayer(layer, '3 Tr')}`, images: [image] }]);
