import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../common/is-typing';

export interface GlobalKeyActions {
  help: () => void;
  nextClaim: () => void;
}

/** `?` shows every shortcut, Shift+N opens the next claim of my queue; quiet while typing or in a dialog. */
export function useGlobalKeys(actions: GlobalKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const action = e.key === '?' ? latest.current.help : e.key === 'N' ? latest.current.nextClaim : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
