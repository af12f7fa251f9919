// Parents' dated situations as a village records them (RULES §1.3), each with the details the rules need (a term
// for a detention, a grade and kind for a disability, an illness from the configured list, the police report's
// date for lost contact) and, for some, the evidence document: a death certificate, a judgment, a police receipt.
import { PARENT_SITUATION_LABELS, illnessName, type CategoryRulesConfig, type DisabilityKind } from '@hehu/domain';
import { addDays, addMonths, type Rng } from './random.ts';
import type { PlannedDocument, PlannedPerson, PlannedSituation } from './types.ts';

export interface SituationContext {
  rng: Rng;
  /** The rules in force on the anchor date: their serious-illness list. */
  rules: CategoryRulesConfig;
  /** Whether evidence documents are generated for this family. */
  withDocuments: boolean;
  /** The county and township, for the police station and the court that issued the evidence. */
  countyName: string;
  townshipName: string;
}

function add(person: PlannedPerson, situation: PlannedSituation): PlannedSituation {
  person.situations.push(situation);
  return situation;
}

function evidence(ctx: SituationContext, doc: PlannedDocument): PlannedDocument[] {
  return ctx.withDocuments ? [doc] : [];
}

const DEATH_CAUSES = ['因病去世', '交通事故死亡', '务工期间意外死亡', '溺水死亡', '因病医治无效死亡'];

export function dead(ctx: SituationContext, person: PlannedPerson, since: string): PlannedSituation {
  // Nobody calls or visits a parent who died: no phone, no address on file.
  person.phone = null;
  person.address = null;
  return add(person, {
    code: 'dead',
    since,
    until: null,
    details: {},
    note: ctx.rng.pick(DEATH_CAUSES),
    documents: evidence(ctx, {
      kind: 'death_certificate',
      title: '居民死亡医学证明书',
      uploadedOn: addDays(since, ctx.rng.int(10, 60)),
      lines: ['居民死亡医学证明（推断）书', `姓名：${person.name}`, `死亡日期：${since}`],
    }),
  });
}

export function declared(
  ctx: SituationContext,
  person: PlannedPerson,
  code: 'declared_dead' | 'declared_missing',
  since: string,
): PlannedSituation {
  return add(person, {
    code,
    since,
    until: null,
    details: {},
    note: `${ctx.countyName}人民法院民事判决`,
    documents: evidence(ctx, {
      kind: 'judgment',
      title: code === 'declared_dead' ? '宣告死亡民事判决书' : '宣告失踪民事判决书',
      uploadedOn: addDays(since, ctx.rng.int(7, 40)),
      lines: [
        `${ctx.countyName}人民法院`,
        '民事判决书',
        `宣告 ${person.name} ${PARENT_SITUATION_LABELS[code].zh.replace('宣告', '')}`,
        `判决日期：${since}`,
      ],
    }),
  });
}

/** A detention with its term; `released` records an early or on-time release. */
export function detained(
  ctx: SituationContext,
  person: PlannedPerson,
  code: 'imprisoned' | 'compulsory_rehab' | 'other_restriction',
  since: string,
  termMonths: number,
  released: string | null = null,
): PlannedSituation {
  const years = Math.floor(termMonths / 12);
  const months = termMonths % 12;
  const term = `${years > 0 ? `${years}年` : ''}${months > 0 ? `${months}个月` : ''}`;
  const what =
    code === 'imprisoned'
      ? `判处有期徒刑${term}`
      : code === 'compulsory_rehab'
        ? `强制隔离戒毒${term}`
        : `限制人身自由${term}`;
  return add(person, {
    code,
    since,
    until: released,
    details: { termMonths },
    note: code === 'imprisoned' ? `${ctx.countyName}人民法院刑事判决，${what}` : what,
    documents: evidence(ctx, {
      kind: 'judgment',
      title: code === 'imprisoned' ? '刑事判决书' : '强制隔离戒毒决定书',
      uploadedOn: addDays(since, ctx.rng.int(15, 90)),
      lines: [
        code === 'imprisoned' ? `${ctx.countyName}人民法院` : `${ctx.countyName}公安局`,
        code === 'imprisoned' ? '刑事判决书' : '强制隔离戒毒决定书',
        `(${since.slice(0, 4)})川${ctx.rng.int(1100, 1199)}刑初${ctx.rng.int(10, 400)}号`,
        `被告人（被决定人）：${person.name}`,
        `${what}，自 ${since} 起执行`,
      ],
    }),
  });
}

