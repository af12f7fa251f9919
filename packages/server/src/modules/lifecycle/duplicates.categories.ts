// Protection categories when two files of one child are merged. Orphan and 事实无人抚养 are never held
// together (RULES §1.5): if one file holds each, the merge stops, because ending a category needs a
// decision by an officer with the permission, which the person merging may not have. The same category
// on both files is one status recorded twice: the earliest stays and the repeat ends on the merge date.
import { CATEGORY_LABELS, categoriesThatMayNotStack } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { childCategories } from '../../db/schema.ts';
import { categoryRows, isCategoryCode } from '../categories/index.ts';
import { isCurrent } from '../family/index.ts';
import { conflict } from './lifecycle.shared.ts';

export const MERGE_CATEGORY_REPEAT_REASON = '合并档案时结束（与保留的认定重复）';

export interface EndedCategory {
  id: string;
  category: string;
  keptId: string;
  endDate: string;
  endReason: string;
}

const label = (code: string) => (isCategoryCode(code) ? CATEGORY_LABELS[code] : { zh: code, en: code });

/**
 * Checks the current categories of both files and ends the repeats. Throws MERGE_CATEGORY_CONFLICT when
 * the files hold categories that may not stack; nothing has changed at that point.
 */
export async function mergeCategories(tx: Tx, childIds: [string, string], today: string): Promise<EndedCategory[]> {
  const current = (await categoryRows(tx, childIds)).filter((r) => isCurrent(r.endDate, today));
  const [a, b] = childIds;
  const onA = current.filter((r) => r.childId === a);
  const onB = current.filter((r) => r.childId === b);
  for (const x of onA) {
    const clash = onB.find(
      (y) =>
        isCategoryCode(x.category) && isCategoryCode(y.category) && categoriesThatMayNotStack(x.category, y.category),
    );
    if (clash) {
      const [first, second] = [label(x.category), label(clash.category)];
      throw conflict(
        'MERGE_CATEGORY_CONFLICT',
        `两份档案分别认定为${first.zh}（自 ${x.startDate} 起）和${second.zh}（自 ${clash.startDate} 起），二者不能同时享受：请先由有认定权限的工作人员根据认定决定终止其中一项，再合并`,
        `One file holds ${first.en} (since ${x.startDate}) and the other ${second.en} (since ${clash.startDate}), which cannot be held together: have an officer end one of them by decision first, then merge`,
        {
          field: 'categories',
          categories: [x, clash].map((r) => ({
            id: r.id,
            childId: r.childId,
            category: r.category,
            startDate: r.startDate,
          })),
        },
      );
    }
  }
  const ended: EndedCategory[] = [];
  for (const x of onA) {
    const y = onB.find((r) => r.category === x.category);
    if (!y) continue;
    const [kept, repeat] = x.startDate <= y.startDate ? [x, y] : [y, x];
    // A repeat that only starts later ends on its start date: an end before the start would not be a period.
    const endDate = repeat.startDate > today ? repeat.startDate : today;
    ended.push({
      id: repeat.id,
      category: repeat.category,
      keptId: kept.id,
      endDate,
      endReason: MERGE_CATEGORY_REPEAT_REASON,
    });
  }
  for (const e of ended) {
    await tx
      .update(childCategories)
      .set({ endDate: e.endDate, endReason: e.endReason })
      .where(eq(childCategories.id, e.id));
  }
  return ended;
}
