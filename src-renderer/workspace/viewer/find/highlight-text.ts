import type { ItemRange } from './find-index';

/** A find match on one page: its item ranges and whether it is the current match. */
export interface PageMatch { ranges: readonly ItemRange[]; selected: boolean }

/**
 * Marks matches in a rendered pdf.js text layer by splitting each text div into plain text and
 * highlighted spans; the div's text stays the same, so selection and copy are unaffected. Returns the
 * first highlighted element of the selected match, to scroll it into view.
 */
export function highlightTextDivs(divs: readonly HTMLElement[], strings: readonly string[], matches: readonly PageMatch[]): HTMLElement | null {
  divs.forEach((div, i) => {
    if (div.childElementCount > 0) div.textContent = strings[i] ?? '';
  });
  const byItem = new Map<number, { start: number; end: number; selected: boolean }[]>();
  for (const match of matches) {
    for (const r of match.ranges) {
      const list = byItem.get(r.item) ?? [];
      list.push({ start: r.start, end: r.end, selected: match.selected });
      byItem.set(r.item, list);
    }
  }
  let selected: HTMLElement | null = null;
  for (const [item, ranges] of byItem) {
    const div = divs[item];
    const str = strings[item];
    if (!div || str === undefined) continue;
    ranges.sort((a, b) => a.start - b.start);
    const parts: Node[] = [];
    let at = 0;
    for (const r of ranges) {
      if (r.start < at) continue; // overlapping matches: the first one wins
      if (r.start > at) parts.push(document.createTextNode(str.slice(at, r.start)));
      const mark = document.createElement('span');
      mark.className = r.selected ? 'highlight selected' : 'highlight';
      mark.textContent = str.slice(r.start, r.end);
      parts.push(mark);
      if (r.selected && !selected) selected = mark;
      at = r.end;
    }
    if (at < str.length) parts.push(document.createTextNode(str.slice(at)));
    div.replaceChildren(...parts);
  }
  return selected;
}
