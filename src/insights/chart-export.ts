// A chart as a file: SVG with the theme's colours written in (a saved file has no stylesheet to read
// CSS variables from), and PNG drawn from that SVG on an offscreen canvas. Both stay in the page:
// blob: URLs only, which the Content-Security-Policy allows (img-src blob:).
import { downloadBlob } from '../export/download.ts';

const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color'] as const;
const NEEDS_RESOLVING = /var\(|currentcolor/i;

/** The chart's SVG as standalone text: colours resolved, the card's background behind it, fonts named. */
export function standaloneSvg(svg: SVGSVGElement): string {
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
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Hidden in the page only, where the card's table says the same (ChartCards.tsx).
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
  return new XMLSerializer().serializeToString(clone);
}

/** The first opaque background behind the element (the card's), white when none is set. */
function backgroundOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  downloadBlob(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
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

export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  downloadBlob(await svgToPng(standaloneSvg(svg), width, height), `${name}.png`);
}
