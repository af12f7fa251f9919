// Request and response shapes of the visits routes. Texts are what a child director writes on a phone: short,
// bounded, trimmed; a date names its field when it is wrong.
import { CATEGORY_CODES, RISK_LEVELS } from '@hehu/domain';
import { z } from 'zod';
import { visitKinds } from '../../db/schema.ts';
import { isoDate } from '../family/index.ts';

export const SEEN = ['child', 'guardian', 'carer', 'parent', 'teacher', 'other'] as const;

const text = (max: number) => z.string().trim().max(max, `最多 ${max} 字`).default('');

export const recordVisitBody = z.strictObject({
  /** Made by the browser when the visit is typed: a retried submission is found, not stored twice. */
  id: z.uuid('走访记录编号应为 UUID'),
  childId: z.uuid('儿童编号应为 UUID'),
  visitDate: isoDate,
  kind: z.enum(visitKinds, '走访方式应为入户、电话、到校或其他'),
  seen: z.array(z.enum(SEEN)).max(SEEN.length).default([]),
  living: text(500),
  guardianship: text(500),
  schooling: text(500),
  health: text(500),
  safety: text(500),
  needs: text(500),
  helpGiven: text(500),
  note: text(1000),
  circumstancesChanged: z.boolean().default(false),
});
export type RecordVisitInput = z.infer<typeof recordVisitBody>;

export const visitView = z.object({
  id: z.string(),
  childId: z.string(),
  visitDate: z.string(),
  kind: z.enum(visitKinds),
  seen: z.array(z.string()),
  living: z.string(),
  guardianship: z.string(),
  schooling: z.string(),
  health: z.string(),
  safety: z.string(),
  needs: z.string(),
  helpGiven: z.string(),
  note: z.string(),
  circumstancesChanged: z.boolean(),
  visitorName: z.string().nullable(),
  createdAt: z.string(),
  photoIds: z.array(z.string()),
  /** The photos again, each saying whether it has a thumbnail to show in the timeline. */
  photos: z.array(z.object({ id: z.string(), thumbnail: z.boolean() })),
  /** True when this answer is the copy stored by an earlier submission of the same visit. */
  replayed: z.boolean(),
});
export type VisitView = z.infer<typeof visitView>;

const label = z.object({ zh: z.string(), en: z.string() });
export const standing = z.enum(['overdue', 'this_week', 'later']);

export const planView = z.object({
  childId: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  age: z.number().int(),
  categories: z.array(z.enum(CATEGORY_CODES)),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  lastVisit: z.string().nullable(),
  due: z.string(),
  standing,
  /** Days past due (positive) or until due (negative). */
  daysLate: z.number().int(),
  plan: label,
});

export const countsView = z.object({
  overdue: z.number().int().min(0),
  thisWeek: z.number().int().min(0),
  later: z.number().int().min(0),
  /** Children in the plan visited since the 1st of this month, over the whole scope (not only the listed rows). */
  doneThisMonth: z.number().int().min(0),
});

export const mineQuery = z.strictObject({
  standing: standing.optional(),
  division: z
    .string()
    .regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$/, '行政区划代码应为市、县、乡镇或村代码')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const boardQuery = z.strictObject({
  division: z
    .string()
    .regex(/^\d{4}(\d{2}(\d{3})?)?$/, '行政区划代码应为市、县或乡镇代码')
    .optional(),
});

export const boardRow = z.object({
  code: z.string(),
  name: z.string(),
  inPlan: z.number().int().min(0),
  overdue: z.number().int().min(0),
  thisWeek: z.number().int().min(0),
  oldestDue: z.string().nullable(),
});

export const childParams = z.strictObject({ id: z.uuid() });
export const visitParams = z.strictObject({ id: z.uuid() });

export const childVisitsView = z.object({
  plan: planView.nullable(),
  rulesVersion: z.string(),
  data: z.array(visitView),
});
