import PDFDocument from 'pdfkit';
import type { BBox, ReadField } from '../../../shared/domain/document';
import type { Random } from '../random';
import { registerCjkFonts, useFont, type CjkFonts, type FontHost } from './fonts';

// Draws a printed form on A4 with pdfkit and records, for each value it prints, the read field an
// extractor should produce: the printed text, its normalised value and a tight box around it.
//
// Boxes are in PDF points with a top-left origin. pdfkit places a line's top at `y` and its baseline
// one font ascender below; the box spans the em square around that baseline (typo ascender to typo
// descender), which is where the glyphs actually are. Values are drawn at least one em after their
// labels so that text extraction sees them as separate runs.

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 48;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface DocumentInfo {
  title: string;
  /** When the document was issued: a fixed CreationDate, so the bytes never depend on the clock. */
  creationDate: Date;
  author: string;
  password?: string;
}

interface FontMetrics { ascender: number; typoAscender: number; typoDescender: number }
interface EmbeddedFontView {
  ascender: number;
  font: { 'OS/2': { typoAscender: number; typoDescender: number } };
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableResult {
  /** Box around the whole table, header included. */
  box: BBox;
  /** Each data row's cells joined by spaces, in drawing order. */
  rowTexts: string[];
  /** Box of each data cell's text (null for empty cells). */
  cellBoxes: (BBox | null)[][];
  bottom: number;
}

export class FormWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly fields: ReadField[] = [];
  page = 1;
  private readonly metrics = new Map<string, FontMetrics>();
  /** Runs drawn on the current page, to keep runs of one line apart (see text()). */
  private runs: { top: number; x0: number; x1: number }[] = [];

