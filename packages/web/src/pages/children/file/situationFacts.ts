// A parent's situation in words: the facts the category rules need for that kind (disability grade and
// kind, the illness, a sentence's length and when it ends, when the police accepted a missing-person
// report), each with its label, instead of the stored JSON.
import type { TFunction } from 'i18next';
import {
  DEFAULT_CATEGORY_RULES,
  SERIOUS_ILLNESS_DEFAULTS,
  addMonths,
  qualifyingDate,
  releaseToConfirm,
  serviceDate,
} from '@hehu/domain';
import type { CategoryRulesConfig, ParentSituationCode } from '@hehu/domain';
import type { Situation } from '../../../api/registry';
import childFileZh from '../../../i18n/childFile.zh-CN';
import childTabsZh from '../../../i18n/childTabs.zh-CN';
import { hasKey } from '../childFormat';
import type { Lang } from '../childFormat';

export interface DetailLine {
  key: string;
  label: string;
  value: string;
}

/** Sentences and measures with a length: their end can be foreseen from the start and the term. */
export const WITH_TERM: ReadonlySet<ParentSituationCode> = new Set([
  'imprisoned',
  'compulsory_rehab',
  'other_restriction',
]);

/** What the start date means for this kind ("死亡日期", "公安机关受理报案日期"), or null for a plain start. */
export function sinceLabel(code: ParentSituationCode, t: TFunction): string | null {
  return hasKey(childTabsZh.family.detail.since, code) ? t(`family.detail.since.${code}`) : null;
}

/** An illness in words from the rules version (then the default list); an unknown code as it is. */
export function illnessName(code: string, lang: Lang, rules: CategoryRulesConfig = DEFAULT_CATEGORY_RULES): string {
  const found =
    rules.seriousIllnesses.find((i) => i.code === code) ?? SERIOUS_ILLNESS_DEFAULTS.find((i) => i.code === code);
  return found ? (lang === 'en' && found.en) || found.zh : code;
}

/** The illnesses on the list the server checks against (the version in force), for a picker. */
export function illnessOptions(
  lang: Lang,
  rules: CategoryRulesConfig = DEFAULT_CATEGORY_RULES,
): { value: string; label: string }[] {
  return rules.seriousIllnesses.map((i) => ({ value: i.code, label: (lang === 'en' && i.en) || i.zh }));
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Civil Code Art. 202, as the rules count it: the same day of the final month, or its last day. */
export function termEnd(since: string, months: number): string {
  return addMonths(since, months);
}

/** A detention whose term has run out with no release recorded: the day it ran out, for the village to confirm. */
export function releaseDue(s: Situation, today: string): string | null {
  const term = num(s.details?.termMonths);
  return releaseToConfirm({ code: s.code, since: s.since, until: s.until, termMonths: term ?? null }, today);
}

export function situationDetailLines(
  s: Situation,
  t: TFunction,
  lang: Lang,
  rules: CategoryRulesConfig = DEFAULT_CATEGORY_RULES,
  today: string = serviceDate(),
): DetailLine[] {
  const d = s.details ?? {};
  const lines: DetailLine[] = [];
  const add = (key: string, label: string, value: string) => lines.push({ key, label, value });

  const since = sinceLabel(s.code, t);
  if (since) add('since', since, s.since);

  const grade = num(d.disabilityGrade);
  if (grade !== undefined) {
    const g = String(grade);
    add(
      'disabilityGrade',
      t('family.detail.disabilityGrade'),
      hasKey(childFileZh.values.disabilityGrade, g) ? t(`values.disabilityGrade.${g}`) : g,
    );
  }
  const kind = str(d.disabilityKind);
  if (kind !== undefined) {
    add(
      'disabilityKind',
      t('family.detail.disabilityKind'),
      hasKey(childTabsZh.family.disabilityKindValue, kind) ? t(`family.disabilityKindValue.${kind}`) : kind,
    );
  }

  const illness = str(d.illnessCode);
  if (illness !== undefined) add('illness', t('family.detail.illness'), illnessName(illness, lang, rules));

  const term = num(d.termMonths);
  if (term !== undefined && hasKey(childTabsZh.family.detail.term, s.code)) {
    add('term', t(`family.detail.term.${s.code}`), t('family.detail.months', { months: term }));
  }
  if (WITH_TERM.has(s.code)) {
    const due = releaseDue(s, today);
    if (s.until) add('released', t('family.detail.released'), s.until);
    else if (due !== null) add('releaseToConfirm', t('family.detail.releaseToConfirm'), due);
    else if (term !== undefined) add('expectedRelease', t('family.detail.expectedRelease'), termEnd(s.since, term));
  }

  if (s.code === 'lost_contact') {
    const months = rules.minLostContactMonths;
    add(
      'lostContactFull',
      t('family.detail.lostContactFull', { months }),
      qualifyingDate({ code: s.code, since: s.since }, rules),
    );
  }

  if (s.note) add('note', t('family.detail.note'), s.note);
  return lines;
}
