// Shapes of the working-day calendar routes: a year's statutory holidays and make-up working days, versioned.
import { z } from 'zod';
import { isoDate } from '../family/index.ts';

export const yearParams = z.object({
  year: z.coerce.number().int('年份应为整数').min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间'),
});

export const saveYearBody = z.strictObject({
  /** The version the caller saw; 0 for a year not yet entered. */
  version: z.number().int().min(0),
  holidays: z.array(isoDate).min(1, '至少填写一个法定节假日').max(80, '最多 80 天'),
  workdays: z.array(isoDate).max(30, '最多 30 天').default([]),
  source: z.string().trim().min(4, '请填写依据（通知名称与文号）').max(300, '最多 300 字'),
});
export type SaveYearInput = z.infer<typeof saveYearBody>;

export const yearView = z.object({
  year: z.number().int(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  source: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type YearView = z.infer<typeof yearView>;

export const yearsView = z.object({
  data: z.array(yearView),
  /** The first year after today's that has no calendar: deadlines reaching it are refused until it is entered. */
  firstMissing: z.number().int(),
  today: z.string(),
});
