// The list filter shared by the children list, search and export: its query schema, the store filter it
// becomes, and the form the audit trail keeps.
import { maskIdNumber, parseIdNumber, serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { SCHOOLING_STAGES } from './children.schemas.ts';
import type { ChildFilter } from './children.store.ts';

const ID_LIKE = /^\d{17}[\dXx]$/;
/** The last four characters of an ID number, as the cards and the list show them. */
const ID_LAST_FOUR = /^\d{3}[\dXx]$/;

export const childFilterQuery = {
  division: z
    .string()
    .regex(/^\d{4,12}$/, '行政区划代码应为 4–12 位数字')
    .optional(),
  q: z.string().trim().min(1).max(40).optional(),
  category: z.string().max(40).optional(),
  status: z.enum(['active', 'terminated', 'transferred', 'archived']).optional(),
  sex: z.enum(['M', 'F']).optional(),
  ageMin: z.coerce.number().int().min(0).max(18).optional(),
  ageMax: z.coerce.number().int().min(0).max(18).optional(),
  disability: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  schoolingStage: z.enum(SCHOOLING_STAGES).optional(),
};

/** Turns the query into a store filter; an ID-number-shaped query is an exact blind-index lookup. */
export function toChildFilter(
  q: z.infer<z.ZodObject<typeof childFilterQuery>>,
  blindIndex: (v: string) => string,
): ChildFilter {
  let idNumberIndex: string | undefined;
  let idLastFour: string | undefined;
  let nameText: string | undefined;
  if (q.q && ID_LIKE.test(q.q)) {
    const parsed = parseIdNumber(q.q, serviceDate());
    if (!parsed.ok)
      throw AppError.rule(parsed.error.code, parsed.error.message, parsed.error.messageEn, { field: 'q' });
    idNumberIndex = blindIndex(parsed.value.normalized);
  } else if (q.q && ID_LAST_FOUR.test(q.q)) idLastFour = q.q.toUpperCase();
  else nameText = q.q;
  return { ...q, idNumberIndex, idLastFour, nameText };
}

/**
 * The filter as the audit trail keeps it: an ID-number search as its mask and blind index, never the number; any
 * other query with digits in it (part of a number) as its mask.
 */
export function auditedFilter(
  q: z.infer<z.ZodObject<typeof childFilterQuery>>,
  filter: ChildFilter,
): Record<string, unknown> {
  if (!q.q) return { ...q };
  if (filter.idNumberIndex) return { ...q, q: maskIdNumber(q.q), idNumberIndex: filter.idNumberIndex };
  return /\d/.test(q.q) ? { ...q, q: maskIdNumber(q.q) } : { ...q };
}
