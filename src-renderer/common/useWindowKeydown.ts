import { useEffect, useRef } from 'react';

/**
 * A keydown listener on the window for as long as the component is shown, always calling the latest
 * `handler` (so it sees current state) without re-adding the listener on every render. `capture`
 * listens before the bubbling listeners, to take a key before they see it.
 */
export function useWindowKeydown(handler: (e: KeyboardEvent) => void, capture = false): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => latest.current(e);
    window.addEventListener('keydown', onKey, capture);
    return () => window.removeEventListener('keydown', onKey, capture);
  }, [capture]);
}
