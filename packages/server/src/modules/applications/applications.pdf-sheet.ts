// The approval form's drawing primitives: the CJK fonts (Noto Sans SC from npm, read once per process; pdfkit embeds
// only the glyphs used) and an A4 sheet drawn as one table row by row, starting a new page before the bottom margin.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { StepEntry } from './applications.pdf-steps.ts';

// ---------------------------------------------------------------------------------------------------------------
// Fonts: read once per process (each weight's file is about 10 MB; the PDF carries only the glyphs it uses).

export const require = createRequire(import.meta.url);
export const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
let fonts: Promise<Record<keyof typeof FONT_FILES, Buffer>> | undefined;

export function loadFonts(): Promise<Record<keyof typeof FONT_FILES, Buffer>> {
  fonts ??= Promise.all([readFile(require.resolve(FONT_FILES.regular)), readFile(require.resolve(FONT_FILES.bold))])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
  return fonts;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: A4 in points, one table the width of the page, drawn row by row; a row that would cross the bottom
// margin starts a new page.

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 46, bottom: 62, left: 48, right: 48 };
export const LEFT = MARGIN.left;
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;
export const LABEL_WIDTH = 86;
export const PAD = 5;
export const SIZE = { title: 17, subtitle: 10.5, section: 10.5, body: 9.5, small: 8, footer: 7.5 };
/** An ideographic space: one em wide, like a Chinese character. */
export const GAP = '\u3000';
export const GREY = { label: '#f2f2f2', section: '#e4e4e4', line: '#555555', faint: '#777777' };

export interface Cell {
  text: string;
  width: number;
  label?: boolean;
  /** Smaller, grey text (versions, remarks). */
  faint?: boolean;
  align?: 'left' | 'center';
}

export class Sheet {
  y = MARGIN.top;
  constructor(readonly doc: PDFKit.PDFDocument) {}

  font(bold: boolean, size: number): this {
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
    return this;
  }

