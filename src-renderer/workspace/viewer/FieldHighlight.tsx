import { useEffect, useRef } from 'react';
import { reveal } from '../../common/reveal';
import type { Rect } from './geometry';

/** The selected field's box on the page; scrolled into view each time the field is picked (`seq`). */
export function FieldHighlight({ rect, seq, label }: { rect: Rect; seq: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) reveal(ref.current, 'center');
  }, [seq]);
  return (
    <div
      ref={ref}
      className="cd-field-highlight"
      data-testid="field-highlight"
      title={label}
      style={{ left: rect.left - 3, top: rect.top - 3, width: rect.width + 6, height: rect.height + 6 }}
    />
  );
}
