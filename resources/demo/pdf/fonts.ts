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
interface CffSubset {
  glyphs: number[];
  cff?: CffTable;
  charstrings?: Uint8Array[];
  gsubrs?: Uint8Array[];
  subsetCharstrings?: () => void;
  subsetSubrs?: () => Uint8Array[];
}
interface EmbeddedFont { font: object; subset?: CffSubset }
type EmbeddedFontClass = new (doc: FontHost, font: object, id: string) => EmbeddedFont;
interface DocumentInternals extends FontHost {
  _font?: EmbeddedFont;
  _fontFamilies: Record<string, EmbeddedFont | undefined>;
  _fontCount: number;
}

export function registerCjkFonts(doc: FontHost, fonts: CjkFonts): void {
  for (const weight of Object.keys(FACES) as FontWeight[]) doc.registerFont(weight, fonts[weight], FACES[weight].postscriptName);
}

/**
 * Parsed faces, by the font buffer they came from. pdfkit parses the whole collection again for every
 * document (the CFF table of 65,535 glyphs dominates generation time); a parsed face is read-only once
 * built, so later documents get a fresh embedding of the same parsed face.
 */
const parsedFaces = new WeakMap<Buffer, { EmbeddedFont: EmbeddedFontClass; face: object }>();
/** Subsets already switched to desubroutinised embedding. */
const flattened = new WeakSet<object>();

/**
 * Selects a face (reusing the parsed face, see above) and makes its subset embed desubroutinised
 * (see desubroutinize.ts): the subset's charstrings are replaced by self-contained ones and every
 * subroutine index is emptied.
 */
export function useFont(host: FontHost, fonts: CjkFonts, weight: FontWeight): void {
  const doc = host as DocumentInternals;
  const parsed = parsedFaces.get(fonts[weight]);
  if (parsed && !doc._fontFamilies[weight]) {
    doc._fontFamilies[weight] = new parsed.EmbeddedFont(doc, parsed.face, `F${++doc._fontCount}`);
  }
  doc.font(weight);
  const embedded = doc._font;
  if (!embedded) throw new Error(`pdfkit did not select the ${weight} face`);
  if (!parsed) parsedFaces.set(fonts[weight], { EmbeddedFont: embedded.constructor as EmbeddedFontClass, face: embedded.font });
  const subset = embedded.subset;
  if (!subset || flattened.has(subset)) return;
  const cff = subset.cff;
  if (!cff) throw new Error('expected a CFF-flavoured font subset (Noto Sans CJK is CFF)');
  subset.subsetCharstrings = function subsetCharstrings(this: CffSubset): void {
    this.charstrings = this.glyphs.map((gid) => flattenCharString(cff, gid));
    this.gsubrs = [];
  };
  subset.subsetSubrs = (): Uint8Array[] => [];
  flattened.add(subset);
}

