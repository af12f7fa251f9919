// Applications as the API sees them: the application, its action timeline, the step it waits on with its
// working-day deadline, the actions the caller may take now, the rule check and the papers.
import { APPLICATION_CATEGORIES, APPLICATION_KINDS, REJECTION_REASON_CODES } from '@hehu/domain';
import { z } from 'zod';
import { listQuery } from '../../platform/list.ts';
import { reasonSchema } from '../categories/index.ts';
import { isoDate } from '../family/index.ts';

const uuid = z.uuid('记录编号格式不正确');

export const STATUSES = [
  'draft',
  'intake',
  'submitted',
  'verified',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export const ACTIONS = ['create', 'submit', 'forward', 'verify', 'return', 'approve', 'reject', 'withdraw'] as const;
/** What a user may do with an existing application (creation has its own route). */
export const TAKEN_ACTIONS = ['submit', 'forward', 'verify', 'return', 'approve', 'reject', 'withdraw'] as const;

export const applicationParams = z.strictObject({ id: uuid });
export const childParams = z.strictObject({ id: uuid });

export const createBody = z
  .strictObject({
    childId: uuid,
    kind: z.enum(APPLICATION_KINDS),
    category: z.enum(APPLICATION_CATEGORIES),
    crossProvince: z.boolean().default(false),
    acceptingPlace: z.string().trim().max(100, '受理地不能超过 100 个字').optional(),
    eventDate: isoDate.optional(),
    note: z.string().trim().max(500, '说明不能超过 500 个字').default(''),
  })
  .superRefine((v, issue) => {
    if (v.crossProvince && !v.acceptingPlace)
      issue.addIssue({ code: 'custom', path: ['acceptingPlace'], message: '跨省通办申请须填写受理地（乡镇、街道）' });
  });
export type CreateInput = z.infer<typeof createBody>;

export const actBody = z.strictObject({
  action: z.enum(TAKEN_ACTIONS),
  /** The version the user saw: another action since then answers 409. */
  version: z.number().int().min(1),
  note: z.string().trim().max(500, '意见不能超过 500 个字').default(''),
  reasonCode: z.enum(REJECTION_REASON_CODES).optional(),
});
export type ActInput = z.infer<typeof actBody>;

const divisionCode = z.string().regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$/, '行政区划代码应为市、县、乡镇或村代码');

export const listQuerySchema = z.strictObject({
  status: z.enum(STATUSES, '申请状态不正确').optional(),
  childId: uuid.optional(),
  category: z.enum(APPLICATION_CATEGORIES, '保障类别不正确').optional(),
  /** The child's registration area (city, county, township or village code). */
  division: divisionCode.optional(),
  /** Only applications the caller may act on now. */
  actionable: z.enum(['true', 'false']).optional(),
  /** Only steps past their working-day deadline. */
  overdue: z.enum(['true', 'false']).optional(),
  ...listQuery,
});

export const boardQuery = z.strictObject({
  division: z
    .string()
    .regex(/^\d{4}(\d{2}(\d{3})?)?$/, '行政区划代码应为市、县或乡镇代码')
    .optional(),
});

const count = z.number().int().min(0);
export const boardArea = z.object({
  code: z.string(),
  name: z.string(),
  draft: count,
  returned: count,
  waiting: z.object({ forward: count, verify: count, approve: count }),
  overdue: count,
  oldestSince: z.string().nullable(),
});

export const bilingual = z.object({ zh: z.string(), en: z.string() });

export const paperSchema = z.object({
  code: z.string(),
  name: bilingual,
  parent: z.enum(['father', 'mother']).optional(),
  met: z.boolean(),
});

export const checkSchema = z.object({
  category: z.enum(APPLICATION_CATEGORIES),
  asOf: z.string(),
  outcome: z.enum(['eligible', 'not_eligible', 'evidence_missing']),
  reasons: z.array(reasonSchema),
  missing: z.array(reasonSchema),
  since: z.string().nullable(),
  rulesVersion: z.string(),
  summary: bilingual,
});

export const storedCheckSchema = z.object({
  asOf: z.string(),
  outcome: z.string(),
  rulesVersion: z.string(),
  papersVersion: z.string().optional(),
  summary: bilingual,
});

export const waitingSchema = z.object({
  step: z.enum(['forward', 'verify', 'approve']),
  since: z.string(),
  limit: z.number().int(),
  /** Null when the span reaches a year without a working-day calendar (then `calendarMissing` names it). */
  due: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  calendarMissing: z.number().int().nullable(),
});

export const actionItem = z.object({
  seq: z.number().int(),
  action: z.enum(ACTIONS),
  onDate: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  note: z.string(),
  reasonCode: z.string().nullable(),
  /** At a submission or decision: the rule check then, its rules version and the facts it used. */
  ruleCheck: z
    .object({
      asOf: z.string(),
      outcome: z.string(),
      rulesVersion: z.string(),
      summary: bilingual,
      papersVersion: z.string(),
    })
    .nullable(),
});

export const applicationItem = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  divisionCode: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  category: z.enum(APPLICATION_CATEGORIES),
  crossProvince: z.boolean(),
  status: z.enum(STATUSES),
  version: z.number().int(),
  createdAt: z.string(),
  waiting: waitingSchema.nullable(),
  allowedActions: z.array(z.enum(TAKEN_ACTIONS)),
});
export type ApplicationItem = z.infer<typeof applicationItem>;

export const applicationView = applicationItem.extend({
  acceptingPlace: z.string().nullable(),
  eventDate: z.string().nullable(),
  note: z.string(),
  categoryId: z.string().nullable(),
  limitsVersion: z.string(),
  actions: z.array(actionItem),
  /** The rule check on today's facts (the decisions keep their own in the timeline). */
  check: checkSchema,
  papers: z.array(paperSchema),
  /** The papers checklist version the papers above were listed under (the one in force today). */
  papersVersion: z.string(),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const eligibilityView = z.object({
  asOf: z.string(),
  rulesVersion: z.string(),
  papersVersion: z.string(),
  checks: z.array(checkSchema.extend({ papers: z.array(paperSchema) })),
});

export const deadlineQuery = z.strictObject({
  from: isoDate,
  workingDays: z.coerce.number().int().min(0, '工作日数不能为负').max(250, '工作日数不能超过 250'),
});

export const deadlineView = z.object({ from: z.string(), workingDays: z.number().int(), due: z.string() });
