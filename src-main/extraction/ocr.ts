import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, PSM, type Page, type Word, type Worker } from 'tesseract.js';
import type { BBox } from '../../shared/domain/document';
import { median } from './geometry';
import { unpackedPath } from '../unpacked-path';
import { cropImage, type OcrImage } from './ocr-image';
import { acceptReread, closeUpFactors, cropOf, figureRuns, needsReread, separatedDate, wellFormed, type FigureRun } from './figure-runs';
import { cleanOcrWord, repairOcrText } from './ocr-repair';
import { acceptScore, scoreGaps } from './score-gaps';
import { OCR_SCALE } from './render-page';
import type { TextBox } from './types';

// Tesseract (LSTM) on page images, entirely offline: the trained data ships in the @tesseract.js-data
// packages and is read from disk, never fetched and never cached by tesseract. Loading the models
// costs more CPU than reading a page, so a recogniser serves all the pages of a job and, kept warm
// for a while, the jobs after it (takeOcrEngine / keepOcrEngine).
//
// The page is read with chi_sim, which reads the Latin letters and digits of these documents too.
// Dates and amounts the page model reads badly are read again, each from its own crop as one line
// (figure-runs.ts): dates printed with 年月日 by chi_sim limited to digits and those three, amounts and
// dates printed with separators by eng, which reads figures, ¥ and hyphens far better. (One worker
// cannot hold both models: tesseract.js-core 7 fails on the second with "Failed loading language".)

/** The models OCR loads (each from its @tesseract.js-data package). */
export const OCR_LANGS = ['chi_sim', 'eng'] as const;
type Lang = (typeof OCR_LANGS)[number];
const require = createRequire(import.meta.url);

/**
 * The files tesseract opens from node_modules other than through this thread's fs and require: the
 * script of its own worker thread (whose requires, tesseract.js-core and its wasm, resolve beside it)
 * and a language's trained data. A packaged app has them unpacked from app.asar (electron-builder.yml).
 */
