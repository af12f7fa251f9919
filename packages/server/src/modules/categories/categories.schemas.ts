// Protection categories as the API sees them: what a child holds (with the decision and the rules behind
// it), the rules' evaluation of the recorded facts, and what the rules find but nobody has decided yet.
import { CATEGORY_CODES } from '@hehu/domain';
import { z } from 'zod';
import { SITUATION_CODES, isoDate } from '../family/index.ts';

const uuid = z.uuid('记录编号格式不正确');

export const childParams = z.strictObject({ id: uuid });
export const categoryParams = z.strictObject({ id: uuid, categoryId: uuid });

export const reasonSchema = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  parent: z.enum(['father', 'mother']).optional(),
  situation: z.enum(SITUATION_CODES).optional(),
  since: z.string().optional(),
});

export const evaluationSchema = z.object({
  category: z.enum(CATEGORY_CODES),
  eligible: z.boolean(),
  reasons: z.array(reasonSchema),
  missing: z.array(reasonSchema),
  since: z.string().nullable(),
  rulesVersion: z.string(),
});

/** What the rules said about the category when it was recorded; a decision may differ from the rules. */
export const explanationSchema = z.object({
  evaluatedOn: z.string(),
  eligible: z.boolean(),
  since: z.string().nullable(),
  reasons: z.array(reasonSchema),
  missing: z.array(reasonSchema),
});
export type Explanation = z.infer<typeof explanationSchema>;

export const heldItem = z.object({
  id: z.string(),
  category: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  decisionRef: z.string(),
  rulesVersion: z.string().nullable(),
  explanation: explanationSchema.nullable(),
  active: z.boolean(),
});
export type HeldItem = z.infer<typeof heldItem>;

export const categoriesView = z.object({
  held: z.array(heldItem),
  evaluation: z.array(evaluationSchema),
  potential: z.array(z.enum(CATEGORY_CODES)),
});

export const recordBody = z.strictObject({
  category: z.enum(CATEGORY_CODES),
  startDate: isoDate,
  decisionRef: z.string().trim().min(1, '请填写审批决定文号').max(100, '审批决定文号不能超过 100 个字'),
});

export const endBody = z.strictObject({
  endDate: isoDate,
  endReason: z.string().trim().min(1, '请填写终止原因').max(200),
});

export const potentialItem = z.object({
  childId: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  category: z.enum(CATEGORY_CODES),
  since: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type PotentialItem = z.infer<typeof potentialItem>;