  /** Starts a new page when `height` more points would not fit. */
  room(height: number): void {
    if (this.y + height <= BOTTOM) return;
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  textHeight(cell: Cell): number {
    this.font(cell.label === true, cell.faint ? SIZE.small : SIZE.body);
    return this.doc.heightOfString(cell.text || ' ', { width: cell.width - 2 * PAD, lineGap: 1.5 });
  }

  /** One table row; cells' widths add up to the table's. */
  row(cells: Cell[], minHeight = 19): void {
    const height = Math.max(minHeight, ...cells.map((c) => this.textHeight(c) + 2 * PAD));
    this.room(height);
    let x = LEFT;
    for (const cell of cells) {
      if (cell.label) this.doc.rect(x, this.y, cell.width, height).fill(GREY.label);
      this.doc.rect(x, this.y, cell.width, height).lineWidth(0.6).strokeColor(GREY.line).stroke();
      const textHeight = this.textHeight(cell);
      this.doc.fillColor(cell.faint ? GREY.faint : 'black');
      this.doc.text(cell.text, x + PAD, this.y + Math.max(PAD, (height - textHeight) / 2), {
        width: cell.width - 2 * PAD,
        lineGap: 1.5,
        align: cell.align ?? (cell.label ? 'center' : 'left'),
      });
      x += cell.width;
    }
    this.doc.fillColor('black');
    this.y += height;
  }

  /** A full-width heading row; kept on the page of the row that follows it. */
  section(title: string, next: number): void {
    const height = 20;
    this.room(height + next);
    this.doc.rect(LEFT, this.y, WIDTH, height).fill(GREY.section);
    this.doc.rect(LEFT, this.y, WIDTH, height).lineWidth(0.6).strokeColor(GREY.line).stroke();
    this.font(true, SIZE.section).doc.fillColor('black');
    this.doc.text(title, LEFT + PAD, this.y + 3.5, { width: WIDTH - 2 * PAD, lineBreak: false });
    this.y += height;
  }

  /** Label, value, label, value. */
  pair(a: [string, string], b: [string, string]): void {
    const value = (WIDTH - 2 * LABEL_WIDTH) / 2;
    this.row([
      { text: a[0], width: LABEL_WIDTH, label: true },
      { text: a[1], width: value },
      { text: b[0], width: LABEL_WIDTH, label: true },
      { text: b[1], width: value },
    ]);
  }

  /** Label and a value across the rest of the row. */
  wide(label: string, value: string, faint = false): void {
    this.row([
      { text: label, width: LABEL_WIDTH, label: true },
      { text: value, width: WIDTH - LABEL_WIDTH, faint },
    ]);
  }

  /**
   * One step of the chain: its opinion as recorded, who acted and when, and space for the signature and seal.
   * A step not taken yet is left blank to be filled in by hand.
   */
  step(label: string, entry: StepEntry | null): void {
    const inner = WIDTH - LABEL_WIDTH - 2 * PAD;
    const opinion = entry?.opinion ?? '';
    const remark = entry?.remark ?? '';
    this.font(false, SIZE.body);
    const opinionHeight = opinion ? this.doc.heightOfString(opinion, { width: inner, lineGap: 1.5 }) : 0;
    this.font(false, SIZE.small);
    const remarkHeight = remark ? this.doc.heightOfString(remark, { width: inner, lineGap: 1 }) + 2 : 0;
    const signature = 36;
    const height = Math.max(84, PAD + opinionHeight + remarkHeight + 6 + signature);
    this.room(height);
    const top = this.y;
    const x = LEFT + LABEL_WIDTH;
    this.doc.rect(LEFT, top, LABEL_WIDTH, height).fill(GREY.label);
    this.doc.rect(LEFT, top, LABEL_WIDTH, height).lineWidth(0.6).strokeColor(GREY.line).stroke();
    this.doc
      .rect(x, top, WIDTH - LABEL_WIDTH, height)
      .lineWidth(0.6)
      .strokeColor(GREY.line)
      .stroke();
    this.font(true, SIZE.body).doc.fillColor('black');
    const labelHeight = this.doc.heightOfString(label, { width: LABEL_WIDTH - 2 * PAD, lineGap: 2 });
    this.doc.text(label, LEFT + PAD, top + (height - labelHeight) / 2, {
      width: LABEL_WIDTH - 2 * PAD,
      align: 'center',
      lineGap: 2,
    });

    let y = top + PAD;
    if (opinion) {
      this.font(false, SIZE.body).doc.text(opinion, x + PAD, y, { width: inner, lineGap: 1.5 });
      y += opinionHeight;
    }
    if (remark) {
      this.font(false, SIZE.small)
        .doc.fillColor(GREY.faint)
        .text(remark, x + PAD, y + 2, { width: inner, lineGap: 1 });
      this.doc.fillColor('black');
    }

    // The bottom of the block: the recorded actor and date on the left, the line to sign on the right.
    const base = top + height - signature + 4;
    this.font(false, SIZE.body);
    const recorded = entry ? `经办人：${entry.actor || '—'}` : '经办人：';
    this.doc.text(recorded, x + PAD, base, { width: 170, lineBreak: false });
    this.doc.text(entry ? `办理日期：${entry.date}` : '办理日期：', x + PAD, base + 15, {
      width: 170,
      lineBreak: false,
    });
    const signX = x + 200;
    this.doc.text('签字（盖章）：', signX, base, { lineBreak: false });
    const lineStart = signX + this.doc.widthOfString('签字（盖章）：');
    const lineEnd = LEFT + WIDTH - PAD - 4;
    this.doc
      .moveTo(lineStart, base + 12)
      .lineTo(lineEnd, base + 12)
      .lineWidth(0.5)
      .strokeColor('black')
      .stroke();
    this.doc.text('年　　　月　　　日', lineEnd - 110, base + 15, { width: 110, align: 'right', lineBreak: false });
    this.y += height;
  }
}
