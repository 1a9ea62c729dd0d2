import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen or close to it (within `root`'s scrolling box, or the window's):
 * pages and thumbnails render lazily, once, as they come near.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, root?: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setNear(true), {
      root: root?.current ?? null,
      rootMargin: '800px 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, root, near]);
  return near;
}
