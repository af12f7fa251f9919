// Family relations when two files of one child are merged. A child has one father and one mother at a
// time (RULES §1.6; the family service refuses a second active one), so the merged file must not end up
// with two: where both files name a current father (or mother) who are different people, the user
// chooses which relation stays, and the other is ended on the merge date. The same person on both files
// (same person row, or the same ID number) is no conflict: the earliest relation stays and the repeat
// ends. Nothing is deleted; every ended relation is listed in the merge's audit row.
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable, Tx } from '../../db/connection.ts';
import { childRelations, relationKinds } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { isCurrent, loadRelations, type PersonRow, type RelationKind, type RelationRow } from '../family/index.ts';
import { conflict } from './lifecycle.shared.ts';

/** Kinds of which a child has at most one active relation; guardians and carers may be several. */
export const SINGLE_HOLDER_KINDS = ['father', 'mother'] as const;
export type SingleHolderKind = (typeof SINGLE_HOLDER_KINDS)[number];

export const MERGE_END_REASON = '合并档案时结束';
export const MERGE_REPEAT_END_REASON = '合并档案时结束（与保留的关系为同一人，重复登记）';

const KIND_TEXT: Record<RelationKind, { zh: string; en: string }> = {
  father: { zh: '父亲', en: 'father' },
  mother: { zh: '母亲', en: 'mother' },
  guardian: { zh: '监护人', en: 'guardian' },
  entrusted_carer: { zh: '委托照护人', en: 'entrusted carer' },
};

const uuid = z.uuid('记录编号格式不正确');

/** Which relation stays active, per kind in conflict: `{ father: relationId }`. */
export const keepRelationsBody = z.strictObject({ father: uuid.optional(), mother: uuid.optional() });
export type KeepRelations = z.infer<typeof keepRelationsBody>;

export const conflictCandidate = z.object({
  relationId: z.string(),
  /** The file the relation is on before the merge. */
  childId: z.string(),
  personId: z.string(),
  personName: z.string(),
  personIdNumberMasked: z.string().nullable(),
  startDate: z.string(),
});
export const relationConflict = z.object({
  kind: z.enum(SINGLE_HOLDER_KINDS),
  candidates: z.array(conflictCandidate),
});
export type RelationConflict = z.infer<typeof relationConflict>;

export const repeatedRelation = z.object({
  kind: z.enum(relationKinds),
  personName: z.string(),
  keptRelationId: z.string(),
  endedRelationIds: z.array(z.string()),
});

export const mergePreview = z.object({
  /** Kinds where the two files name different current holders: the merge needs `keepRelations`. */
  conflicts: z.array(relationConflict),
  /** The same person on both files: the earliest relation stays, the others end at the merge. */
  repeatedRelations: z.array(repeatedRelation),
});
export type MergePreview = z.infer<typeof mergePreview>;

interface Linked {
  relation: RelationRow;
  person: PersonRow;
}

/** One person, however many person rows: the ID number's blind index when known, else the row. */
const personKey = (p: PersonRow) => (p.idNumberIndex ? `idx:${p.idNumberIndex}` : `id:${p.id}`);

interface Group {
  kind: RelationKind;
  /** The earliest relation (loadRelations orders by start date, then creation): the one that stays. */
  first: Linked;
  /** Later relations of the same person in the same role: repeats. */
  rest: Linked[];
}

/** The active relations of both files, by kind and then by person. */
async function activeGroups(db: Queryable, childIds: readonly string[], today: string): Promise<Group[]> {
  const rows = await loadRelations(db, childIds);
  const groups = new Map<string, Group>();
  for (const row of rows) {
    if (!isCurrent(row.relation.endDate, today)) continue;
    const key = `${row.relation.kind}|${personKey(row.person)}`;
    const group = groups.get(key);
    if (group) group.rest.push(row);
    else groups.set(key, { kind: row.relation.kind, first: row, rest: [] });
  }
  return [...groups.values()];
}

export interface RelationPlan extends MergePreview {
  groups: Group[];
}

/** What a merge of these two files does to their relations, as of `today`. */
export async function planRelations(db: Queryable, childIds: readonly string[], today: string): Promise<RelationPlan> {
  const groups = await activeGroups(db, childIds, today);
  const conflicts: RelationConflict[] = [];
  for (const kind of SINGLE_HOLDER_KINDS) {
    const holders = groups.filter((g) => g.kind === kind);
    if (holders.length < 2) continue;
    conflicts.push({
      kind,
      candidates: holders.map(({ first }) => ({
        relationId: first.relation.id,
        childId: first.relation.childId,
        personId: first.person.id,
        personName: first.person.name,
        personIdNumberMasked: first.person.idNumberMasked,
        startDate: first.relation.startDate,
      })),
    });
  }
  const repeatedRelations = groups
    .filter((g) => g.rest.length > 0)
    .map(({ kind, first, rest }) => ({
      kind,
      personName: first.person.name,
      keptRelationId: first.relation.id,
      endedRelationIds: rest.map((m) => m.relation.id),
    }));
  return { conflicts, repeatedRelations, groups };
}