/** Lost contact: counted from the day the police accepted the report. */
export function lostContact(ctx: SituationContext, person: PlannedPerson, reported: string): PlannedSituation {
  const station = `${ctx.countyName}公安局${ctx.townshipName.replace(/(街道|镇|乡)$/, '')}派出所`;
  return add(person, {
    code: 'lost_contact',
    since: reported,
    until: null,
    details: {},
    note: `${station}受案回执`,
    documents: evidence(ctx, {
      kind: 'police_receipt',
      title: '公安机关受案回执',
      uploadedOn: addDays(reported, ctx.rng.int(3, 30)),
      lines: [station, '受案回执', `失联人员：${person.name}`, `受案日期：${reported}`],
    }),
  });
}

const DISABILITY_KIND_ZH: Record<DisabilityKind, string> = {
  physical: '肢体',
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  mental: '精神',
  intellectual: '智力',
  multiple: '多重',
};

/** 重残: grade 1–2 of any kind, or grade 3–4 mental or intellectual (the rules' thresholds). */
export function severeDisability(ctx: SituationContext, person: PlannedPerson, since: string): PlannedSituation {
  const mental = ctx.rng.chance(0.3);
  const kind: DisabilityKind = mental
    ? ctx.rng.pick(['mental', 'intellectual'] as const)
    : ctx.rng.pick(['physical', 'physical', 'visual', 'multiple'] as const);
  const grade = mental ? ctx.rng.int(1, 4) : ctx.rng.int(1, 2);
  return add(person, {
    code: 'severe_disability',
    since,
    until: null,
    details: { disabilityGrade: grade, disabilityKind: kind },
    note: null,
    documents: evidence(ctx, {
      kind: 'disability_certificate',
      title: '残疾人证',
      uploadedOn: addDays(since, ctx.rng.int(5, 60)),
      lines: ['中华人民共和国残疾人证', `姓名：${person.name}`, `${DISABILITY_KIND_ZH[kind]}残疾 ${grade} 级`],
    }),
  });
}

/** An illness on the serious-illness list of the rules version in force. */
export function seriousIllness(ctx: SituationContext, person: PlannedPerson, since: string): PlannedSituation {
  const illness = ctx.rng.pick(ctx.rules.seriousIllnesses);
  return add(person, {
    code: 'serious_illness',
    since,
    until: null,
    details: { illnessCode: illness.code },
    note: null,
    documents: evidence(ctx, {
      kind: 'diagnosis',
      title: '疾病诊断证明书',
      uploadedOn: addDays(since, ctx.rng.int(5, 45)),
      lines: [
        '乐山市人民医院',
        '诊断证明书',
        `姓名：${person.name}`,
        `诊断：${illnessName(illness.code, ctx.rules).zh}`,
      ],
    }),
  });
}

export function plainSituation(
  person: PlannedPerson,
  code: 'working_away' | 'no_guardianship_capacity' | 'guardianship_revoked' | 'deported',
  since: string,
  until: string | null = null,
  note: string | null = null,
): PlannedSituation {
  return add(person, { code, since, until, details: {}, note, documents: [] });
}

/** Leaves to work somewhere: the workplace goes on the person, the date on the situation. */
export function workingAway(
  ctx: SituationContext,
  person: PlannedPerson,
  since: string,
  place: string,
  until: string | null = null,
): PlannedSituation {
  person.workPlace = place;
  return plainSituation(person, 'working_away', since, until, `在${place}务工，每周与孩子视频通话`);
}

/** A long sentence: still running a year after the anchor date. */
export function longTerm(
  ctx: SituationContext,
  asOf: string,
  earliestStart: string,
): { since: string; months: number } {
  const months = ctx.rng.pick([60, 72, 84, 96, 120, 144, 180]);
  const latestStart = addMonths(asOf, -8);
  const floor = addMonths(asOf, 12 - months);
  const from = floor > earliestStart ? floor : earliestStart;
  return { since: ctx.rng.date(from, latestStart), months };
}
