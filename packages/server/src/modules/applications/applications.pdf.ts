// The approval form of an application (儿童保障类别认定审批表) as an A4 PDF to print, sign and seal: the child's
// identity, the application, the rule check and papers, and one block per step of the chain with the recorded
// actor, date and opinion and an empty line for the handwritten signature and seal. Built from the same view the
// application's page shows. The form is an official Chinese document, so it is in Chinese whatever the request's
// language. The font is Noto Sans SC from an npm package; pdfkit embeds only the glyphs used.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_KIND_LABELS,
  APPLICATION_STATUS_LABELS,
  CATEGORY_LABELS,
  REJECTION_REASONS,
  applicationState,
  serviceDate,
} from '@hehu/domain';
import PDFDocument from 'pdfkit';
import type { Queryable } from '../../db/connection.ts';
import type { FileReply } from '../../platform/http.ts';
import { childDetailView, type ChildRow } from '../children/index.ts';
import { divisionPath } from '../divisions/index.ts';
import type { ChangeContext } from '../family/index.ts';
import type { ApplicationView } from './applications.schemas.ts';
import { readApplicationWithChild } from './applications.service.ts';

export const PDF_MIME = 'application/pdf';

/** What the form shows of the child: the ID number and address in full only where the caller may unmask. */
export interface FormChild {
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  idNumber: string | null;
  noIdReason: string | null;
  household: string;
  householdType: 'rural' | 'urban' | null;
  currentAddress: string | null;
  institutionName: string | null;
}

export interface ApplicationForm {
  view: ApplicationView;
  child: FormChild;
  /** Who printed the form and when, in its footer: a copy names its source. */
  printedBy: string;
  printedAt: Date;
}

type FormContext = ChangeContext & { db: Queryable };

/** The application and its child as the form shows them; `unmasked` tells whether full numbers are on it. */
export async function loadApplicationForm(
  ctx: FormContext,
  id: string,
  now: Date,
): Promise<{ form: ApplicationForm; unmasked: boolean }> {
  const { view, child } = await readApplicationWithChild(ctx, id);
  const detail = await childDetailView(ctx.db, ctx.actor, child, {
    write: ctx.scope('children:write'),
    unmask: ctx.scope('children:unmask'),
  });
  const full = (enc: string | null, masked: string | null) =>
    enc && detail.canUnmask ? ctx.services.cipher.decrypt(enc) : masked;
  const path = await divisionPath(ctx.db, child.divisionCode);
  return {
    unmasked: detail.canUnmask && (child.idNumberEnc !== null || child.currentAddressEnc !== null),
    form: {
      view,
      child: formChild(child, {
        idNumber: full(child.idNumberEnc, child.idNumberMasked),
        currentAddress: full(child.currentAddressEnc, child.currentAddressMasked),
        household: path.map((p) => p.name).join('') || child.divisionCode,
        institutionName: detail.institutionName,
      }),
      printedBy: `${ctx.actor.displayName}（${ctx.actor.username}）`,
      printedAt: now,
    },
  };
}

function formChild(
  row: ChildRow,
  shown: Pick<FormChild, 'idNumber' | 'currentAddress' | 'household' | 'institutionName'>,
): FormChild {
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    noIdReason: row.noIdReason,
    householdType: row.householdType,
    ...shown,
  };
}

/** The file answer: a download named after the form, the child and the day. */
export function formFile(bytes: Buffer, form: ApplicationForm): FileReply {
  const name = `审批表-${safeName(form.child.name)}-${serviceDate(form.printedAt)}.pdf`;
  return {
    bytes,
    contentType: PDF_MIME,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    sandboxed: false,
  };
}

/** A name as part of a file name: no path separators or control characters. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 40);

// ---------------------------------------------------------------------------------------------------------------
// Fonts: read once per process (each weight's file is about 10 MB; the PDF carries only the glyphs it uses).

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
let fonts: Promise<Record<keyof typeof FONT_FILES, Buffer>> | undefined;

function loadFonts(): Promise<Record<keyof typeof FONT_FILES, Buffer>> {
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

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 46, bottom: 62, left: 48, right: 48 };
const LEFT = MARGIN.left;
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const LABEL_WIDTH = 86;
const PAD = 5;
const SIZE = { title: 17, subtitle: 10.5, section: 10.5, body: 9.5, small: 8, footer: 7.5 };
/** An ideographic space: one em wide, like a Chinese character. */
const GAP = '\u3000';
const GREY = { label: '#f2f2f2', section: '#e4e4e4', line: '#555555', faint: '#777777' };

interface Cell {
  text: string;
  width: number;
  label?: boolean;
  /** Smaller, grey text (versions, remarks). */
  faint?: boolean;
  align?: 'left' | 'center';
}

