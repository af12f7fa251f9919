// The error codes of allowances: standards, payee accounts, monthly rolls, bank files and supervision.
import type { ErrorSpec } from './error-catalogue.ts';

export const ALLOWANCE_ERRORS = {
  STANDARD_INVALID: { status: 400, zh: '发放标准填写不正确', en: 'The standard is not valid' },
  SCHOOLING_INVALID: { status: 400, zh: '在读登记填写不正确', en: 'The schooling record is not valid' },
  ROLL_MONTH_INVALID: {
    status: 400,
    zh: '只能生成本月及以前月份的名册',
    en: 'A roll can be generated for the current month or earlier only',
  },
  ROLL_COUNTY_INVALID: { status: 400, zh: '名册须按县（市、区）生成', en: 'A roll is generated per county' },
  ROLL_PREVIOUS_NOT_LOCKED: {
    status: 409,
    zh: '上月名册尚未锁定，不能生成本月名册',
    en: "The previous month's roll is not locked yet",
  },
  ROLL_NOT_DRAFT: { status: 409, zh: '名册已审批或锁定，不能再修改', en: 'The roll is approved or locked' },
  ROLL_NOT_APPROVED: { status: 409, zh: '名册尚未审批', en: 'The roll is not approved yet' },
  ROLL_CHANGED: {
    status: 409,
    zh: '名册已被他人重新生成或处理，请刷新后再操作',
    en: 'Someone else regenerated or acted on the roll; reload it',
  },
  ROLL_SELF_APPROVAL: {
    status: 409,
    zh: '生成名册的人不能审批自己生成的名册',
    en: 'Whoever generated a roll cannot approve it',
  },
  ROLL_FINDINGS_STALE: {
    status: 409,
    zh: '资金监管检查后资料有变化，请重新检查',
    en: 'Facts changed since the supervision check; check again',
  },
  ROLL_BLOCKED: {
    status: 409,
    zh: '名册有必须纠正的资金监管问题，不能审批',
    en: 'The roll has blocking supervision findings',
  },
  ROLL_WARNINGS_UNNOTED: {
    status: 409,
    zh: '资金监管提示尚未填写说明，不能审批',
    en: 'Supervision warnings need a written note before approval',
  },
  ROLL_UNBALANCED: {
    status: 409,
    zh: '名册明细合计与银行发放合计不一致',
    en: 'The lines do not add up to the bank payments',
  },
  FINDING_NOT_WARNING: {
    status: 409,
    zh: '必须纠正的问题不能以说明代替',
    en: 'A blocking finding cannot be settled by a note',
  },
  PAYEE_NOT_HOLDER: {
    status: 400,
    zh: '收款人须为儿童的现任监护人（散居）或养育机构（集中养育）',
    en: "The payee must be the child's current guardian, or the institution raising the child",
  },
  ACCOUNT_NUMBER_INVALID: {
    status: 400,
    zh: '银行账号应为 8–30 位数字',
    en: 'A bank account number has 8 to 30 digits',
  },
  ACCOUNT_CHANGED: {
    status: 409,
    zh: '收款账户已被他人同时修改，请刷新后再保存',
    en: 'Someone else changed the payee account at the same time; reload it',
  },
  BANK_LAYOUT_INVALID: { status: 400, zh: '银行文件格式设置不正确', en: 'The bank layout is not valid' },
  BANK_RETURN_INVALID: {
    status: 400,
    zh: '银行回盘文件有问题，未做任何更改',
    en: 'The bank return file has problems; nothing was changed',
  },
} as const satisfies Record<string, ErrorSpec>;
