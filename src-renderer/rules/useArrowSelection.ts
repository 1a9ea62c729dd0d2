import { useEffect } from 'react';
import { isTypingTarget } from '../common/is-typing';

/** ↑ / ↓ anywhere on the page (outside a text field) move the selection through `ids`. */
export function useArrowSelection(ids: readonly string[], selected: string | null, select: (id: string) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (!ids.length) return;
      e.preventDefault();
      const at = selected === null ? -1 : ids.indexOf(selected);
      const next = e.key === 'ArrowDown' ? Math.min(at + 1, ids.length - 1) : Math.max(at - 1, 0);
      select(ids[next]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, selected, select]);
}
