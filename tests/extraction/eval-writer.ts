import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { BBox, ReadField } from '../../shared/domain/document';

// A pdfkit page writer for the evaluation documents. It draws in display coordinates (top-left
// origin, as the page is shown) whatever the page's /Rotate, and records for each printed value the
// field an extractor should read, with the box the glyphs occupy.

export const A4: readonly [number, number] = [595.28, 841.89];

export type Face = 'sans' | 'sansBold' | 'serif' | 'serifBold';
export type Rotation = 0 | 90 | 180 | 270;

const FONT_FILES: Record<Face, [string, string]> = {
  sans: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  sansBold: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold'],
  serif: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  serifBold: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
};
const fontBytes = new Map<Face, Buffer>();
function fontBuffer(face: Face): Buffer {
  let b = fontBytes.get(face);
  if (!b) fontBytes.set(face, (b = readFileSync(FONT_FILES[face][0])));
  return b;
}

// Noto CJK metrics (per em): pdfkit puts the baseline one ascender below y; glyphs fill the em box.
const ASCENDER = 1.16;
const EM_TOP = 0.88;
const EM_BOTTOM = -0.12;

export interface TextOpts {
  size?: number;
  face?: Face;
  color?: string;
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOpts {
  size?: number;
  rowHeight?: number;
  ruled?: boolean;
  /** Group titles over runs of columns: a two-line header. */
  groups?: readonly { title: string; from: number; to: number }[];
  /** Cells wider than their column wrap onto a second line. */
  wrap?: boolean;
}

export interface TableResult {
  /** Per row, per column: the box of the cell text (null when empty). */
  cells: (BBox | null)[][];
  rowBoxes: BBox[];
  rowTexts: string[];
  bottom: number;
}

export function unionBox(boxes: readonly BBox[]): BBox {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

const round = (v: number) => Math.round(v * 100) / 100;

export class EvalWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly fields: ReadField[] = [];
  page = 0;
  readonly width: number;
  readonly height: number;
  private transformed = false;

  constructor(readonly rotation: Rotation, readonly body: Face, readonly bold: Face, info: { title: string; password?: string }) {
    [this.width, this.height] = A4;
    this.doc = new PDFDocument({
      autoFirstPage: false,
      margin: 0,
      info: { Title: info.title, Producer: 'ClaimDesk evaluation generator', CreationDate: new Date(Date.UTC(2025, 0, 1)) },
      ...(info.password ? { userPassword: info.password, ownerPassword: `${info.password}!`, pdfVersion: '1.7' as const } : {}),
    });
    for (const face of new Set<Face>([body, bold])) this.doc.registerFont(face, fontBuffer(face), FONT_FILES[face][1]);
    this.addPage();
  }

  /** A new page; its content is drawn upright in display coordinates whatever the /Rotate. */
  addPage(): void {
    if (this.transformed) this.doc.restore();
    const [w, h] = [this.width, this.height];
    const sideways = this.rotation === 90 || this.rotation === 270;
    const media: [number, number] = sideways ? [h, w] : [w, h];
    this.doc.addPage({ size: media, margin: 0 });
    this.page += 1;
    if (this.rotation) {
      (this.doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = this.rotation;
    }
    this.doc.save();
    this.transformed = true;
    // Display (X, Y) drawn at the media-space point the viewer rotates onto it.
    if (this.rotation === 90) this.doc.transform(0, -1, 1, 0, 0, media[1]);
    else if (this.rotation === 180) this.doc.transform(-1, 0, 0, -1, media[0], media[1]);
    else if (this.rotation === 270) this.doc.transform(0, 1, -1, 0, media[0], 0);
  }

  private select(opts: TextOpts): number {
    const size = opts.size ?? 10;
    this.doc.font(opts.face ?? this.body).fontSize(size).fillColor(opts.color ?? '#111111');
    return size;
  }

  measure(text: string, opts: TextOpts = {}): number {
    this.select(opts);
    return this.doc.widthOfString(text);
  }

  /** One line of text with its top at y; returns the glyphs' box. */
  text(text: string, x: number, y: number, opts: TextOpts = {}): BBox {
    const size = this.select(opts);
    const w = this.doc.widthOfString(text);
    this.doc.text(text, x, y, { lineBreak: false });
    return [round(x), round(y + (ASCENDER - EM_TOP) * size), round(x + w), round(y + (ASCENDER - EM_BOTTOM) * size)];
  }

  aligned(text: string, x: number, width: number, y: number, align: 'left' | 'right' | 'center', opts: TextOpts = {}): BBox {
    const w = this.measure(text, opts);
    const left = align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
    return this.text(text, left, y, opts);
  }

  centered(text: string, y: number, opts: TextOpts = {}): BBox {
    return this.aligned(text, 0, this.width, y, 'center', opts);
  }

  /** Running text wrapped at width; not a field. Returns the y below it. */
  paragraph(text: string, x: number, y: number, width: number, opts: TextOpts = {}): number {
    this.select(opts);
    this.doc.text(text, x, y, { width, lineGap: 3 });
    return this.doc.y;
  }

  field(key: string, value: unknown, text: string, bbox: BBox, page = this.page): void {
    this.fields.push({ key, value, text, confidence: 1, page, bbox, source: 'text' });
  }

  rule(x0: number, y0: number, x1: number, y1: number, width = 0.6, color = '#333333'): void {
    this.doc.save().lineWidth(width).strokeColor(color).moveTo(x0, y0).lineTo(x1, y1).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, color = '#333333'): void {
    this.doc.save().lineWidth(0.6).strokeColor(color).rect(x, y, w, h).stroke().restore();
  }

  /** A round seal: a ring, characters around its upper arc (each rotated), a star. Not fields. */
  stamp(cx: number, cy: number, r: number, ring: string, color = '#c8281e'): void {
    const doc = this.doc;
    doc.save().lineWidth(2).strokeColor(color).circle(cx, cy, r).stroke().restore();
    const chars = [...ring];
    // An even count keeps every character off the vertical: none of them reads as upright text.
    if (chars.length % 2) chars.push('章');
    const span = 240;
    chars.forEach((ch, i) => {
      const angle = -span / 2 + (span * i) / (chars.length - 1);
      doc.save();
      doc.rotate(angle, { origin: [cx, cy] });
      this.select({ size: r / 5, color });
      doc.text(ch, cx - r / 10, cy - r + 3, { lineBreak: false });
      doc.restore();
    });
    doc.save().fillColor(color).polygon(...starPoints(cx, cy, r / 4)).fill().restore();
  }

  /** Light diagonal text across the page: not a field. */
  watermark(text: string): void {
    const doc = this.doc;
    doc.save();
    doc.rotate(-35, { origin: [this.width / 2, this.height / 2] });
    this.select({ size: 54, color: '#e3e3e3' });
    doc.text(text, this.width / 2 - this.measure(text, { size: 54 }) / 2, this.height / 2 - 30, { lineBreak: false });
    doc.restore();
  }

  table(x: number, y: number, columns: readonly Column[], rows: readonly string[][], opts: TableOpts = {}): TableResult {
    const size = opts.size ?? 9;
    const rowHeight = opts.rowHeight ?? size * 1.9;
    const headerFace: TextOpts = { size, face: this.bold };
    const lefts = columns.map((_, i) => x + columns.slice(0, i).reduce((s, c) => s + c.width, 0));
    const totalWidth = columns.reduce((s, c) => s + c.width, 0);
    let top = y;
    const grouped = new Set<number>();
    if (opts.groups?.length) {
      // Two header lines: group titles over their columns, the other titles centred over both.
      for (const g of opts.groups) {
        const gx = lefts[g.from]!;
        const gw = lefts[g.to]! + columns[g.to]!.width - gx;
        this.aligned(g.title, gx, gw, top + 2, 'center', headerFace);
        for (let i = g.from; i <= g.to; i++) grouped.add(i);
        if (opts.ruled) this.rule(gx, top + rowHeight, gx + gw, top + rowHeight, 0.5);
      }
      columns.forEach((c, i) => {
        const ty = grouped.has(i) ? top + rowHeight + 2 : top + rowHeight / 2 + 2;
        this.aligned(c.header, lefts[i]!, c.width, ty, 'center', headerFace);
      });
      top += rowHeight * 2;
    } else {
      columns.forEach((c, i) => this.aligned(c.header, lefts[i]!, c.width, top + 2, 'center', headerFace));
      top += rowHeight;
    }
    if (opts.ruled) this.rule(x, top, x + totalWidth, top, 0.5);
    const cells: (BBox | null)[][] = [];
    const rowBoxes: BBox[] = [];
    const rowTexts: string[] = [];
    for (const row of rows) {
      let lines = 1;
      const boxes: (BBox | null)[] = [];
      row.forEach((cell, i) => {
        const c = columns[i]!;
        if (!cell) { boxes.push(null); return; }
        const pad = 3;
        const fits = this.measure(cell, { size }) <= c.width - 2 * pad;
        if (fits || !opts.wrap) {
          boxes.push(this.aligned(cell, lefts[i]! + pad, c.width - 2 * pad, top + 2, c.align ?? 'left', { size }));
          return;
        }
        const [a, b] = splitToWidth(cell, (t) => this.measure(t, { size }), c.width - 2 * pad);
        const first = this.text(a, lefts[i]! + pad, top + 2, { size });
        const second = this.text(b, lefts[i]! + pad, top + 2 + size * 1.45, { size });
        boxes.push(unionBox([first, second]));
        lines = 2;
      });
      const height = rowHeight + (lines - 1) * size * 1.45;
      cells.push(boxes);
      const present = boxes.filter((b): b is BBox => b !== null);
      rowBoxes.push(unionBox(present));
      rowTexts.push(row.filter(Boolean).join(' '));
      top += height;
      if (opts.ruled) this.rule(x, top, x + totalWidth, top, 0.3, '#777777');
    }
    return { cells, rowBoxes, rowTexts, bottom: top };
  }

  async end(): Promise<Buffer> {
    if (this.transformed) this.doc.restore();
    this.transformed = false;
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}

/** The longest prefix that fits, and the rest. */
function splitToWidth(text: string, width: (t: string) => number, max: number): [string, string] {
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && width(chars.slice(0, n).join('')) > max) n--;
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}

function starPoints(cx: number, cy: number, r: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.4 : r;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return pts;
}
