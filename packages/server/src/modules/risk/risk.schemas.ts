// Shapes of the risk assessment routes.
import { RISK_LEVELS } from '@hehu/domain';
import { z } from 'zod';
import { isoDate } from '../family/index.ts';
import { storedInstrument } from './risk.instrument.ts';

export const assessBody = z.strictObject({
  /** Made by the browser when the form opens, so a resubmission finds the first copy. */
  id: z.uuid('评估记录编号应为 UUID'),
  assessedOn: isoDate,
  answers: z.record(z.string().max(60), z.string().max(60)),
  note: z.string().trim().max(1000, '最多 1000 字').default(''),
});
export type AssessInput = z.infer<typeof assessBody>;

const level = z.enum(RISK_LEVELS);

export const assessmentView = z.object({
  id: z.string(),
  childId: z.string(),
  assessedOn: z.string(),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), z.string()),
  total: z.number().int(),
  byArea: z.record(z.string(), z.number()),
  redFlags: z.array(z.string()),
  level,
  previousLevel: level.nullable(),
  /** Two levels or more toward 监护正常 at once: the supervisor is asked to confirm. */
  droppedTwoLevels: z.boolean(),
  referralId: z.string().nullable(),
  note: z.string(),
  assessorName: z.string().nullable(),
  replayed: z.boolean(),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const childParams = z.strictObject({ id: z.uuid() });
export const instrumentView = storedInstrument;
export const instrumentQuery = z.strictObject({ asOf: isoDate.optional() });