class Sheet {
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

// ---------------------------------------------------------------------------------------------------------------
// The steps of the chain as the form shows them: the current round only (after a return and a new submission
// the earlier opinions are history, listed in the record at the end).

export interface StepEntry {
  actor: string;
  date: string;
  opinion: string;
  remark: string;
}

type Slot = 'intake' | 'forward' | 'verify' | 'decision';
type ActionView = ApplicationView['actions'][number];

const OUTCOME_TEXT: Record<string, string> = {
  eligible: '符合',
  not_eligible: '不符合',
  evidence_missing: '缺少事实',
};
const outcomeText = (outcome: string) => OUTCOME_TEXT[outcome] ?? outcome;

const actionLabel = (action: ActionView['action']) => APPLICATION_ACTION_LABELS[action].zh;

function reasonText(code: string | null): string | null {
  if (code === null) return null;
  return code in REJECTION_REASONS ? REJECTION_REASONS[code as keyof typeof REJECTION_REASONS].zh : code;
}

/** An action's opinion in words: what was done, the listed reason, and the note as written. */
export function opinionOf(a: ActionView): string {
  const reason = reasonText(a.reasonCode);
  const head = reason ? `${actionLabel(a.action)}：${reason}` : actionLabel(a.action);
  return a.note ? `${head}。${a.note}` : head;
}

function entryOf(a: ActionView, opinion = opinionOf(a)): StepEntry {
  const check = a.ruleCheck;
  return {
    actor: a.actorName ?? '',
    date: a.onDate,
    opinion,
    remark: check
      ? `办理时规则核对（${check.asOf}，规则版本 ${check.rulesVersion}）：${outcomeText(check.outcome)}`
      : '',
  };
}

/**
 * Each step's entry in the current round (a new submission clears the opinions after it); a return is shown at the
 * step that returned it.
 */
export function stepEntries(view: Pick<ApplicationView, 'crossProvince' | 'actions'>): Record<Slot, StepEntry | null> {
  const slots: Record<Slot, StepEntry | null> = { intake: null, forward: null, verify: null, decision: null };
  const records = view.actions.map((a) => ({ action: a.action, on: a.onDate }));
  view.actions.forEach((a, i) => {
    const before = i === 0 ? null : applicationState(view.crossProvince, records.slice(0, i)).status;
    switch (a.action) {
      case 'create':
        slots.intake = entryOf(a, a.note ? `发起申请（尚未提交）。${a.note}` : '发起申请（尚未提交）');
        break;
      case 'submit':
        slots.intake = entryOf(a, a.note ? `提交申请。${a.note}` : '提交申请');
        slots.verify = slots.decision = null;
        // Sent again after a return, a cross-province application goes straight to the township of registration.
        if (applicationState(view.crossProvince, records.slice(0, i + 1)).status === 'intake') slots.forward = null;
        break;
      case 'forward':
        slots.forward = entryOf(a);
        break;
      case 'verify':
        slots.verify = entryOf(a);
        break;
      case 'approve':
      case 'reject':
        slots.decision = entryOf(a);
        break;
      case 'return':
        if (before === 'intake') slots.forward = entryOf(a);
        else if (before === 'verified') slots.decision = entryOf(a);
        else slots.verify = entryOf(a);
        break;
      case 'withdraw':
        break;
    }
  });
  return slots;
}

// ---------------------------------------------------------------------------------------------------------------

function leshanTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const HOUSEHOLD_TYPE = { rural: '农业户口（农村）', urban: '非农业户口（城镇）' } as const;

export async function renderApplicationForm(form: ApplicationForm): Promise<Buffer> {
  const { view, child } = form;
  const font = await loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: '儿童保障类别认定审批表', Creator: 'Hehu', CreationDate: form.printedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', font.regular);
  doc.registerFont('bold', font.bold);

  const sheet = new Sheet(doc);
  const category = CATEGORY_LABELS[view.category].zh;
  const kind = APPLICATION_KIND_LABELS[view.kind].zh;

  sheet.font(true, SIZE.title);
  doc.text('儿童保障类别认定审批表', LEFT, sheet.y, { width: WIDTH, align: 'center', characterSpacing: 2 });
  sheet.y = doc.y + 2;
  sheet.font(false, SIZE.subtitle);
  doc.text(`${category} · ${kind}${view.crossProvince ? ' · 跨省通办' : ''}`, LEFT, sheet.y, {
    width: WIDTH,
    align: 'center',
  });
  sheet.y = doc.y + 8;
  sheet.font(false, SIZE.small);
  const created = view.actions.find((a) => a.action === 'create')?.onDate ?? view.createdAt.slice(0, 10);
  doc.text(`申请日期：${created}`, LEFT, sheet.y, { width: WIDTH / 2, lineBreak: false });
  doc.text(`申请编号：${view.id}`, LEFT + WIDTH / 2, sheet.y, { width: WIDTH / 2, align: 'right', lineBreak: false });
  sheet.y += 14;

  sheet.section('一、儿童基本情况', 84);
  sheet.pair(['姓名', child.name], ['性别', child.sex === 'M' ? '男' : '女']);
  sheet.pair(
    ['出生日期', child.birthDate],
    ['公民身份号码', child.idNumber ?? (child.noIdReason ? `无（${child.noIdReason}）` : '无')],
  );
  sheet.wide('户籍所在地', child.household);
  sheet.pair(
    ['户口性质', child.householdType ? HOUSEHOLD_TYPE[child.householdType] : '未填写'],
    ['现居住地', child.currentAddress ?? '未填写'],
  );
  if (child.institutionName) sheet.wide('养育机构', child.institutionName);

  sheet.section('二、申请事项', 42);
  sheet.pair(['申请类别', category], ['申请类型', kind]);
  sheet.pair(
    ['办理方式', view.crossProvince ? `跨省通办（受理地：${view.acceptingPlace ?? '未填写'}）` : '户籍地办理'],
    ['当前状态', APPLICATION_STATUS_LABELS[view.status].zh],
  );
  if (view.kind === 'terminate') sheet.wide('事由发生日期', view.eventDate ?? '未填写');
  if (view.crossProvince)
    sheet.wide(
      '跨省通办说明',
      '受理地乡镇（街道）受理并转交户籍地乡镇（街道）审核，县级民政部门审批；各环节按规定的工作日期限办理。',
      true,
    );
  if (view.note) sheet.wide('申请说明', view.note);

  const check = view.check;
  sheet.section('三、规则核对与证明材料', 42);
  sheet.wide(
    '核对结论',
    `${outcomeText(check.outcome)}（按 ${check.asOf} 的档案事实，规则版本 ${check.rulesVersion}）`,
  );
  const reasons = check.reasons.map((r) => `· ${r.zh}`);
  sheet.wide('核对依据', [check.summary.zh, ...reasons].join('\n'));
  // Two papers to a line: the list is short labels, and the form should fit one page.
  // The names are Chinese, each character one em wide: full-width spaces line up the second column.
  const papers = view.papers.map((p) => [p.met ? '已提交' : `缺${GAP}少`, p.name.zh].join(GAP));
  const column = Math.max(0, ...papers.filter((_, i) => i % 2 === 0).map((p) => p.length)) + 3;
  const paperLines: string[] = [];
  for (let i = 0; i < papers.length; i += 2) {
    const [first = '', second] = papers.slice(i, i + 2);
    paperLines.push(second === undefined ? first : first.padEnd(column, GAP) + second);
  }
  sheet.wide('证明材料', paperLines.length ? paperLines.join('\n') : '无须另附材料');

  const steps = stepEntries(view);
  sheet.section('四、办理意见', 92);
  sheet.step('村（社区）、\n乡镇（街道）\n受理意见', steps.intake);
  if (view.crossProvince) sheet.step('受理地乡镇\n（街道）\n受理转交意见', steps.forward);
  sheet.step('乡镇（街道）\n审核意见', steps.verify);
  sheet.step('县级民政部门\n审批意见', steps.decision);

  // The record of every action, when the steps above do not tell it all: a return, a withdrawal, or an earlier
  // round's opinions.
  const history = view.actions;
  if (history.some((a) => a.action === 'return' || a.action === 'withdraw')) {
    sheet.section('五、办理记录', 19 * Math.min(3, history.length + 1));
    const columns = [34, 70, 100, 80, WIDTH - 284];
    const historyRow = (texts: string[], label = false) =>
      sheet.row(texts.map((text, i) => ({ text, width: columns[i] ?? 0, label, align: i < 2 ? 'center' : 'left' })));
    historyRow(['序号', '日期', '办理事项', '经办人', '意见或原因'], true);
    for (const a of history) {
      const reason = reasonText(a.reasonCode);
      historyRow([
        String(a.seq),
        a.onDate,
        actionLabel(a.action),
        a.actorName ?? '',
        [reason, a.note].filter(Boolean).join('：'),
      ]);
    }
  }

  footers(doc, form);
  doc.end();
  return done;
}

/** On every page: the application, who printed it and when, the rule versions, the page number. */
function footers(doc: PDFKit.PDFDocument, form: ApplicationForm): void {
  const { view } = form;
  const range = doc.bufferedPageRange();
  const versions = `认定规则 ${view.check.rulesVersion} · 材料清单 ${view.papersVersion} · 办理时限 ${view.limitsVersion}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - MARGIN.bottom + 12;
    doc
      .moveTo(LEFT, y - 4)
      .lineTo(LEFT + WIDTH, y - 4)
      .lineWidth(0.4)
      .strokeColor(GREY.faint)
      .stroke();
    doc.font('regular').fontSize(SIZE.footer).fillColor(GREY.faint);
    const page = `第 ${i - range.start + 1} 页，共 ${range.count} 页`;
    doc.text(`申请编号 ${view.id}${GAP}打印人 ${form.printedBy}`, LEFT, y, { lineBreak: false });
    doc.text(page, LEFT + WIDTH - doc.widthOfString(page), y, { lineBreak: false });
    const stamp = [`打印时间 ${leshanTime(form.printedAt)}`, versions, '仅限工作使用，不得外传'].join(GAP);
    doc.text(stamp, LEFT, y + 11, { lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}
