import { isTypingTarget } from '../common/is-typing';
import { useWindowKeydown } from '../common/useWindowKeydown';

export interface GlobalKeyActions {
  help: () => void;
  nextClaim: () => void;
}

/** `?` shows every shortcut, Shift+N opens the next claim of my queue; quiet while typing or in a dialog. */
export function useGlobalKeys(actions: GlobalKeyActions): void {
  useWindowKeydown((e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
    const action = e.key === '?' ? actions.help : e.key === 'N' ? actions.nextClaim : null;
    if (!action) return;
    e.preventDefault();
    action();
  });
}
