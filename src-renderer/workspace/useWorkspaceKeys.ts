import { isTypingTarget } from '../common/is-typing';
import { useWindowKeydown } from '../common/useWindowKeydown';

export interface WorkspaceKeyActions {
  nextField: () => void;
  prevField: () => void;
  /** Enter: confirm the selected field if it is unconfirmed, otherwise open its editor. */
  enter: () => void;
  edit: () => void;
  nextDocument: () => void;
  prevDocument: () => void;
  /** 1-4: the side tabs (fields, pathway, payout, decision). */
  tab: (index: number) => void;
  /** b: confirm together the fields eligible for it, after seeing them listed. */
  bulkConfirm: () => void;
}

/** j / k fields, Enter confirm-or-edit, e edit, [ / ] documents, 1-4 tabs, b bulk confirmation; quiet while typing or in a dialog. */
export function useWorkspaceKeys(a: WorkspaceKeyActions): void {
  useWindowKeydown((e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
    const action = {
      j: a.nextField, k: a.prevField, Enter: a.enter, e: a.edit, ']': a.nextDocument, '[': a.prevDocument, b: a.bulkConfirm,
      1: () => a.tab(0), 2: () => a.tab(1), 3: () => a.tab(2), 4: () => a.tab(3),
    }[e.key];
    if (!action) return;
    // Enter on a focused button belongs to that button.
    if (e.key === 'Enter' && e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    action();
  });
}
