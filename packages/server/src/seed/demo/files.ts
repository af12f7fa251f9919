// Small generated files for the demo documents: a one-page PDF whose Chinese text uses the standard CJK font every
// PDF reader has (STSong-Light, not embedded, so a decision is about 1.5 KB), and PNG cards and portraits drawn
// from rectangles and circles. Deterministic: the same lines give the same bytes.
import { crc32, deflateSync } from 'node:zlib';
import { hashText } from './random.ts';

const NOTICE = '演示数据 · 人物与文书均为虚构';

/** UTF-16BE hex, as the UniGB-UCS2-H encoding takes it. */
function ucs2(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

export function demoPdf(lines: readonly string[]): Buffer {
  const [title, ...rest] = lines;
  const ops: string[] = ['BT', '/F1 20 Tf', '72 760 Td', `<${ucs2(title ?? '')}> Tj`, '/F1 12 Tf'];
  for (const line of rest) ops.push('0 -26 Td', `<${ucs2(line)}> Tj`);
  ops.push('ET', 'BT', '0.55 g', '/F1 10 Tf', '72 60 Td', `<${ucs2(NOTICE)}> Tj`, 'ET');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    // CIDs 1–95 are the proportional Latin characters: half width, not the 1000 of a Chinese character.
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

type Rgb = readonly [number, number, number];

class Canvas {
  readonly pixels: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    this.rect(0, 0, width, height, background);
  }
  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    const [x0, x1] = [Math.max(0, x), Math.min(this.width, x + w)];
    if (x1 <= x0) return;
    const row = Buffer.alloc((x1 - x0) * 3);
    for (let i = 0; i < row.length; i += 3) row.set(c, i);
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++)
      row.copy(this.pixels, (j * this.width + x0) * 3);
  }
  circle(cx: number, cy: number, r: number, c: Rgb, ring = 0): void {
    for (let j = cy - r; j <= cy + r; j++) {
      for (let i = cx - r; i <= cx + r; i++) {
        const d = Math.hypot(i - cx, j - cy);
        if (d <= r && (ring === 0 || d >= r - ring) && i >= 0 && j >= 0 && i < this.width && j < this.height)
          this.pixels.set(c, (j * this.width + i) * 3);
      }
    }
  }
  png(): Buffer {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let j = 0; j < this.height; j++) {
      raw[j * (this.width * 3 + 1)] = 0;
      this.pixels.copy(raw, j * (this.width * 3 + 1) + 1, j * this.width * 3, (j + 1) * this.width * 3);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const CARD_COLOURS: readonly Rgb[] = [
  [176, 42, 42],
  [30, 96, 160],
  [38, 120, 84],
  [120, 80, 30],
];

/** 5×7 glyphs for the word on every card, so a picture can never pass for a real certificate. */
const GLYPHS: Record<string, readonly string[]> = {
  D: ['1110', '1001', '1001', '1001', '1001', '1001', '1110'],
  E: ['1111', '1000', '1000', '1110', '1000', '1000', '1111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  O: ['0110', '1001', '1001', '1001', '1001', '1001', '0110'],
};

function word(c: Canvas, text: string, x: number, y: number, scale: number, colour: Rgb): void {
  let at = x;
  for (const ch of text) {
    const glyph = GLYPHS[ch] ?? [];
    glyph.forEach((row, j) => {
      for (let i = 0; i < row.length; i++)
        if (row[i] === '1') c.rect(at + i * scale, y + j * scale, scale, scale, colour);
    });
    at += ((glyph[0]?.length ?? 4) + 1) * scale;
  }
}

/** A certificate or receipt as a card: a coloured band, lines of "text" as long as the real lines, a red seal. */
export function demoCard(lines: readonly string[]): Buffer {
  const c = new Canvas(360, 220, [250, 248, 240]);
  const band = CARD_COLOURS[hashText(lines[0] ?? '') % CARD_COLOURS.length] ?? [176, 42, 42];
  c.rect(0, 0, 360, 34, band);
  word(c, 'DEMO', 12, 6, 3, [255, 255, 255]);
  c.rect(0, 214, 360, 6, band);
  lines.slice(1, 7).forEach((line, i) => c.rect(24, 54 + i * 24, Math.min(300, 14 * line.length), 8, [90, 90, 90]));
  c.circle(290, 160, 34, [200, 30, 30], 4);
  c.circle(290, 160, 8, [200, 30, 30]);
  return c.png();
}

const SKIN: readonly Rgb[] = [
  [241, 204, 170],
  [226, 186, 150],
  [236, 196, 160],
];
const BACKDROP: readonly Rgb[] = [
  [67, 142, 219],
  [220, 60, 60],
  [245, 245, 245],
];

/** An ID-style portrait: a plain backdrop, a head and shoulders. */
export function demoPortrait(seed: string): Buffer {
  const h = hashText(seed);
  const c = new Canvas(240, 320, BACKDROP[h % BACKDROP.length] ?? [67, 142, 219]);
  const skin = SKIN[(h >>> 3) % SKIN.length] ?? [241, 204, 170];
  const shirt: Rgb = [(h >>> 5) % 120, (h >>> 9) % 120, 60 + ((h >>> 13) % 140)];
  const hair: Rgb = [30, 26, 24];
  c.circle(120, 330, 110, shirt);
  c.rect(104, 190, 32, 40, skin);
  c.circle(120, 128, 66, hair);
  c.circle(120, 152, 58, skin);
  c.circle(98, 150, 5, hair);
  c.circle(142, 150, 5, hair);
  c.rect(108, 180, 24, 3, [170, 90, 80]);
  word(c, 'DEMO', 8, 8, 2, [255, 255, 255]);
  return c.png();
}
