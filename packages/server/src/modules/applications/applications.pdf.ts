// The approval form of an application (儿童保障类别认定审批表) as an A4 PDF to print, sign and seal: the child's
// identity, the application, the rule check and papers, and one block per step of the chain with the recorded
// actor, date and opinion and an empty line for the handwritten signature and seal. Built from the same view the
// application's page shows. The form is an official Chinese document, so it is in Chinese whatever the request's
// language. The font is Noto Sans SC from an npm package; pdfkit embeds only the glyphs used.
import { APPLICATION_KIND_LABELS, APPLICATION_STATUS_LABELS, CATEGORY_LABELS, serviceDate } from '@hehu/domain';
import PDFDocument from 'pdfkit';
import type { Queryable } from '../../db/connection.ts';
import type { FileReply } from '../../platform/http.ts';
import { childDetailView, type ChildRow } from '../children/index.ts';
import { divisionPath } from '../divisions/index.ts';
import type { ChangeContext } from '../family/index.ts';
import type { ApplicationView } from './applications.schemas.ts';
import { readApplicationWithChild } from './applications.service.ts';
import { GAP, GREY, LEFT, MARGIN, PAGE, SIZE, Sheet, WIDTH, loadFonts } from './applications.pdf-sheet.ts';
import { actionLabel, outcomeText, reasonText, stepEntries } from './applications.pdf-steps.ts';

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
