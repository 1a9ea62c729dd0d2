import { useStoredState } from '../common/useStoredState';

/** Panel widths in percent (documents, viewer, fields), remembered across claims and restarts. */
export type Split = [number, number, number];

const DEFAULT: Split = [16, 50, 34];

const isSplit = (v: unknown): v is Split =>
  Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number' && n > 0 && n < 100);

export function useWorkspaceSplit(): [Split, (pixels: number[]) => void] {
  const [split, setSplit] = useStoredState<Split>('claimdesk.workspace.split', DEFAULT, isSplit);
  const remember = (pixels: number[]): void => {
    const total = pixels.reduce((a, b) => a + b, 0);
    if (pixels.length !== 3 || total <= 0) return;
    setSplit(pixels.map((p) => Math.round((p / total) * 1000) / 10) as Split);
  };
  return [split, remember];
}
