// Characters the recogniser confuses inside figures and dates: a bracket or a Latin l/I read for 1,
// an O for 0, an ideographic full stop or comma inside a number. Only characters with a digit on a
// side are changed, so words are left alone.

const AS_ONE = /(?<=\d)[\]|lI!](?=[\d年月日号.,:-]|$)|(?<=[\d年月.-])[\]|lI!](?=\d|[年月日号])/g;
const AS_ZERO = /(?<=\d)[Oo](?=\d)|(?<=\d[.,])[Oo]|[Oo](?=\d{2})/g;
// A decimal point read as 。 · ， or : (before the two decimals that end a figure).
const DECIMAL = /(?<=\d)[。·](?=\d{1,2}(?!\d))|(?<=\d)[，,:：](?=\d{2}$)/g;
const THOUSANDS = /(?<=\d)，(?=\d{3}(?!\d))/g;
// A date's slash read as a bracket or a bar: 2024)10/18.
const SLASH = /(?<=\d)[)|）](?=\d)/g;
// The yen sign before a figure, read as a letter or a look-alike character.
const YEN = /^[YyV半羊关芏*]{1,2}(?=\d[\d,]*(?:[.,]\d{1,2})?元?$)/;

// HER2 scores in brackets, (+++), read with H or 十 for the plus signs, the closing bracket maybe lost.
const PLUSES = /([(（])([H十+]{1,3})([)）]|$)/g;

export function repairOcrText(text: string): string {
  return text.replace(PLUSES, (_, open: string, signs: string, close: string) => `${open}${'+'.repeat(signs.length)}${close || ')'}`)
    .replace(YEN, '¥').replace(AS_ONE, '1').replace(AS_ZERO, '0').replace(DECIMAL, '.').replace(THOUSANDS, ',').replace(SLASH, '/');
}

// Table rules, specks and seal edges come out as words of punctuation (| _ “ 。), or cling to a word's
// ends. A word keeps what a reader can use.
const USEFUL = /[\u4e00-\u9fffA-Za-z0-9¥￥%]/;
const LEADING_NOISE = /^[“”"'‘’|_.,，。、:;；~`\-—]+/;
const TRAILING_NOISE = /[“”"'‘’|_，。;；、]+$/;

/** The word without stray marks at its ends, or '' when nothing of it is text. */
export function cleanOcrWord(text: string): string {
  if (!USEFUL.test(text)) return '';
  return text.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
}

// Across the words of a line, the characters of dates and figures the recogniser confuses: 月 read as
// 风 or 用, 日 as 曰 or 目, a slash as a tilde, a decimal point as a comma. Substitutions are one
// character for one, so a line's text keeps its glyph positions.
const MONTH = /(?<=\d\s*年\s*\d{1,2}\s*)[风用周冃](?=\s*\d)/g;
const DAY = /(?<=\d\s*月\s*\d{1,2}\s*)[曰目白](?!\d)/g;
const DATE_SLASH = /(?<=\d{4}\s*)[~～](?=\s*\d{1,2}\s*[~～/]\s*\d)|(?<=\d{4}\s*[~～/]\s*\d{1,2}\s*)[~～](?=\s*\d)/g;
// A full-width hyphen between the parts of a date read as 一 or —: 2025 一 10 一 26.
const DATE_DASH = /(?<=\d{4}\s*)[一—](?=\s*\d{1,2}\s*[一—-]\s*\d)|(?<=\d{4}\s*[一—-]\s*\d{1,2}\s*)[一—](?=\s*\d)/g;
// A figure's decimal point read as a comma or colon in a word of its own: 420 ，80.
const LINE_DECIMAL = /(?<=\d)[，:：](?=\d{2}(?![\d.,]))/g;

export function repairOcrLine(text: string): string {
  return text.replace(MONTH, '月').replace(DAY, '日').replace(DATE_SLASH, '/').replace(DATE_DASH, '-').replace(LINE_DECIMAL, '.');
}