  constructor(private readonly fonts: CjkFonts, info: DocumentInfo, private readonly confidenceRng: Random) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      font: '', // no Helvetica: every glyph comes from the embedded CJK subset
      pdfVersion: info.password ? '1.4' : '1.3', // 1.4 = RC4-128, whose key derives from the file id: deterministic
      ...(info.password ? { userPassword: info.password, ownerPassword: `${info.password}-owner` } : {}),
      info: { Title: info.title, Author: info.author, Creator: info.author, Producer: 'ClaimDesk demo generator', CreationDate: info.creationDate },
    });
    registerCjkFonts(this.doc as unknown as FontHost, fonts);
  }

  private select(style: TextStyle): FontMetrics {
    const weight = style.bold ? 'bold' : 'regular';
    useFont(this.doc as unknown as FontHost, this.fonts, weight);
    this.doc.fontSize(style.size ?? 10).fillColor(style.color ?? '#111111');
    let m = this.metrics.get(weight);
    if (!m) {
      const font = (this.doc as unknown as { _font: EmbeddedFontView })._font;
      m = { ascender: font.ascender / 1000, typoAscender: font.font['OS/2'].typoAscender / 1000, typoDescender: font.font['OS/2'].typoDescender / 1000 };
      this.metrics.set(weight, m);
    }
    return m;
  }

  width(text: string, style: TextStyle = {}): number {
    this.select(style);
    return this.doc.widthOfString(text);
  }

  /** One line of text with its top at y; returns the glyphs' box. */
  text(text: string, x: number, y: number, style: TextStyle = {}): BBox {
    if (/[\r\n]/.test(text)) throw new Error(`a form value must be one line: ${JSON.stringify(text)}`);
    const m = this.select(style);
    const size = style.size ?? 10;
    const w = this.doc.widthOfString(text);
    this.keepApart(x, x + w, y, size);
    this.doc.text(text, x, y, { lineBreak: false });
    return [round(x), round(y + (m.ascender - m.typoAscender) * size), round(x + w), round(y + (m.ascender - m.typoDescender) * size)];
  }

  /**
   * Text extractors (pdf.js among them) join runs of one line whose gap is under about 0.6 em, so a
   * value printed too close to its neighbour would be read as one string with it. A layout that does
   * this is a bug in the generator, not a realistic variation: fail loudly.
   */
  private keepApart(x0: number, x1: number, top: number, size: number): void {
    for (const r of this.runs) {
      if (Math.abs(r.top - top) > 0.5) continue;
      const gap = Math.max(x0, r.x0) - Math.min(x1, r.x1);
      if (gap < 0.62 * size) throw new Error(`text runs too close on page ${this.page} at y=${top} (x ${r.x0}-${r.x1} and ${x0}-${x1})`);
    }
    this.runs.push({ top, x0, x1 });
  }

  /** Text aligned within [x, x + width]. */
  aligned(text: string, x: number, width: number, y: number, align: 'left' | 'right' | 'center', style: TextStyle = {}): BBox {
    const w = this.width(text, style);
    const left = align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
    return this.text(text, left, y, style);
  }

  centered(text: string, y: number, style: TextStyle = {}): BBox {
    return this.aligned(text, 0, A4.width, y, 'center', style);
  }

  /** Wrapped running text (narratives); not a field. Returns the y below it. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    this.select(style);
    this.doc.text(text, x, y, { width, lineGap: 3 });
    return this.doc.y;
  }

  /** A label followed, one em or more later, by its value; returns the value's box. */
  labelled(labelText: string, valueText: string, x: number, y: number, style: TextStyle = {}, valueX?: number): BBox {
    this.text(labelText, x, y, style);
    const size = style.size ?? 10;
    const minX = x + this.width(labelText, style) + size;
    return this.text(valueText, Math.max(minX, valueX ?? 0), y, style);
  }

  /** Records a read field for text printed on the current page. */
  field(key: string, value: unknown, text: string, box: BBox, page = this.page): void {
    const rng = this.confidenceRng;
    const confidence = rng.chance(0.1) ? rng.int(60, 85) / 100 : rng.int(90, 99) / 100;
    this.fields.push({ key, value, text, confidence, page, bbox: box, source: 'text' });
  }

  /** labelled() and field() in one: the common case of a printed "label: value". */
  labelledField(key: string, value: unknown, labelText: string, valueText: string, x: number, y: number, style: TextStyle = {}, valueX?: number): BBox {
    const box = this.labelled(labelText, valueText, x, y, style, valueX);
    this.field(key, value, valueText, box);
    return box;
  }

  line(x0: number, y0: number, x1: number, y1: number, width = 0.6, color = '#333333'): void {
    this.doc.save().lineWidth(width).strokeColor(color).moveTo(x0, y0).lineTo(x1, y1).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, width = 0.8, color = '#333333'): void {
    this.doc.save().lineWidth(width).strokeColor(color).rect(x, y, w, h).stroke().restore();
  }

  /** A ruled table: header row, then one line per data row. */
  table(x: number, y: number, columns: readonly Column[], rows: readonly (readonly string[])[], opts: { size?: number; rowHeight?: number; ruled?: boolean } = {}): TableResult {
    const size = opts.size ?? 9;
    const rowHeight = opts.rowHeight ?? size * 1.9;
    const width = columns.reduce((s, c) => s + c.width, 0);
    const pad = 3;
    const textTop = (rowTop: number) => rowTop + (rowHeight - size * 1.45) / 2;
    this.line(x, y, x + width, y, 0.9);
    let cx = x;
    for (const c of columns) {
      this.aligned(c.header, cx + pad, c.width - 2 * pad, textTop(y), c.align ?? 'left', { size, color: '#000000' });
      cx += c.width;
    }
    let rowTop = y + rowHeight;
    this.line(x, rowTop, x + width, rowTop, 0.6);
    const rowTexts: string[] = [];
    const cellBoxes: (BBox | null)[][] = [];
    for (const row of rows) {
      cx = x;
      cellBoxes.push(row.map((cell, i) => {
        const c = columns[i]!;
        const box = cell ? this.aligned(cell, cx + pad, c.width - 2 * pad, textTop(rowTop), c.align ?? 'left', { size }) : null;
        cx += c.width;
        return box;
      }));
      rowTexts.push(row.filter(Boolean).join(' '));
      rowTop += rowHeight;
      if (opts.ruled) this.line(x, rowTop, x + width, rowTop, 0.3, '#888888');
    }
    this.line(x, rowTop, x + width, rowTop, 0.9);
    return { box: [round(x), round(y), round(x + width), round(rowTop)], rowTexts, cellBoxes, bottom: rowTop };
  }

  addPage(): void {
    this.doc.addPage();
    this.page += 1;
    this.runs = [];
  }

  /** Finishes the file; resolves to its bytes. */
  end(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}

/** The smallest box around several. */
export function unionBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) throw new Error('unionBox of nothing');
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Boxes to a hundredth of a point: stable text in dataset.json, far finer than any viewer needs. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
