// The rule check of a child's file as of a date, and the papers on file: the category rules and the facts
// come from the categories module, so the check answers exactly as the child's file and 主动发现 do.
import {
  checkEligibility,
  checkSummary,
  requiredPapers,
  type ApplicationCategory,
  type ApplicationKind,
  type ChildFacts,
  type EligibilityCheck,
  type PaperChecklist,
  type PaperOnFile,
  type RequiredPaper,
} from '@hehu/domain';
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { documents } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { factsFor, rulesOn } from '../categories/index.ts';
import type { ChildRow } from '../children/index.ts';
import { SITUATION_CODES, loadRelations, loadSituations } from '../family/index.ts';

export interface CheckWithFacts {
  facts: ChildFacts;
  checks: EligibilityCheck[];
}

export async function checkChild(db: Queryable, child: ChildRow, asOf: string): Promise<CheckWithFacts> {
  const facts = (await factsFor(db, [child], asOf)).get(child.id);
  if (!facts) throw new AppError('INTERNAL');
  return { facts, checks: checkEligibility(facts, asOf, await rulesOn(db, asOf)) };
}

export function pick(checks: readonly EligibilityCheck[], category: ApplicationCategory): EligibilityCheck {
  const found = checks.find((c) => c.category === category);
  if (!found) throw new AppError('INTERNAL');
  return found;
}

/** The child's documents as papers: a situation's document knows its parent and situation. */
export async function papersOnFile(db: Queryable, childId: string): Promise<PaperOnFile[]> {
  const docs = await db
    .select({ subjectType: documents.subjectType, subjectId: documents.subjectId, title: documents.title })
    .from(documents)
    .where(eq(documents.childId, childId));
  const relations = await loadRelations(db, [childId], ['father', 'mother']);
  const situations = await loadSituations(db, [...new Set(relations.map((r) => r.person.id))]);
  const roleOf = new Map(
    relations.map((r) => [r.person.id, r.relation.kind === 'father' ? 'father' : 'mother'] as const),
  );
  // Visit photos record what a visitor saw; they are never a paper of an application.
  return docs.flatMap((d): PaperOnFile[] => {
    if (d.subjectType === 'visit') return [];
    if (d.subjectType !== 'situation') return [{ subjectType: d.subjectType, title: d.title }];
    const s = situations.find((x) => x.id === d.subjectId);
    const parent = s ? roleOf.get(s.personId) : undefined;
    const code = SITUATION_CODES.find((c) => c === s?.code);
    return [
      {
        subjectType: d.subjectType,
        title: d.title,
        ...(parent ? { parent } : {}),
        ...(code ? { situation: code } : {}),
      },
    ];
  });
}

export function papersFor(
  kind: ApplicationKind,
  check: EligibilityCheck,
  onFile: readonly PaperOnFile[],
  checklist: PaperChecklist,
): RequiredPaper[] {
  return requiredPapers(kind, check.category, check, onFile, checklist);
}

export function withSummary(check: EligibilityCheck) {
  return { ...check, summary: checkSummary(check) };
}
