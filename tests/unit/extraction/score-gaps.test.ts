import { describe, expect, it } from 'vitest';
import { acceptScore, scoreGaps } from '../../../src-main/extraction/score-gaps';
import type { TextBox } from '../../../src-main/extraction/types';

// Where a HER2 score the page model dropped is looked for again, and what is taken from that look.

const word = (text: string, x0: number, x1: number, y0 = 100, y1 = 110): TextBox => ({ text, bbox: [x0, y0, x1, y1], confidence: 0.9 });

describe('score gaps', () => {
  it('looks after the marker and its clone, up to the next word', () => {
    expect(scoreGaps([word('HER2', 50, 80), word('(4B5)', 84, 110), word('原位杂交', 200, 240)])).toEqual([{ after: 1, bbox: [112, 100, 198, 110] }]);
  });

  it('looks far along the line when nothing follows, past a flat stray mark', () => {
    const [gap] = scoreGaps([word('C-erbB-2', 50, 90), word('国', 150, 160, 118, 118)]);
    expect(gap!.bbox[0]).toBe(92);
    expect(gap!.bbox[2]).toBeGreaterThan(250);
  });

  it('looks over a garbled word where the score should be', () => {
    expect(scoreGaps([word('HER2', 50, 80), word('(4B5)', 84, 110), { ...word('大:', 130, 140), confidence: 0.42 }])[0]!.bbox[2]).toBeGreaterThan(200);
  });

  it('does not look where a score was read', () => {
    expect(scoreGaps([word('HER2', 50, 80), word('(4B5)', 84, 110), word('(++)', 200, 220)])).toEqual([]);
    expect(scoreGaps([word('HER2(3+)', 50, 90)])).toEqual([]);
    expect(scoreGaps([word('CK(+)，HER2', 50, 120), word('2+', 124, 134)])).toEqual([]);
    expect(scoreGaps([word('Ki-67', 50, 80), word('约40%', 90, 120)])).toEqual([]);
  });
});

describe('accepted scores', () => {
  it.each([['-                (+++)\n', '(+++)'], ['5) (++), JF', '(++)'], ['| (-)', '(-)'], ['(2+)', '(2+)'], ['HER2: 3+', '3+'], ['2 -', null], ['', null]])('%j → %j', (text, score) => {
    expect(acceptScore(text)).toBe(score);
  });
});
