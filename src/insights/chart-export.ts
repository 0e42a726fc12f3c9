// A chart as a file: SVG with the theme's colours written in (a saved file has no stylesheet to read
// CSS variables from), and PNG drawn from that SVG on an offscreen canvas. Both stay in the page:
// blob: URLs only, which the Content-Security-Policy allows (img-src blob:). Above the chart, each
// carries its caption (export-caption.ts): title, n, the filters in force and the day of export.
import { downloadBlob } from '../export/download.ts';
import { captionLines, type ChartCaption } from './export-caption.ts';
import { textMeasure } from './plots.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The caption's layout, in the chart's px. */
const PAD = 12;
const TITLE_SIZE = 15;
const TITLE_LINE = 20;
const TEXT_SIZE = 12;
const TEXT_LINE = 16;

const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color'] as const;
const NEEDS_RESOLVING = /var\(|currentcolor/i;

/** A standalone SVG's text and size. */
export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** The chart's SVG as standalone text, under its caption: colours resolved, the card's background behind it, fonts named. */
export function standaloneSvg(svg: SVGSVGElement, caption: ChartCaption): StandaloneSvg {
  const chart = resolvedCopy(svg);
  const { width, height } = svg.viewBox.baseVal;
  const rootStyle = getComputedStyle(svg);
  const family = rootStyle.fontFamily;
  const { title, lines } = captionLines(
    caption,
    width - 2 * PAD,
    textMeasure(`600 ${TITLE_SIZE}px ${family}`),
    textMeasure(`${TEXT_SIZE}px ${family}`),
  );
  const top = PAD + title.length * TITLE_LINE + lines.length * TEXT_LINE + 4;
  const outer = element('svg', { xmlns: SVG_NS, width, height: top + height, viewBox: `0 0 ${width} ${top + height}`, role: 'img' });
  outer.style.fontFamily = family;
  const background = backgroundOf(svg);
  // The file's own name and description, for whoever opens it with a screen reader.
  outer.append(
    element('title', {}, caption.title),
    element('desc', {}, lines.join(' ')),
    element('rect', { width: '100%', height: '100%', fill: background }),
  );
  // Each line on its baseline, a few px above the bottom of its line's height.
  const fill = rootStyle.color;
  title.forEach((line, i) =>
    outer.append(element('text', { x: PAD, y: PAD + (i + 1) * TITLE_LINE - 5, 'font-size': TITLE_SIZE, 'font-weight': 600, fill }, line)),
  );
  const linesTop = PAD + title.length * TITLE_LINE;
  lines.forEach((line, i) =>
    outer.append(element('text', { x: PAD, y: linesTop + (i + 1) * TEXT_LINE - 4, 'font-size': TEXT_SIZE, fill }, line)),
  );
  chart.setAttribute('y', String(top));
  outer.append(chart);
  return { text: new XMLSerializer().serializeToString(outer), width, height: top + height };
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  // As text, never as markup: a filter may name a letter's words.
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A copy of the chart's SVG with its colours resolved and the card's background behind it. */
function resolvedCopy(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    const computed = getComputedStyle(original);
    for (const name of PAINT_ATTRIBUTES) {
      const value = copy.getAttribute(name);
      if (value && NEEDS_RESOLVING.test(value)) copy.setAttribute(name, computed.getPropertyValue(name));
    }
  });
  const rootStyle = getComputedStyle(svg);
  const { width, height } = svg.viewBox.baseVal;
  // Hidden in the page, where the card's table says the same (ChartCards.tsx); in the file, the
  // caption above it names the picture.
  clone.removeAttribute('aria-hidden');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.color = rootStyle.color;
  clone.style.fontFamily = rootStyle.fontFamily;
  clone.style.setProperty('--plot-background', backgroundOf(svg));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundOf(svg));
  clone.insertBefore(background, clone.firstChild);
  return clone;
}

/** The first opaque background behind the element (the card's), white when none is set. */
function backgroundOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

export function downloadSvg(svg: SVGSVGElement, name: string, caption: ChartCaption): void {
  downloadBlob(new Blob([standaloneSvg(svg, caption).text], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** PNG at twice the chart's size (sharp when printed or pasted into a slide). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart to a picture.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: SVGSVGElement, name: string, caption: ChartCaption): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, caption);
  downloadBlob(await svgToPng(text, width, height), `${name}.png`);
}
