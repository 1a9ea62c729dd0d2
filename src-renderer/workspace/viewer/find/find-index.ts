// Find in a document, over pdf.js text items. Text and query are compared after NFKC and lower-casing,
// so 「１２３４」 matches 1234 and "egfr" matches EGFR; every match is mapped back to character ranges of
// the original items, which is what the text layer highlights.

export interface TextRun { str: string; hasEOL?: boolean }

/** A stretch of one text item: characters [start, end) of item `item`. */
export interface ItemRange { item: number; start: number; end: number }

export interface PageTextIndex {
  /** The page's text, normalised; items are joined directly, with a space where a line ends. */
  text: string;
  /** For each code unit of `text`: the original item range it came from (null for line-end spaces). */
  origin: (ItemRange | null)[];
}

const normalise = (s: string): string => s.normalize('NFKC').toLowerCase();

export function indexPageText(runs: readonly TextRun[]): PageTextIndex {
  let text = '';
  const origin: (ItemRange | null)[] = [];
  runs.forEach((run, item) => {
    let offset = 0;
    for (const ch of run.str) {
      const n = normalise(ch);
      text += n;
      for (let i = 0; i < n.length; i++) origin.push({ item, start: offset, end: offset + ch.length });
      offset += ch.length;
    }
    if (run.hasEOL) {
      text += ' ';
      origin.push(null);
    }
  });
  return { text, origin };
}

/** Every occurrence of `query` on the page, each as the item ranges it covers (in reading order). */
export function findInPage(index: PageTextIndex, query: string): ItemRange[][] {
  const needle = normalise(query.trim());
  if (!needle) return [];
  const matches: ItemRange[][] = [];
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + needle.length)) {
    const ranges: ItemRange[] = [];
    for (let i = at; i < at + needle.length; i++) {
      const o = index.origin[i];
      if (!o) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.item === o.item) last.end = Math.max(last.end, o.end);
      else ranges.push({ ...o });
    }
    if (ranges.length) matches.push(ranges);
  }
  return matches;
}
