// Request and response shapes of the allowance routes: standards, rolls, lines and findings.
import { ALLOWANCE_CATEGORIES, SUPERVISION_CHECKS } from '@hehu/domain';
import { z } from 'zod';
import { FACT_KINDS } from './rolls.freshness.ts';

const words = z.object({ zh: z.string(), en: z.string() });
export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const countyCode = z.string().regex(/^\d{6}$/, '县级区划代码为 6 位数字');
export const allowanceCategory = z.enum(ALLOWANCE_CATEGORIES);
const uuid = z.uuid();

export const standardView = z.object({
  id: uuid,
  category: allowanceCategory,
  categoryName: z.string(),
  countyCode: z.string().nullable(),
  countyName: z.string().nullable(),
  effectiveMonth: monthText,
  amountFen: z.number().int().nullable(),
  followsCategory: allowanceCategory.nullable(),
  notice: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type StandardView = z.infer<typeof standardView>;

export const standardsQuery = z.strictObject({ county: countyCode.optional() });

export const standardBody = z.strictObject({
  category: allowanceCategory,
  countyCode: countyCode.nullable(),
  effectiveMonth: monthText,
  amountFen: z.number().int().positive().max(10_000_000).nullable(),
  followsCategory: allowanceCategory.nullable(),
  notice: z.string().trim().min(1).max(200),
});
export type StandardInput = z.infer<typeof standardBody>;

export const rollStatus = z.enum(['draft', 'approved', 'locked']);
export const lineKind = z.enum(['base', 'arrears', 'retry', 'recovery']);
export const paymentStatus = z.enum(['pending', 'unsent', 'offset', 'paid', 'failed']);

const amountByKey = z.array(z.object({ key: z.string(), name: z.string(), count: z.number().int(), fen: z.number() }));

export const rollTotals = z.object({
  children: z.number().int(),
  lines: z.number().int(),
  totalFen: z.number(),
  toBankFen: z.number(),
  toBankCount: z.number().int(),
  byKind: amountByKey,
  byCategory: amountByKey,
  byTownship: amountByKey,
});
export type RollTotals = z.infer<typeof rollTotals>;

export const findingCounts = z.object({
  blocking: z.number().int(),
  warnings: z.number().int(),
  unnotedWarnings: z.number().int(),
});

export const rollSummary = z.object({
  id: uuid,
  countyCode: z.string(),
  countyName: z.string(),
  month: monthText,
  status: rollStatus,
  version: z.number().int(),
  generatedAt: z.string(),
  generatedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  lockedAt: z.string().nullable(),
  exportedAt: z.string().nullable(),
  totals: rollTotals,
  findings: findingCounts,
  payments: z.object({
    pending: z.number().int(),
    paid: z.number().int(),
    failed: z.number().int(),
    unsent: z.number().int(),
  }),
});
export type RollSummary = z.infer<typeof rollSummary>;

export const factChangeView = z.object({
  fact: z.enum(FACT_KINDS),
  /** The change in words, e.g. "2 名儿童的保障类别（张三、李四）". */
  text: z.string(),
  children: z.number().int(),
});

export const rollView = rollSummary.extend({
  /** What the caller may do now, decided by the server (status, four eyes, findings). */
  actions: z.object({
    regenerate: z.boolean(),
    /** Run the supervision checks again (a draft whose findings are out of date). */
    recheck: z.boolean(),
    approve: z.boolean(),
    lock: z.boolean(),
    exportBank: z.boolean(),
    loadReturn: z.boolean(),
  }),
  /** Why approval is not possible yet, in words; empty when it is. */
  approvalBlockers: z.array(z.string()),
  /** When the findings were checked and, for a draft, what has changed since (empty: they still hold). */
  findingsCheck: z.object({ checkedAt: z.string().nullable(), changes: z.array(factChangeView) }),
});

export const rollListQuery = z.strictObject({
  county: countyCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const generateBody = z.strictObject({ countyCode, month: monthText });

export const rollParams = z.strictObject({ id: uuid });
export const findingParams = z.strictObject({ id: uuid, findingId: uuid });
export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const noteBody = z.strictObject({ note: z.string().trim().min(2).max(500) });

export const linesQuery = z.strictObject({
  kind: lineKind.optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  q: z.string().trim().max(30).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50),
});

export const lineView = z.object({
  id: uuid,
  childId: uuid,
  childName: z.string(),
  idNumberMasked: z.string().nullable(),
  townshipName: z.string(),
  kind: lineKind,
  forMonth: monthText,
  category: allowanceCategory.nullable(),
  amountFen: z.number().int(),
  explanation: z.string(),
  paymentReference: z.string(),
  paymentStatus: paymentStatus,
  failureReason: z.string().nullable(),
});

export const linesPage = z.object({ data: z.array(lineView), total: z.number().int(), page: z.number().int() });

export const supervisionCheck = z.enum(Object.keys(SUPERVISION_CHECKS) as [keyof typeof SUPERVISION_CHECKS]);

export const findingView = z.object({
  id: uuid,
  check: supervisionCheck,
  checkName: z.string(),
  severity: z.enum(['blocking', 'warning']),
  childId: uuid,
  childName: z.string(),
  message: z.string(),
  note: z.string().nullable(),
  notedBy: z.string().nullable(),
  notedAt: z.string().nullable(),
});
export type FindingView = z.infer<typeof findingView>;

export { words };
