import { useMemo, useState } from 'react';
import type { Field } from '../../../shared/domain/workspace';
import { isTypingTarget } from '../../common/is-typing';
import { useLatestCallback } from '../../common/useLatestCallback';
import { useWindowKeydown } from '../../common/useWindowKeydown';
import { extendOrder, reviewOrder, reviewProgress, stepQueue, type QueueState } from './review-queue';

// 「逐项确认」: the keyboard loop over the unresolved fields. `r` (or Alt+R, or the button) starts it;
// then Tab / j next, Shift+Tab / k back, Enter confirms and moves on, Esc skips, any printable
// character opens the correction editor starting with that character (F2: with the current value),
// Alt+R ends it. The current field is the workspace's selected field, so the viewer shows it as if
// clicked. While the loop runs it owns these keys: its listener sits in the capture phase and stops
// them before the workspace's own shortcuts (j / k / Enter / e / [ / ]) see them; once every field
// is resolved it lets them go again (but Esc, which closes it).

export interface ReviewLoopOptions {
  /** The claim's fields in reading order. */
  fields: readonly Field[];
  selectedId: string | null;
  select: (field: Field) => void;
  /** The loop started (by key or button): show where it is followed. */
  onStart: () => void;
  confirm: (field: Field, callbacks: { onError: () => void }) => void;
  /** Opens the correction editor, with `typed` as the new value's start (null: the current value). */
  correct: (field: Field, typed: string | null) => void;
  /** The editor is open: keys belong to it. */
  editing: boolean;
  /** The user may review the claim's fields now; otherwise `r` does not start the loop. */
  enabled: boolean;
}

export interface ReviewLoop {
  active: boolean;
  /** Nothing left to review (the loop stays open to say so). */
  done: boolean;
  resolved: number;
  total: number;
  skipped: number;
  start: () => void;
  stop: () => void;
  /** A correction of `fieldId` was saved: it counts as resolved and the loop moves on. */
  corrected: (fieldId: string) => void;
}

const isPrintable = (key: string): boolean => [...key].length === 1 && /\S/u.test(key);

export function useReviewLoop({ fields, selectedId, select, onStart, confirm, correct, editing, enabled }: ReviewLoopOptions): ReviewLoop {
  const [order, setOrder] = useState<string[] | null>(null);
  // Resolved here but perhaps not yet in the claim as last read: the loop must not come back to them.
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());

  // Fields that appear while the loop runs (a document imported or read again) join the queue's end.
  if (order) {
    const extended = extendOrder(order, fields);
    if (extended.length !== order.length) setOrder(extended);
  }

  const byId = new Map(fields.map((f) => [f.id, f]));
  const stateOf = (id: string): QueueState => {
    const f = byId.get(id);
    if (!f) return 'gone';
    return f.status === 'extracted' && !settled.has(id) ? 'open' : 'resolved';
  };
  const queue = order ?? [];
  const progress = reviewProgress(queue, stateOf);
  const current = selectedId ? byId.get(selectedId) ?? null : null;

  const goTo = (id: string | null): void => {
    const f = id ? byId.get(id) : undefined;
    if (f) select(f);
  };
  const move = (delta: 1 | -1, from = selectedId, also?: string): void => {
    const state = also ? (id: string) => (id === also ? 'resolved' : stateOf(id)) : stateOf;
    goTo(stepQueue(queue, state, from, delta));
  };
  const settle = (id: string, on: boolean): void =>
    setSettled((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const start = (): void => {
    const fresh = reviewOrder(fields);
    setOrder(fresh);
    setSettled(new Set());
    setSkipped(new Set());
    onStart();
    goTo(stepQueue(fresh, stateOf, null, 1));
    // A focused button would take Enter for itself.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  const stop = (): void => setOrder(null);

  const confirmCurrent = (): void => {
    // On a field already resolved (picked with the mouse, say) Enter just goes on to the next open one.
    if (!current || stateOf(current.id) !== 'open') {
      move(1);
      return;
    }
    const id = current.id;
    settle(id, true);
    confirm(current, { onError: () => settle(id, false) });
    move(1, id, id);
  };
  const skipCurrent = (): void => {
    if (current && stateOf(current.id) === 'open') setSkipped((s) => new Set(s).add(current.id));
    move(1);
  };

  const handlers = { enabled, active: order !== null, done: order !== null && progress.resolved === progress.total, editing, current, start, stop, move, confirmCurrent, skipCurrent, correct };
  useWindowKeydown((e) => {
    const h = handlers;
    const take = (): void => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR') {
      take();
      if (h.active) h.stop();
      else h.start();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || h.editing || isTypingTarget(e.target)) return;
    // Once nothing is left it keeps only Esc: the next key (a tab, the decision) is the workspace's.
    if (h.done && e.key !== 'Escape') return;
    if (!h.active) {
      if (e.key === 'r' && h.enabled) {
        take();
        h.start();
      }
      return;
    }
    if (e.key === 'Tab' || e.key === 'j' || e.key === 'k') {
      take();
      h.move(e.key === 'k' || (e.key === 'Tab' && e.shiftKey) ? -1 : 1);
    } else if (e.key === 'Enter') {
      take();
      h.confirmCurrent();
    } else if (e.key === 'Escape') {
      take();
      if (h.done) h.stop();
      else h.skipCurrent();
    } else if ((e.key === 'F2' || isPrintable(e.key)) && h.current) {
      take();
      h.correct(h.current, e.key === 'F2' ? null : e.key);
    }
  }, true);

  const corrected = (fieldId: string): void => {
    if (!order) return;
    settle(fieldId, true);
    if (fieldId === selectedId) move(1, fieldId, fieldId);
  };
  // The same object while nothing shown changes, with functions of stable identity: the fields panel
  // is memoised and must not render again for every workspace render.
  const stableStart = useLatestCallback(start);
  const stableStop = useLatestCallback(stop);
  const stableCorrected = useLatestCallback(corrected);
  const skippedOpen = [...skipped].filter((id) => stateOf(id) === 'open').length;
  return useMemo(() => ({
    active: handlers.active,
    done: handlers.done,
    resolved: progress.resolved,
    total: progress.total,
    skipped: skippedOpen,
    start: stableStart,
    stop: stableStop,
    corrected: stableCorrected,
  }), [handlers.active, handlers.done, progress.resolved, progress.total, skippedOpen, stableStart, stableStop, stableCorrected]);
}
