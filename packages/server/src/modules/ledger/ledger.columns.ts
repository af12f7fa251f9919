// The ledger (台账) columns: the template's headers, the header names counties actually use, and how each
// cell is read. Headers, not positions, identify columns.
import { SCHOOLING_STAGES } from '../children/index.ts';

export type LedgerField =
  | 'name'
  | 'formerNames'
  | 'idNumber'
  | 'sex'
  | 'birthDate'
  | 'noIdReason'
  | 'divisionCode'
  | 'ethnicity'
  | 'householdType'
  | 'currentAddress'
  | 'schoolingStage'
  | 'schoolName'
  | 'boarding'
  | 'healthStatus'
  | 'disabilityType'
  | 'disabilityGrade'
  | 'disabilityCertNo'
  | 'illness';

export interface LedgerColumn {
  field: LedgerField;
  header: string;
  /** The header in English exports; also read back, so an English export imports again. */
  en: string;
  aliases: readonly string[];
  required?: boolean;
  note: string;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { field: 'name', header: '姓名', en: 'Name', aliases: ['儿童姓名'], required: true, note: '必填' },
  {
    field: 'idNumber',
    header: '公民身份证号码',
    en: 'ID number',
    aliases: ['身份证号', '身份证号码', '证件号码', '身份证'],
    note: '18 位；有身份证号时出生日期和性别以身份证为准',
  },
  { field: 'sex', header: '性别', en: 'Sex', aliases: [], note: '男 / 女；无身份证号时必填' },
  {
    field: 'birthDate',
    header: '出生日期',
    en: 'Date of birth',
    aliases: ['出生年月日'],
    note: '如 2015-03-01、2015/3/1、20150301；无身份证号时必填',
  },
  {
    field: 'noIdReason',
    header: '暂无身份证号原因',
    en: 'Reason for no ID number',
    aliases: ['无身份证原因'],
    note: '无身份证号时必填',
  },
  {
    field: 'divisionCode',
    header: '户籍所在村（社区）代码',
    en: 'Village code',
    aliases: [
      '户籍所在地代码',
      '村（社区）代码',
      '村代码',
      '行政区划代码',
      '区划代码',
      '户籍所在村（社区）',
      '村（社区）名称',
    ],
    required: true,
    note: '12 位统计用区划代码，或村（社区）名称（见“村（社区）代码”工作表）；须在您的管辖范围内',
  },
  { field: 'formerNames', header: '曾用名', en: 'Former names', aliases: [], note: '多个用顿号分隔' },
  { field: 'ethnicity', header: '民族', en: 'Ethnicity', aliases: [], note: '' },
  {
    field: 'householdType',
    header: '户口性质',
    en: 'Household type',
    aliases: ['户籍性质', '户口分类'],
    note: '农村 / 城镇（也接受 农业 / 非农业）',
  },
  { field: 'currentAddress', header: '现居住地', en: 'Current address', aliases: ['现住址', '居住地址'], note: '' },
  {
    field: 'schoolingStage',
    header: '就学情况',
    en: 'Schooling',
    aliases: ['学业状况'],
    note: '未入园 / 幼儿园 / 小学 / 初中 / 高中 / 中职 / 辍学 / 不在学',
  },
  { field: 'schoolName', header: '学校名称', en: 'School', aliases: ['就读学校'], note: '' },
  { field: 'boarding', header: '是否学校寄宿', en: 'Boarding at school', aliases: ['是否寄宿'], note: '是 / 否' },
  { field: 'healthStatus', header: '身体情况', en: 'Health', aliases: ['健康状况'], note: '健康 / 残疾 / 患病' },
  { field: 'disabilityType', header: '残疾类别', en: 'Disability type', aliases: ['残疾类型'], note: '' },
  { field: 'disabilityGrade', header: '残疾等级', en: 'Disability grade', aliases: [], note: '1–4 或 一级–四级' },
  { field: 'disabilityCertNo', header: '残疾证号', en: 'Disability certificate number', aliases: [], note: '' },
  { field: 'illness', header: '患病类型', en: 'Illness', aliases: ['重病', '慢性病'], note: '' },
];

const normaliseHeader = (h: string) => h.replace(/[\s*＊:：()（）]/g, '').toLowerCase();

const HEADER_INDEX = new Map<string, LedgerField>(
  LEDGER_COLUMNS.flatMap((c) => [c.header, c.en, ...c.aliases].map((h) => [normaliseHeader(h), c.field] as const)),
);

/**
 * Columns the server adds to its own files (the problem rows' row number and reason): read back without being
 * reported as unknown, so a fixed problem file imports as it is.
 */
export const ROW_COLUMN = { zh: '原行号', en: 'Original row' } as const;
export const REASON_COLUMN = { zh: '问题说明', en: 'Problems' } as const;
const IGNORED_HEADERS = new Set(
  [ROW_COLUMN.zh, ROW_COLUMN.en, REASON_COLUMN.zh, REASON_COLUMN.en].map(normaliseHeader),
);