export const TESSERACT_WORKER_SCRIPT = unpackedPath(require.resolve('tesseract.js/src/worker-script/node/index.js'));
export const trainedDataFile = (lang: string): string =>
  unpackedPath(path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`));

/**
 * tesseract.js reads its languages from one folder of `<lang>.traineddata.gz` files; each package
 * installs in its own. The files are copied once into a folder of the OS temp directory (atomically,
 * so parallel jobs never see half a file).
 */
function languageFolder(): string {
  const dir = path.join(os.tmpdir(), 'claimdesk-tessdata-4.0.0_best_int');
  mkdirSync(dir, { recursive: true });
  for (const lang of OCR_LANGS) {
    const source = trainedDataFile(lang);
    const target = path.join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target) && statSync(target).size === statSync(source).size) continue;
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    copyFileSync(source, temp);
    renameSync(temp, target);
  }
  return dir;
}

async function startWorker(langPath: string, lang: Lang): Promise<Worker> {
  const worker = await createWorker(lang, OEM.LSTM_ONLY, {
    langPath,
    workerPath: TESSERACT_WORKER_SCRIPT,
    cacheMethod: 'none',
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // Tesseract's own notices ("Detected 24 diacritics") would otherwise reach stdout.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', user_defined_dpi: String(Math.round(72 * OCR_SCALE)), debug_file: '/dev/null' });
  return worker;
}

const CJK_DATE_CHARS = '0123456789年月日';
const FIGURE_CHARS = '0123456789.,-/¥';
const SCORE_CHARS = '()+-0123';
const MAX_REREADS = 16;
// A mark found only on a second look is never more certain than this.
const OCR_REREAD_CEILING = 0.8;

export class OcrEngine {
  private constructor(private readonly page: Worker, private readonly figures: Worker) {}

  static async create(): Promise<OcrEngine> {
    const dir = languageFolder();
    const [page, figures] = await Promise.all([startWorker(dir, 'chi_sim'), startWorker(dir, 'eng')]);
    await figures.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: FIGURE_CHARS });
    return new OcrEngine(page, figures);
  }

  /** Words of a page image, their boxes divided by `scale` (pixels per point) into page points. */
  async recognize(image: OcrImage, scale: number): Promise<TextBox[]> {
    const { data } = await this.page.recognize(image.pgm, {}, { blocks: true, text: false });
    let budget = MAX_REREADS;
    const words: TextBox[] = [];
    for (const recognised of linesOf(data)) {
      const runs = figureRuns(recognised).filter(needsReread).slice(0, Math.max(0, budget));
      budget -= runs.length;
      const line: TextBox[] = [];
      let next = 0;
      for (const run of runs) {
        line.push(...recognised.slice(next, run.start));
        const reread = await this.reread(image, run);
        line.push(...(reread ? [reread] : recognised.slice(run.start, run.end + 1)));
        next = run.end + 1;
      }
      line.push(...recognised.slice(next));
      words.push(...line, ...(await this.findScores(image, line)));
    }
    return words.map((w) => ({
      ...w, bbox: w.bbox.map((v) => v / scale) as BBox, ...(w.chars ? { chars: w.chars.map(([a, b]): [number, number] => [a / scale, b / scale]) } : {}),
    }));
  }

  /** HER2 scores the page model dropped, read again from the stretch after their marker (score-gaps.ts). */
  private async findScores(image: OcrImage, line: readonly TextBox[]): Promise<TextBox[]> {
    const gaps = scoreGaps(line);
    if (!gaps.length) return [];
    const found: TextBox[] = [];
    await this.figures.setParameters({ tessedit_char_whitelist: SCORE_CHARS });
    try {
      for (const { bbox: [x0, y0, x1, y1] } of gaps) {
        const margin = (y1 - y0) * 0.4;
        const { data } = await this.figures.recognize(cropImage(image, x0, y0 - margin, x1, y1 + margin));
        const score = acceptScore(data.text);
        if (score) found.push({ text: score, bbox: [x0, y0, x1, y1], confidence: Math.min(OCR_REREAD_CEILING, data.confidence / 100) });
      }
    } finally {
      await this.figures.setParameters({ tessedit_char_whitelist: FIGURE_CHARS });
    }
    return found;
  }

  /** The run read again from its crop, as one word, or null when that reads no better. */
  private async reread(image: OcrImage, run: FigureRun): Promise<TextBox | null> {
    const [x0, y0, x1, y1] = cropOf(run);
    for (const factor of closeUpFactors(run)) {
      const crop = cropImage(image, x0, y0, x1, y1, factor);
      const { text, confidence } = run.kind === 'cjk_date' ? await this.readCjkDate(crop) : (await this.figures.recognize(crop)).data;
      const accepted = acceptReread(run, text);
      if (accepted !== null) return { text: accepted, bbox: run.bbox, confidence: Math.max(run.confidence, confidence / 100) };
    }
    // Read no better, the run may still be a date once its misread separators are set right.
    const date = separatedDate(run.text);
    return date !== run.text && wellFormed(run.kind, date) ? { text: date, bbox: run.bbox, confidence: run.confidence } : null;
  }

  private async readCjkDate(crop: Buffer): Promise<{ text: string; confidence: number }> {
    await this.page.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: CJK_DATE_CHARS });
    try {
      return (await this.page.recognize(crop)).data;
    } finally {
      await this.page.setParameters({ tessedit_pageseg_mode: PSM.AUTO, tessedit_char_whitelist: '' });
    }
  }

  async terminate(): Promise<void> {
    await Promise.all([this.page.terminate(), this.figures.terminate()]);
  }
}

/**
 * Each character's left and right edge, from the recogniser's symbols, for the part of a word kept
 * after repair and cleaning (repairs change characters one for one; cleaning trims the ends). Null
 * where they do not line up, or a symbol box lies outside its word's: the glyphs are then spread.
 */
function charEdges(word: Word, repaired: string, kept: string): [number, number][] | null {
  const length = [...repaired].length;
  if (word.symbols.length !== length || [...word.text.trim()].length !== length) return null;
  const at = repaired.indexOf(kept);
  if (at < 0) return null;
  const offset = [...repaired.slice(0, at)].length;
  const edges = word.symbols.slice(offset, offset + [...kept].length).map((s): [number, number] => [s.bbox.x0, s.bbox.x1]);
  const inside = edges.every(([x0, x1]) => x0 <= x1 && x0 >= word.bbox.x0 - 1 && x1 <= word.bbox.x1 + 1);
  if (!inside) return null;
  // The first symbol's box may take in the space before the word (858R with its 8 three digits wide).
  if (edges.length >= 3) {
    const typical = median(edges.slice(1).map(([x0, x1]) => x1 - x0));
    edges[0]![0] = Math.max(edges[0]![0], edges[0]![1] - 1.5 * typical);
  }
  return edges;
}

/** The recognised words line by line (repaired, stray marks dropped), boxes in image pixels. */
function linesOf(data: Page): TextBox[][] {
  const lines: TextBox[][] = [];
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words: TextBox[] = [];
        for (const word of line.words) {
          const repaired = repairOcrText(word.text.trim());
          const text = cleanOcrWord(repaired);
          if (!text) continue;
          const b = word.bbox;
          const chars = charEdges(word, repaired, text);
          words.push({ text, bbox: [b.x0, b.y0, b.x1, b.y1], confidence: Math.max(0, Math.min(1, word.confidence / 100)), ...(chars ? { chars } : {}) });
        }
        if (words.length) lines.push(words);
      }
    }
  }
  return lines;
}

const IDLE_MS = 20_000;
let idle: { engine: OcrEngine; timer: NodeJS.Timeout } | null = null;

/** The warm recogniser when one is idle, otherwise a new one. */
export function takeOcrEngine(): Promise<OcrEngine> {
  if (!idle) return OcrEngine.create();
  clearTimeout(idle.timer);
  const { engine } = idle;
  idle = null;
  return Promise.resolve(engine);
}

/** Keeps a recogniser that finished its job cleanly for the next one; it ends after IDLE_MS unused. */
export function keepOcrEngine(engine: OcrEngine): void {
  if (idle) {
    void engine.terminate().catch(() => undefined);
    return;
  }
  const timer = setTimeout(() => void closeIdleOcrEngine(), IDLE_MS);
  timer.unref();
  idle = { engine, timer };
}

/** Ends the idle recogniser now (its worker threads would otherwise keep a finished process alive until IDLE_MS). */
export async function closeIdleOcrEngine(): Promise<void> {
  if (!idle) return;
  const { engine, timer } = idle;
  idle = null;
  clearTimeout(timer);
  await engine.terminate().catch(() => undefined);
}
