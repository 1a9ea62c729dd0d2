import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createWorker, OEM, PSM, type Page, type Worker } from 'tesseract.js';
import type { BBox } from '../../shared/domain/document';
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
 * tesseract.js reads its languages from one folder of `<lang>.traineddata.gz` files; each package
 * installs in its own. The files are copied once into a folder of the OS temp directory (atomically,
 * so parallel jobs never see half a file).
 */
function languageFolder(): string {
  const dir = path.join(os.tmpdir(), 'claimdesk-tessdata-4.0.0_best_int');
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) {
    const source = path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
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
    cacheMethod: 'none',
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', user_defined_dpi: String(Math.round(72 * OCR_SCALE)) });
  return worker;
}

export class OcrEngine {
  private constructor(private readonly worker: Worker) {}

  static async create(): Promise<OcrEngine> {
    return new OcrEngine(await startWorker(languageFolder()));
  }

  /** Words of a page image (PGM), their boxes divided by `scale` (pixels per point) into page points. */
  async recognize(image: Buffer, scale: number): Promise<TextBox[]> {
    const { data } = await this.worker.recognize(image, {}, { blocks: true, text: false });
    return wordsOf(data, scale);
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The recognised words (repaired, stray marks dropped) with their boxes in page points. */
function wordsOf(data: Page, scale: number): TextBox[] {
  const boxes: TextBox[] = [];
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        for (const word of line.words) {
          const text = cleanOcrWord(repairOcrText(word.text.trim()));
          if (!text) continue;
          const b = word.bbox;
          const bbox: BBox = [b.x0 / scale, b.y0 / scale, b.x1 / scale, b.y1 / scale];
          boxes.push({ text, bbox, confidence: Math.max(0, Math.min(1, word.confidence / 100)) });
        }
      }
    }
  }
  return boxes;
}
