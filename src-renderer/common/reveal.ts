// Scrolls an element into view inside its own scrolling pane only. Element.scrollIntoView also scrolls
// every scrollable ancestor up to the window, which would shift the whole frame of the app.

export type RevealAlign = 'start' | 'center' | 'nearest';

const MARGIN = 8;

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(p);
    if (/(auto|scroll)/.test(overflowY + overflowX)) return p;
  }
  return null;
}

function axis(pos: number, size: number, view: number, current: number, align: RevealAlign): number {
  if (align === 'start') return current + pos - MARGIN;
  if (align === 'center') return current + pos - (view - size) / 2;
  if (pos < 0) return current + pos - MARGIN;
  if (pos + size > view) return current + pos + size - view + MARGIN;
  return current;
}

export function reveal(el: HTMLElement, align: RevealAlign): void {
  const pane = scrollParent(el);
  if (!pane) return;
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  pane.scrollTo({
    top: axis(r.top - p.top, r.height, pane.clientHeight, pane.scrollTop, align),
    left: axis(r.left - p.left, r.width, pane.clientWidth, pane.scrollLeft, align === 'start' ? 'nearest' : align),
  });
}
