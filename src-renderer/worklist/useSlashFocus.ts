import type { InputRef } from 'antd';
import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../common/is-typing';

/** `/` anywhere on the page (outside a text field) focuses the given input. */
export function useSlashFocus(input: RefObject<InputRef | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
