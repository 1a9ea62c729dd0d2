import { useFormat } from '../../common/useFormat';

/** An amount in ¥ with its exact fen value on the element (for tests and copy-paste checks). */
export function Money({ fen, testId, strong }: { fen: number; testId?: string; strong?: boolean }) {
  const format = useFormat();
  const text = format.fen(fen);
  return <span className="cd-num" data-testid={testId} data-fen={fen}>{strong ? <strong>{text}</strong> : text}</span>;
}
