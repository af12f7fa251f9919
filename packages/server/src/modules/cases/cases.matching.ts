// Suggesting the registry file of the child a case names: files in the caller's reach whose name matches the case's
// child name (the registry's own name search), ranked by name, place, sex and age, each with the reasons it matched.
import { ageOn, serviceDate } from '@hehu/domain';
import { and, asc, desc, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCategories, children } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { childWhere } from '../children/index.ts';
import { divisionPaths } from '../divisions/index.ts';
import { scopesOf, type Ctx } from './cases.service.ts';
import { dutiesOf, openCase, type CaseRecord } from './cases.store.ts';

export const childCandidateView = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  sex: z.enum(['M', 'F']),
  /** Whole years on today's date in Leshan. */
  age: z.number().int(),
  divisionCode: z.string(),
  divisionPath: z.string(),
  categories: z.array(z.string()),
  /** Why the file was suggested, in Chinese (同名、同村、年龄相符 …). */
  reasons: z.array(z.string()),
});
export const childCandidatesView = z.object({ items: z.array(childCandidateView) });
export type ChildCandidate = z.infer<typeof childCandidateView>;

const MAX_SUGGESTIONS = 10;
/** Name matches read before ranking: enough that an exact namesake nearby is never cut off by the limit. */
const MAX_READ = 200;
/** A name the intake form takes when the caller did not know it. */
const UNKNOWN_NAMES = new Set(['不详', '未知', '不知道', '无']);

interface Probe {
  name: string;
  divisionCode: string;
  countyCode: string;
  sex: 'M' | 'F' | null;
  age: number | null;
}

interface Found {
  name: string;
  sex: 'M' | 'F';
  age: number;
  divisionCode: string;
}

/** The score and the reasons of one file against the case: name first, then place, then sex and age. */
export function rankCandidate(probe: Probe, found: Found): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (found.name === probe.name) {
    score += 1000;
    reasons.push('同名');
  } else reasons.push('姓名相近');
  const code = probe.divisionCode;
  if (code.length === 12 && found.divisionCode === code) {
    score += 300;
    reasons.push('同村');
  } else if (code.length >= 9 && found.divisionCode.startsWith(code.slice(0, 9))) {
    score += 200;
    reasons.push('同乡镇');
  } else if (found.divisionCode.startsWith(probe.countyCode)) {
    score += 100;
    reasons.push('同县（区）');
  }
  if (probe.sex && probe.sex === found.sex) {
    score += 20;
    reasons.push('性别相符');
  }
  if (probe.age !== null && Math.abs(found.age - probe.age) <= 1) {
    score += 10;
    reasons.push('年龄相符');
  }
  return { score, reasons };
}

const probeOf = (c: CaseRecord): Probe => ({
  name: c.childName.trim(),
  divisionCode: c.divisionCode,
  countyCode: c.countyCode,
  sex: c.childSex === 'male' ? 'M' : c.childSex === 'female' ? 'F' : null,
  age: c.childAge,
});

const currentCategories = sql<string[]>`coalesce((select array_agg(cc.category order by cc.category)
  from ${childCategories} cc where cc.child_id = ${children.id}
  and (cc.end_date is null or cc.end_date > current_date)), '{}')`;

/**
 * Up to ten files for the case's child, read through the request's unit of work so row-level security and the
 * caller's children:read scope both apply: a namesake outside the caller's reach is never suggested. Nothing once
 * the case has a file, or when the case does not know the name.
 */
export async function childCandidates(ctx: Ctx, id: string): Promise<{ items: ChildCandidate[] }> {
  const access = await openCase(ctx.db, ctx.actor, scopesOf(ctx), id, new Date());
  if (!dutiesOf(ctx.actor, access).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
  const probe = probeOf(access.record);
  if (access.record.childId || !probe.name || UNKNOWN_NAMES.has(probe.name)) return { items: [] };
  const rows = await ctx.db
    .select({
      id: children.id,
      name: children.name,
      idNumberMasked: children.idNumberMasked,
      sex: children.sex,
      birthDate: children.birthDate,
      divisionCode: children.divisionCode,
      categories: currentCategories,
    })
    .from(children)
    .where(
      and(
        childWhere(ctx.scope('children:read'), { nameText: probe.name }),
        ne(children.status, 'archived'),
        isNull(children.mergedInto),
      ),
    )
    // Exact namesakes and the case's own county first, so the read limit never drops them.
    .orderBy(
      desc(sql`${children.name} = ${probe.name}`),
      desc(sql`starts_with(${children.divisionCode}, ${probe.countyCode})`),
      asc(children.id),
    )
    .limit(MAX_READ);
  const today = serviceDate();
  const ranked = rows
    .map((r) => {
      const age = ageOn(r.birthDate, today);
      return { row: r, age, ...rankCandidate(probe, { ...r, age }) };
    })
    .sort((a, b) => b.score - a.score || a.row.name.localeCompare(b.row.name, 'zh') || a.row.id.localeCompare(b.row.id))
    .slice(0, MAX_SUGGESTIONS);
  const paths = await divisionPaths(
    ctx.db,
    ranked.map((r) => r.row.divisionCode),
  );
  const items = ranked.map(({ row, age, reasons }) => ({
    id: row.id,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    sex: row.sex,
    age,
    divisionCode: row.divisionCode,
    divisionPath: (paths.get(row.divisionCode) ?? []).map((p) => p.name).join(' / '),
    categories: row.categories,
    reasons,
  }));
  await ctx.audit(ctx.db, {
    action: 'case.match.candidates',
    targetType: 'case',
    targetId: id,
    details: { childIds: items.map((i) => i.id) },
  });
  return { items };
}
