import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { useEffect, useMemo, useRef, useState } from 'react';
import { findInPage, indexPageText, type ItemRange, type PageTextIndex } from './find-index';
import type { PageMatch } from './highlight-text';

export interface FindMatch { page: number; ranges: ItemRange[] }

export interface FindState {
  query: string;
  setQuery: (query: string) => void;
  matches: FindMatch[];
  /** Index of the current match in `matches`, or -1. */
  current: number;
  searching: boolean;
  next: () => void;
  prev: () => void;
  /** Per page number: the matches to highlight there (a stable empty list for pages without any). */
  byPage: (pageNumber: number) => readonly PageMatch[];
}

const NONE: readonly PageMatch[] = [];

async function indexDocument(pdf: PDFDocumentProxy): Promise<PageTextIndex[]> {
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const contents = await Promise.all(pages.map((p) => p.getTextContent()));
  return contents.map((c) => indexPageText(c.items.filter((item): item is TextItem => 'str' in item)));
}

/** Find in the open document: its text is indexed once on the first search, matches are per page. */
export function useFind(pdf: PDFDocumentProxy): FindState {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<PageTextIndex[] | null>(null);
  const [current, setCurrent] = useState(-1);
  const indexing = useRef<Promise<PageTextIndex[]> | null>(null);

  useEffect(() => {
    if (!query.trim() || indexing.current) return;
    indexing.current = indexDocument(pdf);
    indexing.current.then(setIndex, () => setIndex([]));
  }, [pdf, query]);

  const matches = useMemo(
    () => (index ? index.flatMap((page, i) => findInPage(page, query).map((ranges) => ({ page: i + 1, ranges }))) : []),
    [index, query],
  );
  useEffect(() => setCurrent(matches.length ? 0 : -1), [matches]);

  const pageMatches = useMemo(() => {
    const map = new Map<number, PageMatch[]>();
    matches.forEach((m, i) => {
      const list = map.get(m.page) ?? [];
      list.push({ ranges: m.ranges, selected: i === current });
      map.set(m.page, list);
    });
    return map;
  }, [matches, current]);

  const step = (delta: number): void => {
    if (matches.length) setCurrent((c) => (c + delta + matches.length) % matches.length);
  };
  return {
    query,
    setQuery,
    matches,
    current,
    searching: query.trim() !== '' && index === null,
    next: () => step(1),
    prev: () => step(-1),
    byPage: (n) => pageMatches.get(n) ?? NONE,
  };
}