export function isIgnoredHeader(header: string): boolean {
  return IGNORED_HEADERS.has(normaliseHeader(header));
}

/** The template's example row starts its name with this; the reader skips such rows and says so. */
export const EXAMPLE_MARK = '【示例】';

export function fieldForHeader(header: string): LedgerField | undefined {
  return HEADER_INDEX.get(normaliseHeader(header));
}

const SCHOOLING_WORDS: Record<string, (typeof SCHOOLING_STAGES)[number]> = {
  未入园: 'not_in_kindergarten',
  幼儿园: 'kindergarten',
  学前: 'kindergarten',
  小学: 'primary',
  初中: 'junior',
  高中: 'senior',
  中职: 'vocational',
  辍学: 'dropped_out',
  不在学: 'not_in_school',
};

export class CellError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
  ) {
    super(code);
  }
}

/** A cell's text; objects (unreadable cell kinds) count as empty. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Dates arrive as Date cells, Excel serial numbers, 2015-03-01, 2015/3/1, 2015.3.1 or 20150301. */
export function parseDateCell(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 1000 && value < 80000) {
    return new Date(EXCEL_EPOCH + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = scalarText(value);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const parts = compact ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!parts) throw new CellError('DATE_FORMAT', `无法识别的日期“${text}”（可用 2015-03-01、2015/3/1 或 20150301）`);
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new CellError('DATE_INVALID', `日期“${text}”不存在`);
  }
  return date.toISOString().slice(0, 10);
}

function yesNo(value: string): boolean {
  if (/^(是|有|y|yes|true|1)$/i.test(value)) return true;
  if (/^(否|无|n|no|false|0)$/i.test(value)) return false;
  throw new CellError('YES_NO', `应填“是”或“否”，不是“${value}”`);
}

export type LedgerValue = string | number | boolean | string[] | null;

/** Reads one cell into the API's field value; throws CellError with a Chinese explanation. */
export function parseCell(field: LedgerField, raw: unknown): LedgerValue {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (field === 'birthDate') return parseDateCell(raw);
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : scalarText(raw);
  switch (field) {
    case 'idNumber':
      return text.replace(/\s/g, '').toUpperCase();
    case 'divisionCode':
      return text.replace(/\s/g, '');
    case 'sex':
      if (/^(男|m|male)$/i.test(text)) return 'M';
      if (/^(女|f|female)$/i.test(text)) return 'F';
      throw new CellError('SEX_VALUE', `性别应填“男”或“女”，不是“${text}”`);
    case 'householdType':
      if (/^(农村|农业|农业户口|rural)$/i.test(text)) return 'rural';
      if (/^(城镇|非农业|非农业户口|城市|urban)$/i.test(text)) return 'urban';
      throw new CellError('HOUSEHOLD_TYPE', `户口性质应填“农村”或“城镇”，不是“${text}”`);
    case 'schoolingStage': {
      const stage = SCHOOLING_WORDS[text];
      if (!stage)
        throw new CellError(
          'SCHOOLING_STAGE',
          `就学情况“${text}”不在可选值中（${Object.keys(SCHOOLING_WORDS).join('、')}）`,
        );
      return stage;
    }
    case 'boarding':
      return yesNo(text);
    case 'healthStatus':
      if (text === '健康') return 'healthy';
      if (text === '残疾') return 'disabled';
      if (text === '患病' || text === '重病' || text === '慢性病') return 'ill';
      throw new CellError('HEALTH_STATUS', `身体情况应填“健康”“残疾”或“患病”，不是“${text}”`);
    case 'disabilityGrade': {
      const grade = { 一级: 1, 二级: 2, 三级: 3, 四级: 4 }[text] ?? Number(text.replace(/级$/, ''));
      if (!Number.isInteger(grade) || grade < 1 || grade > 4)
        throw new CellError('DISABILITY_GRADE', `残疾等级应为 1–4，不是“${text}”`);
      return grade;
    }
    case 'formerNames':
      return text.split(/[、，,;；\s]+/).filter(Boolean);
    default:
      return text;
  }
}

const SCHOOLING_TEXT = new Map<string, string>();
for (const [word, stage] of Object.entries(SCHOOLING_WORDS))
  if (!SCHOOLING_TEXT.has(stage)) SCHOOLING_TEXT.set(stage, word);
const HEALTH_TEXT: Record<string, string> = { healthy: '健康', disabled: '残疾', ill: '患病' };

/** A field's value as the template expects it typed: the inverse of parseCell, so an export imports back. */
export function formatCell(field: LedgerField, value: LedgerValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join('、') : null;
  switch (field) {
    case 'sex':
      return value === 'M' ? '男' : '女';
    case 'householdType':
      return value === 'rural' ? '农村' : '城镇';
    case 'schoolingStage':
      return SCHOOLING_TEXT.get(String(value)) ?? String(value);
    case 'boarding':
      return value === true ? '是' : '否';
    case 'healthStatus':
      return HEALTH_TEXT[String(value)] ?? String(value);
    default:
      return typeof value === 'boolean' ? (value ? '是' : '否') : value;
  }
}
