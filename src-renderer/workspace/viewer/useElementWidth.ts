import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept current as panels are resized (fit-width zoom follows it). It is
 * read before the first paint, so pages are drawn at their final scale once rather than twice.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
