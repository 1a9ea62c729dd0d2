import fs from 'node:fs';
import path from 'node:path';
import { flattenCharString, type CffTable } from './desubroutinize';

// The CJK font of the demo documents: Noto Sans CJK SC from Debian's fonts-noto-cjk package. The
// TrueType collection holds every CJK locale; the SC faces are picked by PostScript name.

export const NOTO_CJK_DIR = '/usr/share/fonts/opentype/noto';
const FACES = {
  regular: { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  bold: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
} as const;
export type FontWeight = keyof typeof FACES;

export interface CjkFonts {
  regular: Buffer;
  bold: Buffer;
}

export class MissingFontError extends Error {}

/** Reads both faces once; the buffers are shared by every document. */
export function loadCjkFonts(dir = NOTO_CJK_DIR): CjkFonts {
  const read = (weight: FontWeight): Buffer => {
    const file = path.join(dir, FACES[weight].file);
    if (!fs.existsSync(file)) {
      throw new MissingFontError(`the demo documents need the Noto Sans CJK font (${file} is missing): install it with \`sudo apt-get install fonts-noto-cjk\``);
    }
    return fs.readFileSync(file);
  };
  return { regular: read('regular'), bold: read('bold') };
}

/** pdfkit's document as far as font handling goes; its font internals have no published types. */
export interface FontHost {
  registerFont(name: string, src: Buffer, family: string): unknown;
  font(name: string): unknown;
}
interface EmbeddedFontInternals {
  subset?: { glyphs: number[]; cff?: CffTable; charstrings?: Uint8Array[]; gsubrs?: Uint8Array[] } & Record<string, unknown>;
}

export function registerCjkFonts(doc: FontHost, fonts: CjkFonts): void {
  for (const weight of Object.keys(FACES) as FontWeight[]) doc.registerFont(weight, fonts[weight], FACES[weight].postscriptName);
}

const flattened = new WeakSet<object>();

/**
 * Selects a face and makes its subset embed desubroutinised (see desubroutinize.ts): the subset's
 * charstrings are replaced by self-contained ones and every subroutine index is emptied.
 */
export function useFont(doc: FontHost & { _font?: EmbeddedFontInternals }, weight: FontWeight): void {
  doc.font(weight);
  const subset = doc._font?.subset;
  if (!subset || flattened.has(subset)) return;
  const cff = subset.cff;
  if (!cff) throw new Error('expected a CFF-flavoured font subset (Noto Sans CJK is CFF)');
  subset.subsetCharstrings = function subsetCharstrings(this: typeof subset): void {
    this.charstrings = this.glyphs.map((gid) => flattenCharString(cff, gid));
    this.gsubrs = [];
  };
  subset.subsetSubrs = (): Uint8Array[] => [];
  flattened.add(subset);
}
