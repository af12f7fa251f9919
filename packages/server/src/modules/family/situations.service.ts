// A parent's dated situations (RULES §1.3). Each code needs its own facts for the category rules to decide:
// a disability grade and kind, an illness on the configured list, the length of a sentence or measure.
import {
  illnessName,
  isListedIllness,
  PARENT_SITUATION_LABELS,
  serviceDate,
  type CategoryRulesConfig,
  type ParentSituationCode,
} from '@hehu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { personSituations } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { rulesOn } from '../categories/index.ts';
import { recordHistory } from '../children/index.ts';
import { checkNotBefore, conflict, requireChangeableChild, type ChangeContext } from './change-context.ts';
import type { AddSituationInput, SituationDetails, SituationItem } from './family.schemas.ts';
import {
  childIdsOfPerson,
  getLinkedPerson,
  getSituation,
  parentOutsideScope,
  toSituationItem,
} from './family.store.ts';

type Change = { field: string; from: unknown; to: unknown };
type DetailField = keyof SituationDetails;

const RESTRICTIONS: readonly ParentSituationCode[] = ['imprisoned', 'compulsory_rehab', 'other_restriction'];

function detailFieldsFor(code: ParentSituationCode): readonly DetailField[] {
  if (code === 'severe_disability') return ['disabilityGrade', 'disabilityKind'];
  if (code === 'serious_illness') return ['illnessCode'];
  if (RESTRICTIONS.includes(code)) return ['termMonths'];
  return [];
}

const DETAIL_TEXT: Record<DetailField, { zh: string; en: string }> = {
  disabilityGrade: { zh: '残疾等级（一至四级）', en: 'the disability grade (1–4)' },
  disabilityKind: { zh: '残疾类别', en: 'the kind of disability' },
  illnessCode: { zh: '病种', en: 'the illness' },
  termMonths: { zh: '刑期或期限（月）', en: 'the term in months' },
};

/** The list in force in words, for the message that refuses an illness not on it. */
function listedIllnesses(rules: CategoryRulesConfig): string {
  return rules.seriousIllnesses.map((i) => illnessName(i.code, rules).zh).join('、');
}

/**
 * Exactly the facts the code needs: a missing one would leave the rules undecided, an extra one misleads.
 * An illness must be on the serious-illness list of the rules version in force.
 */
export function checkSituationDetails(
  code: ParentSituationCode,
  details: SituationDetails,
  rules: CategoryRulesConfig,
): SituationDetails {
  const needed = detailFieldsFor(code);
  const label = PARENT_SITUATION_LABELS[code];
  for (const f of Object.keys(details) as DetailField[]) {
    if (details[f] !== undefined && !needed.includes(f)) {
      throw AppError.rule(
        'SITUATION_DETAIL_NOT_APPLICABLE',
        `“${label.zh}”不需要填写${DETAIL_TEXT[f].zh}`,
        `${label.en} takes no ${DETAIL_TEXT[f].en}`,
        { field: `details.${f}` },
      );
    }
  }
  for (const f of needed) {
    if (details[f] === undefined) {
      throw AppError.rule(
        'SITUATION_DETAIL_REQUIRED',
        `“${label.zh}”须填写${DETAIL_TEXT[f].zh}`,
        `${label.en} needs ${DETAIL_TEXT[f].en}`,
        { field: `details.${f}` },
      );
    }
  }
  if (details.illnessCode !== undefined && !isListedIllness(details.illnessCode, rules)) {
    throw AppError.rule(
      'ILLNESS_NOT_LISTED',
      `病种不在重病目录（${rules.version} 版）内，可选：${listedIllnesses(rules)}`,
      `The illness is not on the serious-illness list (version ${rules.version})`,
      { field: 'details.illnessCode', allowed: rules.seriousIllnesses.map((i) => i.code) },
    );
  }
  return Object.fromEntries(needed.map((f) => [f, details[f]]));
}

