// Money in integer fen: pure functions, one per module (see each for its rules).
export { assertFen, fenFromBigInt } from './fen';
export { intDiv } from './int-div';
export { MoneyParseError } from './money-parse-error';
export { percentOf } from './percent-of';
export { sumFen } from './sum-fen';
export { remainingFen } from './remaining-fen';
export { parseYuan } from './parse-yuan';
export { formatYuan } from './format-yuan';
export { toChineseCapital } from './to-chinese-capital';
export { parseChineseCapital } from './parse-chinese-capital';
