// Printed Chinese documents mix full-width forms (０-９, Ａ-Ｚ, ：，．（）￥ and the ideographic space)
// with ASCII. Every reader compares text after folding them to half width, so a label or a figure
// means the same in either form.

const FULL_START = 0xff01;
const FULL_END = 0xff5e;
const OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';
const FULL_YEN = '\uffe5';

/** Full-width ASCII forms and the ideographic space as ASCII; ￥ as ¥. Other characters unchanged. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_START && code <= FULL_END) out += String.fromCharCode(code - OFFSET);
    else if (ch === IDEOGRAPHIC_SPACE) out += ' ';
    else if (ch === FULL_YEN) out += '¥';
    else out += ch;
  }
  return out;
}

/** ASCII printable characters as their full-width forms (the inverse of toHalfWidth on ASCII). */
export function toFullWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f) out += String.fromCharCode(code + OFFSET);
    else if (ch === ' ') out += IDEOGRAPHIC_SPACE;
    else if (ch === '¥') out += FULL_YEN;
    else out += ch;
  }
  return out;
}

/** Half-width text without any whitespace: how labels and cues are compared. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}
