import PDFDocument from 'pdfkit';
import { describeFace, type CjkFont } from './cjk-font';

// A4 pages written top to bottom with pdfkit: wrapped text, label/value rows and ruled tables whose
// rows never split and whose header repeats on every page they reach. Pages are buffered so that the
// footer, which names the page count, is stamped on each once the body is done.
//
// pdfkit breaks running text onto a new page by itself at the bottom margin; the margin therefore
// reserves the footer band, and the footer is drawn with that margin lifted.

export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;
const FOOTER_BAND = 40;
const INK = '#1a1a1a';
export const MUTED = '#666666';
const RULE = '#999999';
const HAIRLINE = '#d0d0d0';
const HEADER_FILL = '#f2f2f2';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: readonly string[];
  /** A totals row: bold, with a rule above. */
  total?: boolean;
}

export interface DocumentInfo {
  title: string;
  language: string;
  /** CreationDate and ModDate, so the same input gives the same bytes. */
  issuedAt: Date;
}

/** One row of fields: one or two label/value pairs. */
export type FieldRow = readonly (readonly [string, string])[];

const CELL_PAD_X = 3;
const CELL_PAD_Y = 2.5;
const FIELD_GAP = 8;
const FIELD_ROW_GAP = 3;

export class PageWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly boldFace: 'regular' | 'bold';
  y: number = PAGE.margin;

  constructor(font: CjkFont, info: DocumentInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin + FOOTER_BAND },
      bufferPages: true,
      font: '', // no Helvetica: every glyph comes from the CJK font, which also covers Latin
      lang: info.language,
      displayTitle: true,
      info: { Title: info.title, Creator: 'ClaimDesk', CreationDate: info.issuedAt, ModDate: info.issuedAt },
    });
    this.doc.registerFont('regular', font.regular.file, font.regular.postscriptName);
    this.doc.registerFont('bold', font.bold.file, font.bold.postscriptName);
    // With one face for both weights, pdfkit embeds it once but never caches the second name, and
    // would read and parse the whole file again on every switch to bold: bold is then the regular face.
    this.boldFace = describeFace(font.bold) === describeFace(font.regular) ? 'regular' : 'bold';
    // Load the faces now, so that an unusable font fails with its name rather than pdfkit's
    // "Not a supported font format" in the middle of a table.
    for (const [name, face] of [['regular', font.regular], [this.boldFace, font.bold]] as const) {
      try {
        this.doc.font(name);
      } catch (e) {
        throw new Error(`cannot use ${describeFace(face)} for the decision notice: ${(e as Error).message}`, { cause: e });
      }
    }
  }

  get left(): number {
    return PAGE.margin;
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  private get bottom(): number {
    return PAGE.height - PAGE.margin - FOOTER_BAND;
  }

  /** The height a page has for the body. */
  get pageBody(): number {
    return this.bottom - PAGE.margin;
  }

  private style({ size = 9, bold = false, color = INK }: TextStyle): void {
    this.doc.font(bold ? this.boldFace : 'regular').fontSize(size).fillColor(color);
  }

  gap(points: number): void {
    this.y += points;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  keep(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = PAGE.margin;
  }

  /** Wrapped text from the current position; long text continues on the next page. */
  text(text: string, style: TextStyle = {}, opts: { x?: number; width?: number; align?: 'left' | 'right' | 'center' } = {}): void {
    this.style(style);
    const x = opts.x ?? this.left;
    this.doc.text(text, x, this.y, { width: opts.width ?? this.left + this.width - x, align: opts.align ?? 'left', lineGap: 1.5 });
    this.y = this.doc.y;
  }

  heightOf(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(text, { width, lineGap: 1.5 });
  }

  /** Text placed without moving the flow (a heading's right-hand side). */
  place(text: string, x: number, y: number, width: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
    this.style(style);
    this.doc.text(text, x, y, { width, align, lineBreak: false });
  }

  rule(color = RULE, weight = 0.6): void {
    this.line(this.left, this.left + this.width, this.y, color, weight);
  }

  private line(x0: number, x1: number, y: number, color: string, weight: number): void {
    this.doc.save().lineWidth(weight).strokeColor(color).moveTo(x0, y).lineTo(x1, y).stroke().restore();
  }

  /** A section heading kept with at least `followedBy` points of what comes under it. */
  heading(text: string, followedBy = 40): void {
    this.keep(this.heightOf(text, this.width, { size: 10.5, bold: true }) + 4 + followedBy);
    this.text(text, { size: 10.5, bold: true });
    this.gap(4);
  }

  /**
   * Rows of label/value pairs, one or two pairs a row; a single pair takes the whole width. Values
   * wrap beside their label.
   */
  fields(rows: readonly FieldRow[], labelWidth: number, style: TextStyle = {}): void {
    const label: TextStyle = { ...style, color: MUTED };
    for (const pairs of rows) {
      const slot = this.width / pairs.length;
      const height = this.fieldRowHeight(pairs, labelWidth, style);
      this.keep(height);
      pairs.forEach(([l, v], i) => {
        const x = this.left + i * slot;
        const top = this.y;
        this.text(l, label, { x, width: labelWidth });
        this.y = top;
        this.text(v, style, { x: x + labelWidth, width: slot - labelWidth - FIELD_GAP });
        this.y = top;
      });
      this.y += height + FIELD_ROW_GAP;
    }
  }

  /** What fields() will take, to keep a block of them on one page. */
  fieldsHeight(rows: readonly FieldRow[], labelWidth: number, style: TextStyle = {}): number {
    return rows.reduce((sum, pairs) => sum + this.fieldRowHeight(pairs, labelWidth, style) + FIELD_ROW_GAP, 0);
  }

  private fieldRowHeight(pairs: FieldRow, labelWidth: number, style: TextStyle): number {
    const valueWidth = this.width / pairs.length - labelWidth - FIELD_GAP;
    return Math.max(...pairs.map(([l, v]) => Math.max(this.heightOf(l, labelWidth, { ...style, color: MUTED }), this.heightOf(v, valueWidth, style))));
  }

  /**
   * A ruled table. A row that does not fit goes to the next page, after the header again; a totals
   * row is kept with the table it totals.
   */
  table(columns: readonly Column[], rows: readonly TableRow[], size = 7.5): void {
    const header: TableRow = { cells: columns.map((c) => c.header) };
    const heightOf = (row: TableRow, bold: boolean) => Math.max(...columns.map((c, i) =>
      this.heightOf(row.cells[i] ?? '', c.width - 2 * CELL_PAD_X, { size, bold }))) + 2 * CELL_PAD_Y;
    const headerHeight = heightOf(header, true);
    const drawHeader = () => {
      this.doc.save().rect(this.left, this.y, this.width, headerHeight).fill(HEADER_FILL).restore();
      this.line(this.left, this.left + this.width, this.y, RULE, 0.8);
      this.row(columns, header, size, true);
      this.y += headerHeight;
      this.line(this.left, this.left + this.width, this.y, RULE, 0.6);
    };
    this.keep(headerHeight + (rows[0] ? heightOf(rows[0], rows[0].total === true) : 0));
    drawHeader();
    for (const row of rows) {
      const height = heightOf(row, row.total === true);
      if (this.y + height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      if (row.total) this.line(this.left, this.left + this.width, this.y, RULE, 0.8);
      this.row(columns, row, size, row.total === true);
      this.y += height;
      if (!row.total) this.line(this.left, this.left + this.width, this.y, HAIRLINE, 0.4);
    }
    this.line(this.left, this.left + this.width, this.y, RULE, 0.8);
  }

  private row(columns: readonly Column[], row: TableRow, size: number, bold: boolean): void {
    let x = this.left;
    columns.forEach((c, i) => {
      const cell = row.cells[i] ?? '';
      if (cell) {
        this.style({ size, bold });
        this.doc.text(cell, x + CELL_PAD_X, this.y + CELL_PAD_Y, { width: c.width - 2 * CELL_PAD_X, align: c.align ?? 'left', lineGap: 1.5 });
      }
      x += c.width;
    });
  }

  /** Stamps each page's footer (the same lines on every page, and its number), then finishes the file. */
  end(lines: readonly string[], pageLabel: (page: number, count: number) => string): Promise<Uint8Array> {
    const { start, count } = this.doc.bufferedPageRange();
    const style: TextStyle = { size: 6.5, color: MUTED };
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.doc.page.margins.bottom = 0;
      const top = this.bottom + 6;
      this.line(this.left, this.left + this.width, top, HAIRLINE, 0.4);
      lines.forEach((text, n) => this.place(text, this.left, top + 4 + n * 9, this.width, style));
      this.place(pageLabel(i - start + 1, count), this.left, top + 4, this.width, style, 'right');
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
