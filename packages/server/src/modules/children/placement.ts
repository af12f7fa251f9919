// Two facts of a child's file that decide the orphan sub-kind (RULES §1.2): a foundling, whose birth parents
// cannot be found, and the placement in a child welfare institution (集中养育) with its date.
import { serviceDate } from '@hehu/domain';
import { and, eq, inArray, isNull, or, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, institutions } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { conflict } from '../family/index.ts';
import type { ChildRow } from './children.store.ts';

export interface PlacementInput {
  parentsUnknown?: boolean | undefined;
  institutionId?: string | null | undefined;
  institutionSince?: string | null | undefined;
}

type Before = Pick<ChildRow, 'id' | 'birthDate' | 'institutionId' | 'institutionSince' | 'parentsUnknown'>;

/**
 * The placement after the change: leaving the institution clears its date; a placement needs its date, not
 * before birth and not in the future, in a child welfare institution (a protection centre's care is
 * temporary, not 集中养育). Returns the fields to store, only those that change.
 */
export async function checkPlacement(
  db: Queryable,
  input: PlacementInput,
  birthDate: string,
  before?: Before,
): Promise<PlacementInput> {
  const out: PlacementInput = {};
  if (input.parentsUnknown !== undefined) out.parentsUnknown = input.parentsUnknown;
  if (input.institutionId === undefined && input.institutionSince === undefined) return out;
  const id = input.institutionId !== undefined ? input.institutionId : (before?.institutionId ?? null);
  let since = input.institutionSince !== undefined ? input.institutionSince : (before?.institutionSince ?? null);
  if (id === null && input.institutionId === null) since = null;
  if (id === null && since !== null) {
    throw AppError.rule(
      'PLACEMENT_WITHOUT_INSTITUTION',
      '填写了集中养育日期，但未选择儿童福利机构',
      'A placement date needs the child welfare institution',
      { field: 'institutionId' },
    );
  }
  if (id !== null) {
    if (since === null) {
      throw AppError.rule(
        'PLACEMENT_DATE_REQUIRED',
        '在儿童福利机构集中养育须填写入院（安置）日期',
        'A placement in an institution needs its date',
        { field: 'institutionSince' },
      );
    }
    if (since < birthDate) {
      throw AppError.rule(
        'DATE_BEFORE_START',
        `安置日期 ${since} 早于出生日期 ${birthDate}`,
        `The placement date ${since} is before the birth date ${birthDate}`,
        { field: 'institutionSince', min: birthDate },
      );
    }
    const today = serviceDate();
    if (since > today) {
      throw AppError.rule(
        'PLACEMENT_DATE_FUTURE',
        `安置日期 ${since} 晚于今天：请在安置后登记`,
        `The placement date ${since} is in the future; record it once the child is placed`,
        { field: 'institutionSince', max: today },
      );
    }
    const [inst] = await db.select({ kind: institutions.kind }).from(institutions).where(eq(institutions.id, id));
    if (!inst)
      throw AppError.rule('INSTITUTION_NOT_FOUND', '机构不存在', 'Unknown institution', { field: 'institutionId' });
    if (inst.kind !== 'welfare_home') {
      throw AppError.rule(
        'INSTITUTION_NOT_WELFARE_HOME',
        '集中养育须在儿童福利机构：未成年人救助保护机构的安置是临时监护，不属于集中养育',
        'Institutional care is in a child welfare institution; a protection centre gives temporary care',
        { field: 'institutionId' },
      );
    }
  }
  if (id !== (before?.institutionId ?? null)) out.institutionId = id;
  if (since !== (before?.institutionSince ?? null)) out.institutionSince = since;
  return out;
}

/** "Birth parents cannot be found" contradicts a father or mother recorded on the file now. */
export async function checkParentsUnknown(db: Queryable, childId: string): Promise<void> {
  const today = serviceDate();
  const [parent] = await db
    .select({ kind: childRelations.kind })
    .from(childRelations)
    .where(
      and(
        eq(childRelations.childId, childId),
        inArray(childRelations.kind, ['father', 'mother']),
        or(isNull(childRelations.endDate), gt(childRelations.endDate, today)),
      ),
    )
    .limit(1);
  if (parent) {
    const who = parent.kind === 'father' ? { zh: '父亲', en: 'father' } : { zh: '母亲', en: 'mother' };
    throw conflict(
      'PARENTS_RECORDED',
      `档案中登记了${who.zh}，不能标记为查找不到生父母；如登记有误，请先终止该关系`,
      `The file records a ${who.en}, so the birth parents cannot be marked as not found; end that relation first`,
      { field: 'parentsUnknown' },
    );
  }
}

export async function institutionName(db: Queryable, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, id));
  return row?.name ?? null;
}
