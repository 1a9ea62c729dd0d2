import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, PSM, type Page, type Worker } from 'tesseract.js';
import type { BBox } from '../../shared/domain/document';
import { unpackedPath } from '../unpacked-path';
import { cropImage, type OcrImage } from './ocr-image';
import { cleanOcrWord, repairOcrText } from './ocr-repair';
import { OCR_SCALE } from './render-page';
import type { TextBox } from './types';

// Tesseract (LSTM) on page images, entirely offline: the trained data ships in the @tesseract.js-data
// packages and is read from disk, never fetched and never cached by tesseract. One recogniser is
// created per extraction job and reused for its pages.
//
// The model is chi_sim alone: it reads the Latin letters and digits of these documents too. Asking
// for chi_sim+eng does not load eng (tesseract.js-core 7 fails on the second model with "Failed
// loading language"), and eng+chi_sim reads no more of the fields at more than twice the time.

const LANGS = ['chi_sim'] as const;
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
  for (const lang of LANGS) {
    const source = trainedDataFile(lang);
    const target = path.join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target) && statSync(target).size === statSync(source).size) continue;
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    copyFileSync(source, temp);
    renameSync(temp, target);
  }
  return dir;
}

async function startWorker(langPath: string): Promise<Worker> {
  const worker = await createWorker([...LANGS], OEM.LSTM_ONLY, {
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

export class OcrEngine {
  private constructor(private readonly worker: Worker) {}

  static async create(): Promise<OcrEngine> {
    return new OcrEngine(await startWorker(languageFolder()));
  }

  /** Words of a page image, their boxes divided by `scale` (pixels per point) into page points. */
  async recognize(image: OcrImage, scale: number): Promise<TextBox[]> {
    const { data } = await this.worker.recognize(image.pgm, {}, { blocks: true, text: false });
    const words = wordsOf(data);
    await this.rereadFigures(image, words);
    return words.filter((w) => w.text).map((w) => ({ ...w, bbox: w.bbox.map((v) => v / scale) as BBox }));
  }

  /**
   * The page model reads a yen sign, alone or with the digit after it, as an ideograph (¥3989.29 as
   * 骂989.29). Such words are read again on their own, as one line of figures only, which finds the
   * digit; a figure that then starts with 0 lost a 1, whose stroke the sign absorbs (¥10781.88 read
   * as 导0781.88 both times).
   */
  private async rereadFigures(image: OcrImage, words: TextBox[]): Promise<void> {
    // The ideograph may also come out as a word of its own right before the figure.
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]!, words[i + 1]!];
      const gap = b.bbox[0] - a.bbox[2];
      if (/^[\u4e00-\u9fff]$/.test(a.text) && FIGURE.test(b.text) && gap >= 0 && gap < (a.bbox[3] - a.bbox[1]) / 2) {
        a.text += b.text;
        a.bbox = [a.bbox[0], Math.min(a.bbox[1], b.bbox[1]), b.bbox[2], Math.max(a.bbox[3], b.bbox[3])];
        b.text = '';
      }
    }
    const suspects = words.filter((w) => MERGED_FIGURE.test(w.text)).slice(0, MAX_REREADS);
    if (!suspects.length) return;
    await this.worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: FIGURE_CHARS });
    try {
      for (const w of suspects) {
        const [x0, y0, x1, y1] = w.bbox;
        const margin = (y1 - y0) * 0.4;
        const { data } = await this.worker.recognize(cropImage(image, x0 - 2 * margin, y0 - margin, x1 + margin, y1 + margin));
        const reread = data.text.replace(/\s+|¥/g, '');
        const figure = FIGURE.test(reread) ? reread : w.text.replace(/^\D+|元$/g, '');
        w.text = `¥${/^0\d/.test(figure) ? `1${figure}` : figure}`;
      }
    } finally {
      await this.worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, tessedit_char_whitelist: '' });
    }
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

const MERGED_FIGURE = /^[\u4e00-\u9fff](?:\d[\d,]*)?\.\d{2}元?$/;
const FIGURE = /^\d[\d,]*\.\d{2}$/;
const FIGURE_CHARS = '0123456789.,¥';
const MAX_REREADS = 12;

/** The recognised words (repaired, stray marks dropped) with their boxes in image pixels. */
function wordsOf(data: Page): TextBox[] {
  const boxes: TextBox[] = [];
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        for (const word of line.words) {
          const text = cleanOcrWord(repairOcrText(word.text.trim()));
          if (!text) continue;
          const b = word.bbox;
          const bbox: BBox = [b.x0, b.y0, b.x1, b.y1];
          boxes.push({ text, bbox, confidence: Math.max(0, Math.min(1, word.confidence / 100)) });
        }
      }
    }
  }
  return boxes;
}
