// Noto Sans CJK is a CID-keyed CFF font whose ideograph font dict carries ~28,000 local subroutines.
// fontkit's subsetter keeps every subroutine slot (unused ones as a 1-byte `return`), so each subset
// embedded by pdfkit costs ~60 KB before the first glyph. Inlining the subroutines a glyph calls
// ("desubroutinising", as font tools do for PDF embedding) lets the subset drop them all, which
// keeps a thousand demo PDFs in a few tens of megabytes.

/** The parts of fontkit's CFF table this module reads (fontkit ships no types for them). */
export interface CffTable {
  stream: { pos: number; readBuffer(length: number): Uint8Array };
  globalSubrIndex: readonly SubrEntry[];
  topDict: { CharStrings: readonly SubrEntry[] };
  privateDictForGlyph(gid: number): { Subrs?: readonly SubrEntry[] } | null;
}
interface SubrEntry { offset: number; length: number }

// Type 2 charstring operators (Adobe TN #5177) that matter when walking a charstring.
const OP = {
  hstem: 1, vstem: 3, callsubr: 10, return: 11, escape: 12, endchar: 14, hstemhm: 18,
  hintmask: 19, cntrmask: 20, vstemhm: 23, shortint: 28, callgsubr: 29,
} as const;
const STEM_OPS = new Set<number>([OP.hstem, OP.vstem, OP.hstemhm, OP.vstemhm]);

/** The subroutine number bias of the Type 2 format, by subroutine count. */
function bias(count: number): number {
  if (count < 1240) return 107;
  if (count < 33900) return 1131;
  return 32768;
}

function read(cff: CffTable, entry: SubrEntry): Uint8Array {
  cff.stream.pos = entry.offset;
  return cff.stream.readBuffer(entry.length);
}

/** Byte length and integer value of the operand starting at `bytes[i]` (value unused for 16.16 fixed). */
function operandAt(bytes: Uint8Array, i: number): { length: number; value: number } {
  const b0 = bytes[i]!;
  if (b0 === OP.shortint) return { length: 3, value: ((bytes[i + 1]! << 24) | (bytes[i + 2]! << 16)) >> 16 };
  if (b0 <= 246) return { length: 1, value: b0 - 139 };
  if (b0 <= 250) return { length: 2, value: (b0 - 247) * 256 + bytes[i + 1]! + 108 };
  if (b0 <= 254) return { length: 2, value: -(b0 - 251) * 256 - bytes[i + 1]! - 108 };
  return { length: 5, value: 0 };
}

/** The glyph's charstring with every callsubr/callgsubr replaced by the body it calls. */
export function flattenCharString(cff: CffTable, gid: number): Uint8Array {
  const globals = cff.globalSubrIndex;
  const locals = cff.privateDictForGlyph(gid)?.Subrs ?? [];
  const out: number[] = [];
  let stack: { start: number; value: number }[] = [];
  let stems = 0;
  let ended = false;

  const walk = (bytes: Uint8Array, depth: number): void => {
    if (depth > 10) throw new Error(`glyph ${gid}: subroutines nested too deep`);
    let i = 0;
    while (i < bytes.length && !ended) {
      const b0 = bytes[i]!;
      if (b0 === OP.shortint || b0 >= 32) {
        const { length, value } = operandAt(bytes, i);
        stack.push({ start: out.length, value });
        for (let k = 0; k < length; k++) out.push(bytes[i + k]!);
        i += length;
        continue;
      }
      if (b0 === OP.callsubr || b0 === OP.callgsubr) {
        const operand = stack.pop();
        if (!operand) throw new Error(`glyph ${gid}: subroutine call without an index`);
        out.length = operand.start; // the index operand goes; the body takes its place
        const table = b0 === OP.callsubr ? locals : globals;
        const entry = table[operand.value + bias(table.length)];
        if (!entry) throw new Error(`glyph ${gid}: subroutine ${operand.value} out of range`);
        walk(read(cff, entry), depth + 1);
        i += 1;
        continue;
      }
      if (b0 === OP.return) return;
      if (b0 === OP.escape) {
        out.push(b0, bytes[i + 1]!);
        i += 2;
        stack = [];
        continue;
      }
      if (STEM_OPS.has(b0) || b0 === OP.hintmask || b0 === OP.cntrmask) stems += Math.floor(stack.length / 2);
      out.push(b0);
      i += 1;
      if (b0 === OP.hintmask || b0 === OP.cntrmask) {
        const maskBytes = Math.ceil(stems / 8);
        for (let k = 0; k < maskBytes; k++) out.push(bytes[i + k]!);
        i += maskBytes;
      }
      stack = [];
      if (b0 === OP.endchar) ended = true;
    }
  };

  const charString = cff.topDict.CharStrings[gid];
  if (!charString) throw new Error(`glyph ${gid} is not in the font`);
  walk(read(cff, charString), 0);
  return Uint8Array.from(out);
}
