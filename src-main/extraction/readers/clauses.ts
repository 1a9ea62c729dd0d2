import type { Line } from '../layout/lines';
import { trimSpan, type Span } from '../layout/spans';

// Clauses of running text: a report lists findings as 「TTF-1(+)，HER2(2+)，Ki-67(约30%+)」, each
// clause speaking for one marker. Commas inside brackets do not end a clause.

const DELIMITER = /[,;，；。]/;
const OPEN = /[(（[【]/;
const CLOSE = /[)）\]】]/;

export function clausesOf(line: Line): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const s = trimSpan({ line, start, end });
    if (s.end > s.start) out.push(s);
  };
  for (let i = 0; i < line.text.length; i++) {
    const ch = line.text[i]!;
    if (OPEN.test(ch)) depth++;
    else if (CLOSE.test(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && DELIMITER.test(ch)) {
      push(i);
      start = i + 1;
    }
  }
  push(line.text.length);
  return out;
}
