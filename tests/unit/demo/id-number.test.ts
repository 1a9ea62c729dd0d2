import { describe, expect, it } from 'vitest';
import { idCheckChar, idNumber } from '../../../resources/demo/id-number';

describe('resident identity numbers', () => {
  it('computes the GB 11643 check character (published example 11010519491231002X)', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
  });

  it('encodes region, birth date and sex (odd sequence for men, even for women)', () => {
    const man = idNumber('310104', '1958-07-21', 'M', 17);
    const woman = idNumber('310104', '1958-07-21', 'F', 17);
    expect(man).toMatch(/^31010419580721\d{3}[\dX]$/);
    expect(Number(man[16]) % 2).toBe(1);
    expect(Number(woman[16]) % 2).toBe(0);
    expect(man.at(-1)).toBe(idCheckChar(man.slice(0, 17)));
  });
});
