import type { BBox } from '../../shared/domain/document';
import { label, type Style } from './eval-printing';
import type { Rng } from './eval-random';
import type { EvalWriter, TextOpts } from './eval-writer';

// Ways a form prints its label/value pairs: on one line (label and value in one run or two), in a
// ruled two-column grid, or with the label above the value. Each printed value with a key becomes a
// truth field with the value's own box.

export interface Item {
  label: string;
  text: string;
  key?: string;
  value?: unknown;
}

export type PairLayout = 'inline' | 'joined' | 'grid' | 'stacked';

export function randomPairLayout(rng: Rng): PairLayout {
  return rng.pick(['inline', 'inline', 'joined', 'grid', 'stacked'] as const);
}

function record(w: EvalWriter, item: Item, box: BBox): void {
  if (item.key) w.field(item.key, item.value, item.text, box);
}

/** One row of pairs at the given x positions; returns the y below it. */
export function pairRow(w: EvalWriter, style: Style, layout: PairLayout, y: number, items: readonly Item[], xs: readonly number[], opts: TextOpts = {}): number {
  const size = opts.size ?? 10;
  items.forEach((item, i) => {
    const x = xs[i]!;
    const labelText = label(item.label, style);
    if (layout === 'joined') {
      const whole = `${labelText}${style.colon ? '' : ' '}${item.text}`;
      const box = w.text(whole, x, y, opts);
      const before = w.measure(whole.slice(0, whole.length - item.text.length), opts);
      record(w, item, [box[0] + before, box[1], box[2], box[3]]);
    } else if (layout === 'stacked') {
      w.text(item.label, x, y, { ...opts, size: size * 0.9, color: '#333333' });
      record(w, item, w.text(item.text, x, y + size * 1.25, opts));
    } else if (layout === 'grid') {
      const next = xs[i + 1] ?? w.width - 40;
      const lw = w.measure(labelText, opts) + 10;
      w.rect(x - 4, y - 3, lw, size * 1.9);
      w.rect(x - 4 + lw, y - 3, next - x - lw - 2, size * 1.9);
      w.text(labelText, x, y + 1, opts);
      record(w, item, w.text(item.text, x + lw + 4, y + 1, opts));
    } else {
      w.text(labelText, x, y, opts);
      const gap = size * (style.colon ? 0.8 : 1.3);
      record(w, item, w.text(item.text, x + w.measure(labelText, opts) + gap, y, opts));
    }
  });
  return y + size * (layout === 'stacked' ? 3.2 : 2.3);
}

/** Evenly spread x positions over the content width. */
export function columnsX(w: EvalWriter, n: number, left = 48): number[] {
  const width = w.width - 2 * left;
  return Array.from({ length: n }, (_, i) => left + (width * i) / n);
}
