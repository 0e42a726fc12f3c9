// A selection in the source view as offsets into the letter's canonical text. The text pane and the
// pages' text layer both render runs of that text in elements carrying `data-start` (where the run
// starts in the text); a page break in the text pane is an element standing for one character ("\f").

/** The offset in the canonical text of a DOM position (node, offset), or null outside the letter's text. */
export function textOffsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const host = element?.closest('[data-start]');
  if (!host) {
    // A position between runs (on their container): the run at that position starts there.
    const child = node.nodeType === Node.ELEMENT_NODE ? node.childNodes[offset] : null;
    const start = child instanceof Element ? child.getAttribute('data-start') : null;
    return start === null ? null : Number(start);
  }
  const range = document.createRange();
  range.setStart(host, 0);
  range.setEnd(node, offset);
  const breaks = range.cloneContents().querySelectorAll('.sv-pagebreak').length;
  return Number(host.getAttribute('data-start')) + range.toString().length + breaks;
}

/** The current selection as [start, end) of the canonical text, when both its ends are inside `root`. */
export function selectionSpan(root: Element | null): { start: number; end: number } | null {
  const selection = getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffsetOf(range.startContainer, range.startOffset);
  const end = textOffsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