async function linkedPerson(ctx: ChangeContext, tx: Tx, childId: string, personId: string) {
  const scope = ctx.scope('children:write');
  const child = await requireChangeableChild(tx, scope, childId);
  const person = await getLinkedPerson(tx, child.id, personId);
  if (!person) throw new AppError('NOT_FOUND');
  // A parent's situation feeds the category rules of each of the parent's children, so it changes only through
  // someone in scope of all of them: another area's child is that area's decision.
  if (await parentOutsideScope(tx, person.id, scope)) throw situationOfAnotherArea();
  return { child, person };
}

function situationOfAnotherArea(): AppError {
  return new AppError('SITUATION_OTHER_AREA', { field: 'personId' });
}

export async function addSituation(
  ctx: ChangeContext,
  childId: string,
  personId: string,
  input: AddSituationInput,
): Promise<SituationItem> {
  if (input.until) checkNotBefore(input.until, input.since, 'until', { zh: '开始日期', en: 'start date' });
  return ctx.transaction(async (tx) => {
    const details = checkSituationDetails(input.code, input.details ?? {}, await rulesOn(tx, serviceDate()));
    const { child, person } = await linkedPerson(ctx, tx, childId, personId);
    const [row] = await tx
      .insert(personSituations)
      .values({
        personId: person.id,
        code: input.code,
        since: input.since,
        until: input.until ?? null,
        details,
        note: input.note ? input.note : null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const after = {
      'situation.code': input.code,
      'situation.since': input.since,
      'situation.until': row.until,
      ...Object.fromEntries(Object.entries(details).map(([k, v]) => [`situation.${k}`, v])),
      'situation.note': row.note,
    };
    const changes: Change[] = [
      { field: 'person.name', from: person.name, to: person.name },
      ...Object.entries(after)
        .filter(([, v]) => v !== null)
        .map(([field, to]) => ({ field, from: null, to })),
    ];
    for (const id of await childIdsOfPerson(tx, person.id, child.id))
      await recordHistory(tx, ctx.actor, id, 'family.situation_add', changes);
    await ctx.audit(tx, {
      action: 'family.situation_add',
      targetType: 'child',
      targetId: child.id,
      after,
      details: { personId: person.id, situationId: row.id },
    });
    return toSituationItem(row);
  });
}

export async function endSituation(
  ctx: ChangeContext,
  childId: string,
  personId: string,
  situationId: string,
  until: string,
): Promise<SituationItem> {
  return ctx.transaction(async (tx) => {
    const { child, person } = await linkedPerson(ctx, tx, childId, personId);
    const situation = await getSituation(tx, person.id, situationId);
    if (!situation) throw new AppError('NOT_FOUND');
    if (situation.until !== null) {
      throw conflict(
        'SITUATION_ALREADY_ENDED',
        `该情形已于 ${situation.until} 结束，不能再次修改`,
        `This situation already ended on ${situation.until}`,
        { until: situation.until },
      );
    }
    checkNotBefore(until, situation.since, 'until', { zh: '开始日期', en: 'start date' });
    const [row] = await tx
      .update(personSituations)
      .set({ until })
      .where(and(eq(personSituations.id, situation.id), isNull(personSituations.until)))
      .returning();
    if (!row) throw conflict('SITUATION_ALREADY_ENDED', '该情形已结束，不能再次修改', 'This situation already ended');
    const changes: Change[] = [
      { field: 'person.name', from: person.name, to: person.name },
      { field: 'situation.code', from: situation.code, to: situation.code },
      { field: 'situation.until', from: null, to: until },
    ];
    for (const id of await childIdsOfPerson(tx, person.id, child.id))
      await recordHistory(tx, ctx.actor, id, 'family.situation_end', changes);
    await ctx.audit(tx, {
      action: 'family.situation_end',
      targetType: 'child',
      targetId: child.id,
      before: { until: null },
      after: { until },
      details: { personId: person.id, situationId: situation.id, code: situation.code },
    });
    return toSituationItem(row);
  });
}