const who = (c: RelationConflict['candidates'][number], en: boolean) =>
  `${c.personName}（${c.personIdNumberMasked ?? (en ? 'no ID number' : '未登记身份证号')}）`;

/** 409 listing every conflict, so the caller can ask which relation stays. */
export function relationConflictError(conflicts: RelationConflict[]): AppError {
  const zh = conflicts.map((c) => `${KIND_TEXT[c.kind].zh}：${c.candidates.map((x) => who(x, false)).join('、')}`);
  const en = conflicts.map((c) => `${KIND_TEXT[c.kind].en}: ${c.candidates.map((x) => who(x, true)).join(', ')}`);
  return conflict(
    'MERGE_RELATION_CONFLICT',
    `两份档案登记的在册${conflicts.map((c) => KIND_TEXT[c.kind].zh).join('和')}不是同一人（${zh.join('；')}）。` +
      '请选择合并后保留哪一位，另一位的关系将以合并日期结束。',
    `The two files name different current parents (${en.join('; ')}). ` +
      'Choose which relation stays; the other ends on the merge date.',
    { field: 'keepRelations', conflicts },
  );
}

export interface EndedRelation {
  relationId: string;
  kind: RelationKind;
  personId: string;
  personName: string;
  endDate: string;
  endReason: string;
  /** `conflict`: another person was kept; `repeat`: the same person's earlier relation was kept. */
  because: 'conflict' | 'repeat';
  keptRelationId: string;
}

/**
 * The relations a merge ends, after checking `keep` chooses one candidate for every conflict. Throws the
 * 409 when a conflict has no choice, and a 400 naming the field when the choice is not a candidate.
 */
export function relationsToEnd(plan: RelationPlan, keep: KeepRelations | undefined, today: string): EndedRelation[] {
  const unresolved = plan.conflicts.filter((c) => !keep?.[c.kind]);
  if (unresolved.length > 0) throw relationConflictError(plan.conflicts);
  const endOf = (r: RelationRow) => (r.startDate > today ? r.startDate : today);
  const ended: EndedRelation[] = [];
  for (const c of plan.conflicts) {
    const chosenId = keep?.[c.kind];
    const holders = plan.groups.filter((g) => g.kind === c.kind);
    // Any relation of the chosen person counts as choosing that person.
    const chosen = holders.find((g) => [g.first, ...g.rest].some((m) => m.relation.id === chosenId));
    if (!chosen) {
      throw AppError.rule(
        'MERGE_KEEP_RELATION_INVALID',
        `所选保留的${KIND_TEXT[c.kind].zh}不在这两份档案的在册关系中，请刷新后重新选择`,
        `The ${KIND_TEXT[c.kind].en} chosen to stay is not a current relation of these files; reload and choose again`,
        { field: `keepRelations.${c.kind}`, conflicts: plan.conflicts },
      );
    }
    const keptId = chosen.first.relation.id;
    for (const g of holders) {
      if (g === chosen) continue;
      for (const m of [g.first, ...g.rest]) {
        ended.push({
          relationId: m.relation.id,
          kind: c.kind,
          personId: m.person.id,
          personName: m.person.name,
          endDate: endOf(m.relation),
          endReason: MERGE_END_REASON,
          because: 'conflict',
          keptRelationId: keptId,
        });
      }
    }
  }
  const endedIds = new Set(ended.map((e) => e.relationId));
  for (const { kind, first, rest } of plan.groups) {
    if (endedIds.has(first.relation.id)) continue;
    for (const m of rest) {
      ended.push({
        relationId: m.relation.id,
        kind,
        personId: m.person.id,
        personName: m.person.name,
        endDate: endOf(m.relation),
        endReason: MERGE_REPEAT_END_REASON,
        because: 'repeat',
        keptRelationId: first.relation.id,
      });
    }
  }
  return ended;
}

/** Ends the relations (never deletes them); a relation ended meanwhile is a conflict, not a silent skip. */
export async function endRelations(tx: Tx, ended: readonly EndedRelation[], today: string): Promise<void> {
  for (const e of ended) {
    const done = await tx
      .update(childRelations)
      .set({ endDate: e.endDate, endReason: e.endReason })
      .where(
        and(eq(childRelations.id, e.relationId), or(isNull(childRelations.endDate), gt(childRelations.endDate, today))),
      )
      .returning({ id: childRelations.id });
    if (done.length === 0) {
      throw conflict(
        'CONFLICT',
        '家庭关系已被他人修改，请刷新后重试',
        'A family relation was changed meanwhile; reload and retry',
      );
    }
  }
}
