import fs from 'node:fs';

// The notice is printed in a CJK font of the machine's own: none ships with the app (a CJK face is
// 20 MB). CLAIMDESK_NOTICE_FONT comes first, then the faces each desktop OS has or can install.

export const NOTICE_FONT_ENV = 'CLAIMDESK_NOTICE_FONT';

/** One face: a font file and, for a collection (.ttc), the PostScript name of the face in it. */
export interface FontFace {
  file: string;
  postscriptName?: string;
}

export interface FontCandidate {
  name: string;
  regular: FontFace;
  /** Used when its file exists; otherwise headings are set in the regular face. */
  bold?: FontFace;
}

export interface CjkFont {
  name: string;
  regular: FontFace;
  bold: FontFace;
}

/** Linux (Debian/Ubuntu fonts-noto-cjk), then Windows, then macOS: the first whose regular face exists wins. */
export const DEFAULT_FONT_CANDIDATES: readonly FontCandidate[] = [
  {
    name: 'Noto Sans CJK SC',
    regular: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
    bold: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
  },
  {
    name: 'Microsoft YaHei',
    regular: { file: 'C:\\Windows\\Fonts\\msyh.ttc', postscriptName: 'MicrosoftYaHei' },
    bold: { file: 'C:\\Windows\\Fonts\\msyhbd.ttc', postscriptName: 'MicrosoftYaHei-Bold' },
  },
  { name: 'SimSun', regular: { file: 'C:\\Windows\\Fonts\\simsun.ttc', postscriptName: 'SimSun' } },
  {
    name: 'PingFang SC',
    regular: { file: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Regular' },
    bold: { file: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Semibold' },
  },
  {
    name: 'STHeiti',
    regular: { file: '/System/Library/Fonts/STHeiti Light.ttc', postscriptName: 'STHeitiSC-Light' },
    bold: { file: '/System/Library/Fonts/STHeiti Medium.ttc', postscriptName: 'STHeitiSC-Medium' },
  },
  { name: 'Arial Unicode MS', regular: { file: '/Library/Fonts/Arial Unicode.ttf' } },
];

const HOW_TO_FIX = `install Noto Sans CJK (Debian/Ubuntu: \`sudo apt-get install fonts-noto-cjk\`), or set ${NOTICE_FONT_ENV} `
  + 'to a font file with Chinese glyphs (`/path/font.ttf`, or `/path/fonts.ttc#PostScriptName` for a collection)';

export class NoticeFontMissingError extends Error {
  override name = 'NoticeFontMissingError';
}

export const describeFace = (face: FontFace): string => (face.postscriptName ? `${face.file}#${face.postscriptName}` : face.file);

/** `path` or `path#PostScriptName`: a `#` followed by a name without path separators, so that a folder may hold one. */
export function parseFontSetting(value: string): FontFace {
  const m = /^(.+)#([^#/\\]+)$/.exec(value);
  return m?.[1] && m[2] ? { file: m[1], postscriptName: m[2] } : { file: value };
}

export interface FindFontOptions {
  env?: NodeJS.ProcessEnv;
  candidates?: readonly FontCandidate[];
  exists?: (file: string) => boolean;
}

/**
 * The font the notice is set in. A CLAIMDESK_NOTICE_FONT that names no file is an error rather than
 * a reason to fall back: whoever set it wants that font, and a silent fallback would hide the typo.
 */
export function findCjkFont({ env = process.env, candidates = DEFAULT_FONT_CANDIDATES, exists = fs.existsSync }: FindFontOptions = {}): CjkFont {
  const setting = env[NOTICE_FONT_ENV]?.trim();
  if (setting) {
    const face = parseFontSetting(setting);
    if (!exists(face.file)) {
      throw new NoticeFontMissingError(`${NOTICE_FONT_ENV} names ${face.file}, which does not exist: point it at an installed font file, or unset it to use ${candidates.map((c) => c.name).join(', ')}`);
    }
    return { name: describeFace(face), regular: face, bold: face };
  }
  for (const c of candidates) {
    if (!exists(c.regular.file)) continue;
    return { name: c.name, regular: c.regular, bold: c.bold && exists(c.bold.file) ? c.bold : c.regular };
  }
  const looked = candidates.map((c) => `${c.name} (${c.regular.file})`).join(', ');
  throw new NoticeFontMissingError(`no CJK font for the decision notice: ${NOTICE_FONT_ENV} is not set and none of these exists: ${looked}. To fix it, ${HOW_TO_FIX}`);
}
